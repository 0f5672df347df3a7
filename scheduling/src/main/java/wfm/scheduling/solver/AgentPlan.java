package wfm.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.director.ScoreDirector;

import wfm.scheduling.domain.Agent;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Queue;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.domain.ShiftTemplate;

/**
 * One agent's month while {@link DemandAwareConstruction} builds it: which shift and queue each day gets, with the
 * hard rules kept as the constraint provider counts them — weekly paid minutes within
 * {@link wfm.scheduling.domain.ContractWeek} (partial weeks and leave
 * days credited), at most the maximum consecutive working days, the minimum rest between shifts, only the agent's
 * skills, and only the shifts each day's own range offers (the builder already removed those that overlap
 * unavailability). Pinned days stay as they are and count like any other.
 */
final class AgentPlan {
    private static final double EPSILON = 1e-9;
    /** Weighted agent-minutes a change must gain in {@link #improve}: more than rounding, so passes end. */
    private static final double IMPROVEMENT = 0.5;
    /**
     * How far {@link #improve} may move a shift: a week either way, so a day also moves into the next week when
     * both weeks keep their contract hours (a partial week at the month's edge can only be worked in full when the
     * days before it are off).
     */
    private static final int MOVE_DAYS = 7;

    private final Agent agent;
    private final Assignment[] days;
    private final ShiftOption[] shift;
    private final Queue[] queue;
    private final boolean[] fixed;
    private final int[] minGroup;
    private final long[] minLimit;
    private final long[] minGroupMinutes;
    private final int[] maxGroup;
    private final long[] maxLimit;
    private final long[] maxGroupMinutes;
    /** Scratch space of {@link #best}: days assumed worked while checking that the minimums stay reachable. */
    private final boolean[] hypothetical;
    private final long[] longestFree;
    /** When set, {@link #best} considers this template only. */
    private ShiftTemplate onlyTemplate;

    /** A shift on one day and the queue it answers, with what it gains. */
    private record Candidate(int day, ShiftOption shift, Queue queue, double gain, long overMinutes) {
        boolean betterThan(Candidate other) {
            return other == null || gain > other.gain + EPSILON
                    || gain > other.gain - EPSILON && overMinutes < other.overMinutes;
        }
    }

