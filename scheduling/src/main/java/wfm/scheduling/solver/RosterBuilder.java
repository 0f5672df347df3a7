package wfm.scheduling.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import wfm.scheduling.domain.Agent;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.ContractWeek;
import wfm.scheduling.domain.Horizon;
import wfm.scheduling.domain.Queue;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.domain.ShiftTemplate;
import wfm.scheduling.domain.SlotDemand;
import wfm.scheduling.domain.Unavailability;

/**
 * Turns a {@link RosterRequest} into the planning problem: horizon, interval demands, shift options, entities.
 *
 * <p>24-hour operation: when some shift template crosses midnight and may start on the weekday before the first
 * day, every agent also gets a lead-in day (day -1, see {@link Assignment}) offered only those templates, so the
 * first night is covered by agents who started the evening before. Its assignments come after all others.
 */
public final class RosterBuilder {
    /** A day is a surge day when it needs this much more than the median day (agent-minutes, all queues). */
    static final double SURGE_FACTOR = 1.10;
    /** The day before the horizon: agents may start a night shift then that reaches into the first day. */
    public static final int LEAD_IN_DAY = -1;

    private RosterBuilder() {
    }

    public static Roster build(RosterRequest request) {
        int slotMinutes = slotMinutes(request.requirements());
        LocalDate first = request.requirements().stream().map(r -> r.intervalStart().toLocalDate())
                .min(LocalDate::compareTo).orElseThrow();
        LocalDate last = request.requirements().stream().map(r -> r.intervalStart().toLocalDate())
                .max(LocalDate::compareTo).orElseThrow();
        Horizon horizon = new Horizon(first, (int) ChronoUnit.DAYS.between(first, last) + 1, slotMinutes,
                request.rules().weekStart());

        Map<String, Queue> queues = new LinkedHashMap<>();
        for (RosterRequest.Requirement r : request.requirements()) {
            queues.computeIfAbsent(r.queue(), name -> new Queue(queues.size(), name));
        }
        double[][] required = new double[queues.size()][horizon.slots()];
        for (RosterRequest.Requirement r : request.requirements()) {
            long minute = horizon.minuteOf(r.intervalStart());
            if (minute % slotMinutes != 0) {
                throw new IllegalArgumentException("requirement at " + r.intervalStart()
                        + " does not start on the " + slotMinutes + "-minute grid");
            }
            required[queues.get(r.queue()).index()][(int) (minute / slotMinutes)] += r.requiredAgents();
        }
        double peak = Arrays.stream(required).flatMapToDouble(Arrays::stream).max().orElse(0);
        SlotDemand[][] demands = new SlotDemand[queues.size()][horizon.slots()];
        List<SlotDemand> demandList = new ArrayList<>();
        for (Queue q : queues.values()) {
            for (int s = 0; s < horizon.slots(); s++) {
                double req = required[q.index()][s];
                double weight = request.rules().weightBusyIntervals() && peak > 0 ? 1 + req / peak : 1;
                demands[q.index()][s] = new SlotDemand(q, s, horizon.time(s * slotMinutes), slotMinutes, req, weight);
                demandList.add(demands[q.index()][s]);
            }
        }

        Map<String, Agent> agents = agents(request, queues);
        List<List<ShiftOption>> optionsByDay = new ArrayList<>();
        for (int d = 0; d < horizon.days(); d++) {
            DayOfWeek dow = horizon.date(d).getDayOfWeek();
            List<ShiftOption> options = new ArrayList<>();
            for (ShiftTemplate t : request.shifts()) {
                if (t.days().contains(dow)) {
                    options.add(new ShiftOption(t, d, horizon, demands));
                }
            }
            optionsByDay.add(options);
        }
        List<ShiftOption> leadInOptions = leadInOptions(request.shifts(), horizon, demands);
        List<Unavailability> unavailabilities = new ArrayList<>();
        for (RosterRequest.Absence absence : request.absences()) {
            Agent agent = agents.get(absence.agentId());
            if (agent == null) {
                throw new IllegalArgumentException("unavailability names agent '" + absence.agentId()
                        + "', who is not in the agents file");
            }
            long from = Math.max(-1440, horizon.minuteOf(absence.from()));
            long to = Math.min(horizon.endMinute() + 1440L, horizon.minuteOf(absence.to()));
            if (to > from) {
                unavailabilities.add(new Unavailability(agent, (int) from, (int) to, absence.from(), absence.to()));
            }
        }
        Map<Agent, List<Unavailability>> absent = new HashMap<>();
        unavailabilities.forEach(u -> absent.computeIfAbsent(u.agent(), k -> new ArrayList<>()).add(u));
        boolean[] surge = surgeDays(horizon, required);
        List<Assignment> assignments = new ArrayList<>();
        Map<String, Assignment> byAgentDay = new HashMap<>();
        boolean leadIn = !leadInOptions.isEmpty();
        for (Agent agent : agents.values()) {
            for (int d = 0; d < horizon.days(); d++) {
                assignments.add(assignment(agent, d, horizon, surge[d],
                        available(optionsByDay.get(d), absent.getOrDefault(agent, List.of())), byAgentDay));
            }
        }
        if (leadIn) {
            // after every regular day: DaySwapMove relies on agent-by-agent blocks of the horizon's days
            for (Agent agent : agents.values()) {
                assignments.add(assignment(agent, LEAD_IN_DAY, horizon, false,
                        available(leadInOptions, absent.getOrDefault(agent, List.of())), byAgentDay));
            }
        }
        publish(request, queues, byAgentDay, agents);
        Map<String, Integer> workedBefore = fixWorkedLeadIn(request.worked(), horizon, byAgentDay);
        contractWeeks(horizon, leadIn, assignments, unavailabilities, request.worked(), workedBefore);
        return new Roster(horizon, List.copyOf(queues.values()), List.copyOf(agents.values()), demandList,
                unavailabilities, assignments);
    }

