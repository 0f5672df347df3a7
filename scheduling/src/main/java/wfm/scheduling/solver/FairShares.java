package wfm.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Queue;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;

/**
 * Evens out night shifts, weekend days and surge days across the agents of {@link DemandAwareConstruction}'s plans
 * without changing coverage: only whole shifts (shift option and queue) change hands between two agents, so every
 * interval keeps exactly the agents on duty it had and the score's hard and medium levels stay as they were. The
 * greedy plans agents one by one for coverage alone, so whoever came when nights were short took many of them; the
 * soft fairness rules ({@code RosterConstraintProvider}: 30 per squared count per agent) see that, but the local
 * search cannot undo it at 62,000 agent-days.
 *
 * <p>Two exchanges, each taken only when it lowers the sum of squared counts (what the soft rules penalise) and
 * {@link AgentPlan#change} keeps every hard rule for both agents:
 * <ul>
 *   <li>same day, both working: the agent with more nights gives its night shift for the other's day shift
 *       (weekend and surge counts do not move: both still work that day);</li>
 *   <li>same week, two days: agent A works a weekend or surge day that B has off, B works another day of that
 *       week that A has off; A takes B's shift and B takes A's. Each agent's week then gains or loses only the
 *       difference between the two shifts' paid minutes, checked like everything else.</li>
 * </ul>
 * Agents with the most of a kind are paired with those with the fewest first; a few passes, under a second on
 * 2,000 agents x 31 days. It runs at the end of the construction and again on the solved roster
 * ({@link #evenSolved}).
 */
final class FairShares {
    static final int PASSES = 4;
    /** Partners tried per agent and day: the ones with the fewest come first, so more rarely pay. */
    static final int PARTNERS_TRIED = 40;

    private static final int NIGHTS = 0;
    private static final int WEEKENDS = 1;
    private static final int SURGE_DAYS = 2;

    private final List<AgentPlan> plans;
    private final Map<AgentPlan, int[]> counts = new HashMap<>();

    private FairShares(List<AgentPlan> plans) {
        this.plans = plans;
        for (AgentPlan plan : plans) {
            int[] c = new int[3];
            for (int i = 0; i < plan.dayCount(); i++) {
                add(c, plan.day(i), plan.shift(i), 1);
            }
            counts.put(plan, c);
        }
    }

    /** Evens out the plans' shares in place; returns how many exchanges were made. */
    static int even(List<AgentPlan> plans) {
        return new FairShares(plans).even();
    }

    /**
     * Evens out a solved roster in place: the local search moves shifts for coverage and, with fairness only on the
     * soft level, hands nights and weekends back unevenly, so the pass runs again on what it returns. Only for a
     * roster that keeps every hard rule; days still as a published roster has them stay as they are (changing one
     * would cost the medium level, see {@link AgentPlan#ofShifts}). Returns how many exchanges were made; the caller scores the roster again.
     */
    static int evenSolved(Roster roster) {
        if (roster.getScore() == null || !roster.getScore().isSolutionInitialized()
                || roster.getScore().hardScore() != 0) {
            return 0;
        }
        List<AgentPlan> plans = new ArrayList<>();
        roster.assignmentsByAgent().forEach((agent, days) -> plans.add(AgentPlan.ofShifts(agent, days)));
        int exchanges = even(plans);
        if (exchanges > 0) {
            plans.forEach(plan -> plan.apply(null));
        }
        return exchanges;
    }