    /** @param assignments all of the agent's days */
    AgentPlan(Agent agent, List<Assignment> assignments) {
        this.agent = agent;
        this.days = assignments.stream().sorted(Comparator.comparingInt(Assignment::getDayIndex))
                .toArray(Assignment[]::new);
        int n = days.length;
        shift = new ShiftOption[n];
        queue = new Queue[n];
        fixed = new boolean[n];
        hypothetical = new boolean[n];
        longestFree = new long[n];
        minGroup = new int[n];
        maxGroup = new int[n];
        // the constraint provider groups the minimum and the maximum by (week, limit)
        Map<List<Long>, Integer> minKeys = new HashMap<>();
        Map<List<Long>, Integer> maxKeys = new HashMap<>();
        List<Long> minLimits = new ArrayList<>();
        List<Long> maxLimits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Assignment a = days[i];
            minGroup[i] = minKeys.computeIfAbsent(List.of((long) a.getWeekIndex(), a.getWeekMinMinutes()), k -> {
                minLimits.add(k.get(1));
                return minLimits.size() - 1;
            });
            maxGroup[i] = maxKeys.computeIfAbsent(List.of((long) a.getWeekIndex(), a.getWeekMaxMinutes()), k -> {
                maxLimits.add(k.get(1));
                return maxLimits.size() - 1;
            });
        }
        minLimit = minLimits.stream().mapToLong(Long::longValue).toArray();
        maxLimit = maxLimits.stream().mapToLong(Long::longValue).toArray();
        minGroupMinutes = new long[minLimit.length];
        maxGroupMinutes = new long[maxLimit.length];
        for (int i = 0; i < n; i++) {
            if (days[i].isPinned()) {
                fixed[i] = true;
                if (days[i].getShift() != null) {
                    set(i, days[i].getShift(), days[i].getQueue());
                }
            }
        }
    }

    /**
     * The agent's days as they stand in a solved roster, for {@link FairShares} after the search. Pinned days and
     * days still as the published roster has them are fixed (changing one would cost the medium level); every
     * other day is open to {@link #change}.
     */
    static AgentPlan ofShifts(Agent agent, List<Assignment> assignments) {
        AgentPlan plan = new AgentPlan(agent, assignments);
        for (int i = 0; i < plan.days.length; i++) {
            Assignment a = plan.days[i];
            if (plan.fixed[i]) {
                continue;
            }
            plan.fixed[i] = a.isPublished() && !a.changedFromPublished();
            if (a.getShift() != null) {
                plan.set(i, a.getShift(), a.getQueue());
            }
        }
        return plan;
    }

    /** True when some day that is not pinned already has a shift (a published roster): then it is kept as it is. */
    static boolean startsWithShifts(List<Assignment> assignments) {
        return assignments.stream().anyMatch(a -> !a.isPinned() && a.getShift() != null);
    }

    /** How many shift values the agent's days offer: fewer means a less flexible agent. */
    static int flexibility(List<Assignment> assignments) {
        return assignments.stream().mapToInt(a -> a.getShiftRange().size()).sum();
    }

    /**
     * Plans the agent against the residual requirement and takes what it covers off it. First the shifts that
     * gain most, day by day over the whole horizon, while the rules allow; then, in any week still under the
     * contract minimum, the best shifts that week allows. If a week cannot reach its minimum that way (a night shift
     * placed late can leave a neighbouring day no shift with enough rest), plans again minimum first, and then
     * minimum first with one template only (the longest paid, so the rest rule never binds between its shifts).
     * Returns false (and leaves the residual and the agent's days untouched) when none of that works.
     */
    boolean plan(ResidualDemand residual) {
        fillWhileGaining(residual);
        if (meetMinimums(residual)) {
            return true;
        }
        clear(residual);
        if (meetMinimums(residual)) {
            fillWhileGaining(residual);
            return true;
        }
        clear(residual);
        onlyTemplate = longestTemplate();
        boolean met = onlyTemplate != null && meetMinimums(residual);
        onlyTemplate = null;
        if (met) {
            fillWhileGaining(residual);
            return true;
        }
        clear(residual);
        return false;
    }

    private ShiftTemplate longestTemplate() {
        ShiftTemplate longest = null;
        for (Assignment a : days) {
            for (ShiftOption o : a.getShiftRange()) {
                if (longest == null || o.paidMinutes() > longest.paidMinutes()) {
                    longest = o.template();
                }
            }
        }
        return longest;
    }

    /**
     * One pass of hill climbing over the agent's working days: each day's shift is taken off and the best shift and
     * queue on any free day up to a week away put in its place (the same day with another start, or another day,
     * which moves a day off) when that covers more of the residual requirement and every week keeps its contract
     * hours. Returns the weighted agent-minutes gained.
     */
    double improve(ResidualDemand residual) {
        double gained = 0;
        for (int i = 0; i < days.length; i++) {
            if (shift[i] == null || fixed[i]) {
                continue;
            }
            ShiftOption oldShift = shift[i];
            Queue oldQueue = queue[i];
            unset(i);
            residual.uncover(oldShift, oldQueue);
            double oldGain = residual.gain(oldShift, oldQueue);
            Candidate c = best(residual, -1, i - MOVE_DAYS, i + MOVE_DAYS);
            int g = minGroup[i];
            if (c != null && c.gain > oldGain + IMPROVEMENT
                    && minGroupMinutes[g] + (minGroup[c.day] == g ? c.shift.paidMinutes() : 0)
                    >= Math.min(minLimit[g], minGroupMinutes[g] + oldShift.paidMinutes())) {
                take(c, residual);
                gained += c.gain - oldGain;
            } else {
                set(i, oldShift, oldQueue);
                residual.cover(oldShift, oldQueue);
            }
        }
        return gained;
    }

    private void fillWhileGaining(ResidualDemand residual) {
        for (Candidate c = best(residual, -1); c != null && c.gain > EPSILON; c = best(residual, -1)) {
            take(c, residual);
        }
    }

    private boolean meetMinimums(ResidualDemand residual) {
        for (int g = 0; g < minLimit.length; g++) {
            while (minGroupMinutes[g] < minLimit[g]) {
                Candidate c = best(residual, g);
                if (c == null) {
                    return false;
                }
                take(c, residual);
            }
        }
        return true;
    }

    /**
     * The best shift on a free day; only in the given minimum group unless it is negative. A day is a candidate only
     * if, with it worked, every week around it can still reach its minimum ({@link #minimumsReachable}).
     */
    private Candidate best(ResidualDemand residual, int inMinGroup) {
        return best(residual, inMinGroup, 0, days.length - 1);
    }

    /** The best shift on a free day between {@code from} and {@code to} (positions, clipped to the horizon). */
    private Candidate best(ResidualDemand residual, int inMinGroup, int from, int to) {
        longestFreeShift();
        Candidate best = null;
        for (int i = Math.max(0, from); i <= Math.min(days.length - 1, to); i++) {
            if (shift[i] != null || fixed[i] || inMinGroup >= 0 && minGroup[i] != inMinGroup || !consecutiveAllows(i)) {
                continue;
            }
            long minutesLeft = maxLimit[maxGroup[i]] - maxGroupMinutes[maxGroup[i]];
            long neededBeyond = neededBeyond(i);
            for (ShiftOption o : days[i].getShiftRange()) {
                if (o.paidMinutes() > minutesLeft || o.paidMinutes() < neededBeyond || !restAllows(i, o)
                        || onlyTemplate != null && o.template() != onlyTemplate) {
                    continue;
                }
                for (Queue q : agent.skills()) {
                    Candidate c = new Candidate(i, o, q, residual.gain(o, q), residual.overMinutes(o, q));
                    if (c.betterThan(best)) {
                        best = c;
                    }
                }
            }
        }
        return best;
    }

    /** Per free day, the longest paid shift its range offers that keeps the rest to the shifts already placed. */
    private void longestFreeShift() {
        for (int j = 0; j < days.length; j++) {
            longestFree[j] = 0;
            if (shift[j] != null || fixed[j]) {
                continue;
            }
            for (ShiftOption o : days[j].getShiftRange()) {
                if (o.paidMinutes() > longestFree[j] && restAllows(j, o)) {
                    longestFree[j] = o.paidMinutes();
                }
            }
        }
    }

    /**
     * How many paid minutes a shift on free day {@code i} must have at least so that the weeks around it can still
     * reach their minimums with the days left ({@link Long#MAX_VALUE} when none can): the other free days of the
     * weeks the day's working runs reach are filled, in day order, with their longest shift as long as the
     * consecutive-days limit allows. Rest between those fills is not checked: a retry minimum first and the
     * construction heuristic catch what slips through.
     */
    private long neededBeyond(int i) {
        hypothetical[i] = true;
        long needed = 0;
        int from = Math.max(0, i - agent.maxConsecutiveDays() - 1);
        int to = Math.min(days.length - 1, i + agent.maxConsecutiveDays() + 1);
        int lastGroup = -1;
        for (int j = from; j <= to; j++) {
            int g = minGroup[j];
            if (g == lastGroup) {
                continue;
            }
            lastGroup = g;
            long deficit = minLimit[g] - minGroupMinutes[g];
            if (deficit <= 0) {
                continue;
            }
            long reachable = fillHypothetically(g, i);
            long lacking = deficit - reachable;
            if (minGroup[i] == g) {
                needed = Math.max(needed, lacking);
            } else if (lacking > 0) {
                needed = Long.MAX_VALUE;
            }
        }
        java.util.Arrays.fill(hypothetical, false);
        return needed;
    }

    private long fillHypothetically(int group, int except) {
        long minutes = 0;
        for (int j = 0; j < days.length; j++) {
            if (minGroup[j] == group && j != except && longestFree[j] > 0 && !hypothetical[j] && consecutiveAllows(j)) {
                hypothetical[j] = true;
                minutes += longestFree[j];
            }
        }
        // leave day i's mark for the other groups' fills, drop this group's
        for (int j = 0; j < days.length; j++) {
            if (minGroup[j] == group && j != except) {
                hypothetical[j] = false;
            }
        }
        return minutes;
    }

    private void take(Candidate c, ResidualDemand residual) {
        set(c.day, c.shift, c.queue);
        residual.cover(c.shift, c.queue);
    }

    private void set(int i, ShiftOption option, Queue q) {
        shift[i] = option;
        queue[i] = q;
        minGroupMinutes[minGroup[i]] += option.paidMinutes();
        maxGroupMinutes[maxGroup[i]] += option.paidMinutes();
    }

    private void unset(int i) {
        minGroupMinutes[minGroup[i]] -= shift[i].paidMinutes();
        maxGroupMinutes[maxGroup[i]] -= shift[i].paidMinutes();
        shift[i] = null;
        queue[i] = null;
    }

    private void clear(ResidualDemand residual) {
        for (int i = 0; i < days.length; i++) {
            if (!fixed[i] && shift[i] != null) {
                residual.uncover(shift[i], queue[i]);
                unset(i);
            }
        }
    }

    /** Working day {@code i} too keeps every run of consecutive working days within the agent's maximum. */
    private boolean consecutiveAllows(int i) {
        int run = 1;
        for (int j = i - 1; j >= 0 && working(j) && days[j].getDayIndex() == days[i].getDayIndex() - (i - j); j--) {
            run++;
        }
        for (int j = i + 1; j < days.length && working(j) && days[j].getDayIndex() == days[i].getDayIndex() + (j - i);
             j++) {
            run++;
        }
        return run <= agent.maxConsecutiveDays();
    }

    private boolean working(int j) {
        return shift[j] != null || hypothetical[j];
    }

    /** The shift leaves the minimum rest to the agent's shifts of the two days before and after. */
    private boolean restAllows(int i, ShiftOption option) {
        for (int j = Math.max(0, i - 2); j <= Math.min(days.length - 1, i + 2); j++) {
            if (j == i || shift[j] == null || Math.abs(days[j].getDayIndex() - days[i].getDayIndex()) > 2) {
                continue;
            }
            int rest = j < i ? option.startMinute() - shift[j].endMinute() : shift[j].startMinute() - option.endMinute();
            if (rest < agent.minRestMinutes()) {
                return false;
            }
        }
        return true;
    }

    // ---- what FairShares reads and changes: whole shifts moved between agents, each change kept within the rules

    int dayCount() {
        return days.length;
    }

    /** The position of the horizon day {@code dayIndex} in this plan, or -1 when the agent has no such day. */
    int position(int dayIndex) {
        for (int i = 0; i < days.length; i++) {
            if (days[i].getDayIndex() == dayIndex) {
                return i;
            }
        }
        return -1;
    }

    Assignment day(int i) {
        return days[i];
    }

    ShiftOption shift(int i) {
        return shift[i];
    }

    Queue queue(int i) {
        return queue[i];
    }

    boolean isFixed(int i) {
        return fixed[i];
    }

    /**
     * Puts the given shifts (null = off) on the given days when every hard rule still holds, else changes nothing.
     * The days' old shifts come off first; then each new shift must be in its day's range (the agent is
     * available), on one of the agent's skills, within the week's maximum, the consecutive-days limit and the rest
     * to the neighbouring shifts; and every week touched must keep its minimum (or have no fewer minutes than
     * before, when it was already under it). Pinned days are never changed. Returns whether the shifts were put.
     */
    boolean change(int[] at, ShiftOption[] newShift, Queue[] newQueue) {
        for (int i : at) {
            if (fixed[i]) {
                return false;
            }
        }
        ShiftOption[] oldShift = new ShiftOption[at.length];
        Queue[] oldQueue = new Queue[at.length];
        long[] oldMinimumMinutes = new long[at.length];
        for (int k = 0; k < at.length; k++) {
            oldShift[k] = shift[at[k]];
            oldQueue[k] = queue[at[k]];
            oldMinimumMinutes[k] = minGroupMinutes[minGroup[at[k]]];
        }
        for (int i : at) {
            if (shift[i] != null) {
                unset(i);
            }
        }
        boolean allowed = true;
        for (int k = 0; k < at.length && allowed; k++) {
            if (newShift[k] != null) {
                allowed = canWork(at[k], newShift[k], newQueue[k]);
                if (allowed) {
                    set(at[k], newShift[k], newQueue[k]);
                }
            }
        }
        for (int k = 0; k < at.length && allowed; k++) {
            int g = minGroup[at[k]];
            allowed = minGroupMinutes[g] >= Math.min(minLimit[g], oldMinimumMinutes[k]);
        }
        if (!allowed) {
            restore(at, oldShift, oldQueue);
        }
        return allowed;
    }

    /** Puts the given shifts back without any check: undoes a {@link #change} that the other agent's refused. */
    void restore(int[] at, ShiftOption[] oldShift, Queue[] oldQueue) {
        for (int i : at) {
            if (shift[i] != null) {
                unset(i);
            }
        }
        for (int k = 0; k < at.length; k++) {
            if (oldShift[k] != null) {
                set(at[k], oldShift[k], oldQueue[k]);
            }
        }
    }

    /** Free day {@code i} may take the shift on the queue: the same checks as {@link #best}, for one value. */
    private boolean canWork(int i, ShiftOption option, Queue q) {
        return agent.skills().contains(q) && days[i].getShiftRange().contains(option)
                && maxGroupMinutes[maxGroup[i]] + option.paidMinutes() <= maxLimit[maxGroup[i]]
                && consecutiveAllows(i) && restAllows(i, option);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(agent.id());
        for (int i = 0; i < days.length; i++) {
            b.append(' ').append(days[i].getDayIndex()).append(':').append(shift[i] == null ? "-" : shift[i].id());
        }
        for (int g = 0; g < minLimit.length; g++) {
            b.append(" min").append(g).append('=').append(minGroupMinutes[g]).append('/').append(minLimit[g]);
        }
        return b.toString();
    }

    /**
     * Writes the plan into the working solution, telling the score director about every change; with none (a
     * solved roster outside the solver) the caller scores the roster again.
     */
    void apply(ScoreDirector<Roster> scoreDirector) {
        for (int i = 0; i < days.length; i++) {
            Assignment a = days[i];
            if (fixed[i]) {
                continue;
            }
            if (a.getShift() != shift[i]) {
                if (scoreDirector != null) {
                    scoreDirector.beforeVariableChanged(a, "shift");
                }
                a.setShift(shift[i]);
                if (scoreDirector != null) {
                    scoreDirector.afterVariableChanged(a, "shift");
                }
            }
            if (queue[i] != null && a.getQueue() != queue[i]) {
                if (scoreDirector != null) {
                    scoreDirector.beforeVariableChanged(a, "queue");
                }
                a.setQueue(queue[i]);
                if (scoreDirector != null) {
                    scoreDirector.afterVariableChanged(a, "queue");
                }
            }
        }
    }
}