    /**
     * The lead-in day's options: templates that cross midnight and may start on the weekday before the horizon.
     * Placed on day -1, they cover the first hours of day 0 (their part before midnight lies outside the horizon).
     */
    private static List<ShiftOption> leadInOptions(List<ShiftTemplate> templates, Horizon horizon,
                                                   SlotDemand[][] demands) {
        DayOfWeek eve = horizon.date(LEAD_IN_DAY).getDayOfWeek();
        return templates.stream().filter(t -> t.crossesMidnight() && t.days().contains(eve))
                .map(t -> new ShiftOption(t, LEAD_IN_DAY, horizon, demands)).toList();
    }

    /** One agent-day; its {@link wfm.scheduling.domain.ContractWeek} is set once all are built. */
    private static Assignment assignment(Agent agent, int day, Horizon horizon, boolean surge,
                                         List<ShiftOption> options, Map<String, Assignment> byAgentDay) {
        LocalDate date = horizon.date(day);
        int week = horizon.weekIndex(day);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        Assignment a = new Assignment(agent, day, date, week, horizon.daysInWeek(week), weekend, surge, options);
        byAgentDay.put(a.getId(), a);
        return a;
    }

    private static Map<String, Agent> agents(RosterRequest request, Map<String, Queue> queues) {
        RosterRequest.Rules rules = request.rules();
        Map<String, Agent> agents = new LinkedHashMap<>();
        for (RosterRequest.AgentContract c : request.agents()) {
            List<Queue> skills = c.skills().isEmpty() ? List.copyOf(queues.values())
                    : c.skills().stream().map(queues::get).filter(q -> q != null).distinct().toList();
            if (skills.isEmpty()) {
                throw new IllegalArgumentException("agent " + c.id() + ": skills " + String.join(";", c.skills())
                        + " match no queue of the requirements (" + String.join(", ", queues.keySet()) + ")");
            }
            double min = Double.isNaN(c.minHoursPerWeek()) ? rules.minHoursPerWeek() : c.minHoursPerWeek();
            double max = Double.isNaN(c.maxHoursPerWeek()) ? Math.max(min, rules.maxHoursPerWeek())
                    : c.maxHoursPerWeek();
            int consecutive = c.maxConsecutiveDays() > 0 ? c.maxConsecutiveDays() : rules.maxConsecutiveDays();
            Agent agent = new Agent(c.id(), c.name(), skills, (int) Math.round(min * 60), (int) Math.round(max * 60),
                    consecutive, (int) rules.minRest().toMinutes());
            if (agents.put(c.id(), agent) != null) {
                throw new IllegalArgumentException("agent " + c.id() + " appears twice");
            }
        }
        return agents;
    }