    private int even() {
        if (plans.size() < 2) {
            return 0;
        }
        List<Integer> dayIndexes = dayIndexes();
        int exchanges = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            int made = 0;
            for (int dayIndex : dayIndexes) {
                made += swapNights(dayIndex);
            }
            for (int dayIndex : dayIndexes) {
                made += swapDays(dayIndex);
            }
            exchanges += made;
            if (made == 0) {
                break;
            }
        }
        return exchanges;
    }

    private List<Integer> dayIndexes() {
        AgentPlan first = plans.get(0);
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < first.dayCount(); i++) {
            list.add(first.day(i).getDayIndex());
        }
        return list;
    }

    /** Night shift for day shift on one day, most nights paired with fewest. */
    private int swapNights(int dayIndex) {
        List<Holder> nights = new ArrayList<>();
        List<Holder> others = new ArrayList<>();
        for (AgentPlan plan : plans) {
            int i = plan.position(dayIndex);
            if (i < 0 || plan.isFixed(i) || plan.shift(i) == null) {
                continue;
            }
            (plan.shift(i).night() ? nights : others).add(new Holder(plan, i));
        }
        return pairUp(nights, others, h -> counts.get(h.plan)[NIGHTS],
                (a, b) -> exchange(a.plan, new int[] {a.at}, b.plan, new int[] {b.at}));
    }

    /** A weekend or surge day for another day of the same week, most such days paired with fewest. */
    private int swapDays(int dayIndex) {
        List<Holder> working = new ArrayList<>();
        List<Holder> off = new ArrayList<>();
        for (AgentPlan plan : plans) {
            int i = plan.position(dayIndex);
            if (i < 0 || plan.isFixed(i) || !plan.day(i).isWeekend() && !plan.day(i).isSurgeDay()) {
                continue;
            }
            (plan.shift(i) != null ? working : off).add(new Holder(plan, i));
        }
        ToIntFunction<Holder> share = h -> (h.plan.day(h.at).isWeekend() ? counts.get(h.plan)[WEEKENDS] : 0)
                + (h.plan.day(h.at).isSurgeDay() ? counts.get(h.plan)[SURGE_DAYS] : 0);
        return pairUp(working, off, share, this::swapWithinWeek);
    }

    /**
     * Pairs the holders with the most of a kind ({@code share}) with those with the fewest, trying at most
     * {@link #PARTNERS_TRIED} partners each while the two differ by 2 or more (by 1, an exchange only swaps who has
     * more); each partner takes part in one exchange. Returns how many exchanges were made.
     */
    private static int pairUp(List<Holder> givers, List<Holder> takers, ToIntFunction<Holder> share,
                              BiPredicate<Holder, Holder> exchange) {
        givers.sort(Comparator.comparingInt(share).reversed());
        takers.sort(Comparator.comparingInt(share));
        boolean[] taken = new boolean[takers.size()];
        int made = 0;
        for (Holder a : givers) {
            int tried = 0;
            for (int k = 0; k < takers.size() && tried < PARTNERS_TRIED; k++) {
                Holder b = takers.get(k);
                if (taken[k]) {
                    continue;
                }
                if (share.applyAsInt(a) - share.applyAsInt(b) < 2) {
                    break;
                }
                tried++;
                if (exchange.test(a, b)) {
                    taken[k] = true;
                    made++;
                    break;
                }
            }
        }
        return made;
    }

    /** A works a.at, B has it off: find a day of that week B works and A has off, and exchange the two. */
    private boolean swapWithinWeek(Holder a, Holder b) {
        int week = a.plan.day(a.at).getWeekIndex();
        for (int e = Math.max(0, b.at - 6); e <= Math.min(b.plan.dayCount() - 1, b.at + 6); e++) {
            Assignment bDay = b.plan.day(e);
            if (e == b.at || bDay.getWeekIndex() != week || b.plan.shift(e) == null || b.plan.isFixed(e)) {
                continue;
            }
            int ae = a.plan.position(bDay.getDayIndex());
            if (ae < 0 || a.plan.shift(ae) != null || a.plan.isFixed(ae)) {
                continue;
            }
            if (exchange(a.plan, new int[] {a.at, ae}, b.plan, new int[] {b.at, e})) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives A's shifts on {@code atA} to B on the same days ({@code atB}, B's positions of those days) and B's to
     * A, when that lowers the squared counts and both agents keep every hard rule; else changes nothing.
     */
    private boolean exchange(AgentPlan a, int[] atA, AgentPlan b, int[] atB) {
        int n = atA.length;
        ShiftOption[] shiftA = new ShiftOption[n];
        Queue[] queueA = new Queue[n];
        ShiftOption[] shiftB = new ShiftOption[n];
        Queue[] queueB = new Queue[n];
        int[] newA = counts.get(a).clone();
        int[] newB = counts.get(b).clone();
        for (int k = 0; k < n; k++) {
            shiftA[k] = a.shift(atA[k]);
            queueA[k] = a.queue(atA[k]);
            shiftB[k] = b.shift(atB[k]);
            queueB[k] = b.queue(atB[k]);
            add(newA, a.day(atA[k]), shiftA[k], -1);
            add(newA, a.day(atA[k]), shiftB[k], 1);
            add(newB, b.day(atB[k]), shiftB[k], -1);
            add(newB, b.day(atB[k]), shiftA[k], 1);
        }
        if (squares(newA) + squares(newB) >= squares(counts.get(a)) + squares(counts.get(b))) {
            return false;
        }
        if (!a.change(atA, shiftB, queueB)) {
            return false;
        }
        if (!b.change(atB, shiftA, queueA)) {
            a.restore(atA, shiftA, queueA);
            return false;
        }
        counts.put(a, newA);
        counts.put(b, newB);
        return true;
    }

    private static void add(int[] c, Assignment day, ShiftOption shift, int sign) {
        if (shift == null) {
            return;
        }
        c[NIGHTS] += shift.night() ? sign : 0;
        c[WEEKENDS] += day.isWeekend() ? sign : 0;
        c[SURGE_DAYS] += day.isSurgeDay() ? sign : 0;
    }

    private static long squares(int[] c) {
        return (long) c[0] * c[0] + (long) c[1] * c[1] + (long) c[2] * c[2];
    }

    /** One agent's position of the day being evened out. */
    private record Holder(AgentPlan plan, int at) {
    }
}