    private static void publish(RosterRequest request, Map<String, Queue> queues, Map<String, Assignment> byAgentDay,
                                Map<String, Agent> agents) {
        if (request.published().isEmpty()) {
            return;
        }
        Map<String, RosterRequest.PublishedShift> published = new HashMap<>();
        for (RosterRequest.PublishedShift p : request.published()) {
            if (!agents.containsKey(p.agentId())) {
                continue; // an agent who left: the day is simply not kept
            }
            published.put(p.agentId() + "@" + p.date(), p);
        }
        for (Assignment a : byAgentDay.values()) {
            RosterRequest.PublishedShift p = published.get(a.getId());
            if (p == null) {
                a.publish(null, null);
                continue;
            }
            ShiftOption option = a.getShiftRange().stream().filter(o -> o.id().equals(p.shiftId())).findFirst()
                    .orElse(null);
            if (option == null) {
                a.publishLostShift();
                continue;
            }
            Queue queue = p.queue() == null ? null : queues.get(p.queue());
            a.publish(option, queue != null && a.getAgent().hasSkill(queue) ? queue : null);
        }
    }

    /**
     * The shifts an agent may be given on a day: none that overlaps the agent's unavailability. The hard rule stays
     * for rosters given from outside; here the search never even tries such a shift.
     */
    private static List<ShiftOption> available(List<ShiftOption> options, List<Unavailability> absences) {
        if (absences.isEmpty()) {
            return options;
        }
        return options.stream().filter(o -> absences.stream()
                .noneMatch(u -> u.overlapMinutes(o.startMinute(), o.endMinute()) > 0)).toList();
    }

    /**
     * The days worked before the horizon are the past: a lead-in evening the record covers is pinned to the night
     * shift worked then (or off, when the agent worked something else or nothing that day). Returns the paid minutes
     * worked before the horizon per agent and schedule week ({@code agent#week}), less those the pinned lead-in
     * itself holds.
     */
    private static Map<String, Integer> fixWorkedLeadIn(RosterRequest.Worked worked, Horizon horizon,
                                                        Map<String, Assignment> byAgentDay) {
        boolean fixEvening = worked.covers(horizon.date(LEAD_IN_DAY));
        Map<String, Integer> minutes = new HashMap<>();
        Set<Assignment> eveningsWorked = new HashSet<>();
        for (RosterRequest.WorkedShift w : worked.shifts()) {
            int day = horizon.dayIndex(w.date());
            if (day >= 0) {
                continue;
            }
            Assignment leadIn = fixEvening && day == LEAD_IN_DAY ? byAgentDay.get(w.agentId() + "@" + w.date()) : null;
            ShiftOption held = leadIn == null ? null : leadIn.getShiftRange().stream()
                    .filter(o -> o.id().equals(w.shiftId())).findFirst().orElse(null);
            if (leadIn != null) {
                leadIn.setShift(held);
                eveningsWorked.add(leadIn);
            }
            if (held == null) {
                minutes.merge(w.agentId() + "#" + horizon.weekIndex(day), w.paidMinutes(), Integer::sum);
            }
        }
        if (fixEvening) {
            for (Assignment a : byAgentDay.values()) {
                if (a.isLeadIn()) {
                    if (!eveningsWorked.contains(a)) {
                        a.setShift(null);
                    }
                    a.setPinned(true);
                }
            }
        }
        return minutes;
    }

    /**
     * Every agent-day's {@link ContractWeek}: which days of its schedule week are planned (the lead-in evening
     * included), before or after the horizon; which planned days are credited (leave: 8 hours or more unavailable;
     * the lead-in evening unless the record fixed it); and what was worked before the horizon, when the record of
     * worked days covers all of the week's days before it.
     */
    private static void contractWeeks(Horizon horizon, boolean leadIn, List<Assignment> assignments,
                                      List<Unavailability> absences, RosterRequest.Worked worked,
                                      Map<String, Integer> workedBefore) {
        Map<Agent, int[]> leaveMinutesPerDay = new HashMap<>();
        for (Unavailability u : absences) {
            int[] days = leaveMinutesPerDay.computeIfAbsent(u.agent(), a -> new int[horizon.days()]);
            for (int d = 0; d < horizon.days(); d++) {
                days[d] += u.overlapMinutes(d * 1440, (d + 1) * 1440);
            }
        }
        Map<String, Boolean> leadInFixed = new HashMap<>();
        assignments.stream().filter(Assignment::isLeadIn).forEach(a -> leadInFixed.put(a.getAgent().id(), a.isPinned()));
        Map<String, ContractWeek> weeks = new HashMap<>();
        for (Assignment a : assignments) {
            Agent agent = a.getAgent();
            String key = agent.id() + "#" + a.getWeekIndex();
            a.setWeek(weeks.computeIfAbsent(key, k -> {
                LocalDate start = horizon.weekStartDate(a.getWeekIndex());
                int[] leave = leaveMinutesPerDay.get(agent);
                int planned = 0;
                int before = 0;
                int after = 0;
                int credited = 0;
                for (int i = 0; i < 7; i++) {
                    int day = horizon.dayIndex(start.plusDays(i));
                    if (day >= horizon.days()) {
                        after++;
                    } else if (day >= 0 || day == LEAD_IN_DAY && leadIn) {
                        planned++;
                        boolean onLeave = day >= 0 && leave != null && leave[day] >= 8 * 60;
                        boolean openEvening = day < 0 && !leadInFixed.getOrDefault(agent.id(), false);
                        credited += onLeave || openEvening ? 1 : 0;
                    } else {
                        before++;
                    }
                }
                boolean known = before == 0 || worked.covers(start) && worked.covers(start.plusDays(before - 1));
                return new ContractWeek(planned, before, after, credited,
                        known ? workedBefore.getOrDefault(key, 0) : ContractWeek.UNKNOWN);
            }));
        }
    }

    /** Days needing at least {@link #SURGE_FACTOR} times the median day's agent-minutes. */
    static boolean[] surgeDays(Horizon horizon, double[][] required) {
        int slotsPerDay = 1440 / horizon.slotMinutes();
        double[] daily = new double[horizon.days()];
        for (double[] queue : required) {
            for (int s = 0; s < queue.length; s++) {
                daily[s / slotsPerDay] += queue[s];
            }
        }
        return surgeDays(daily);
    }

    /**
     * Which days are surge days, given each day's required agent-minutes (all queues): those needing at least
     * {@link #SURGE_FACTOR} times the median day. Public so that evaluations mark the days the solver marks.
     */
    public static boolean[] surgeDays(double[] dailyRequired) {
        double[] sorted = dailyRequired.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        boolean[] surge = new boolean[dailyRequired.length];
        for (int d = 0; d < dailyRequired.length; d++) {
            surge[d] = median > 0 && dailyRequired[d] >= SURGE_FACTOR * median;
        }
        return surge;
    }

    /** The greatest common divisor of the gaps between interval starts (and of 1440), at most 60 minutes. */
    public static int slotMinutes(List<RosterRequest.Requirement> requirements) {
        TreeSet<LocalDateTime> starts = new TreeSet<>();
        requirements.forEach(r -> starts.add(r.intervalStart()));
        long gcd = 60;
        LocalDateTime previous = null;
        for (LocalDateTime t : starts) {
            gcd = gcd(gcd, t.toLocalTime().toSecondOfDay() / 60);
            if (previous != null) {
                gcd = gcd(gcd, ChronoUnit.MINUTES.between(previous, t));
            }
            previous = t;
        }
        if (gcd < 5) {
            throw new IllegalArgumentException("requirement intervals must be whole multiples of 5 minutes");
        }
        return (int) gcd;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
