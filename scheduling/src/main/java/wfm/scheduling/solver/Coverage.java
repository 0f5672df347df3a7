package wfm.scheduling.solver;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Required versus scheduled agents per interval and queue, counted from the placed shifts and breaks (an agent
 * on duty for part of an interval counts pro rata). Works for any roster, so it can also check a roster that
 * was not made here.
 */
public record Coverage(List<Interval> intervals) {

    /** One queue in one interval. */
    public record Interval(LocalDateTime start, int minutes, String queue, double requiredAgents,
                           double scheduledAgents) {
        public double shortAgents() {
            return Math.max(0, requiredAgents - scheduledAgents);
        }

        public double overAgents() {
            return Math.max(0, scheduledAgents - requiredAgents);
        }
    }

    /** Totals for one queue, in agent-hours. */
    public record QueueTotals(String queue, double requiredAgentHours, double scheduledAgentHours,
                              double shortAgentHours, double overAgentHours, int intervals, int shortIntervals) {
    }

    public Coverage {
        intervals = List.copyOf(intervals);
    }

    /**
     * @param required agents needed, keyed by queue and interval start (every interval of the horizon worth
     *                 reporting, including those needing 0)
     */
    public static Coverage of(List<RosterRequest.Requirement> required, int slotMinutes,
                              List<ScheduledShift> shifts) {
        Map<String, Map<LocalDateTime, double[]>> byQueue = new LinkedHashMap<>();
        for (RosterRequest.Requirement r : required) {
            byQueue.computeIfAbsent(r.queue(), q -> new HashMap<>())
                    .computeIfAbsent(r.intervalStart(), t -> new double[2])[0] += r.requiredAgents();
        }
        for (ScheduledShift s : shifts) {
            Map<LocalDateTime, double[]> queue = byQueue.get(s.queue());
            if (queue == null) {
                continue;
            }
            addOnDuty(queue, slotMinutes, s.start(), s.end(), 1);
            for (ScheduledShift.BreakTime b : s.breaks()) {
                addOnDuty(queue, slotMinutes, b.start(), b.end(), -1);
            }
        }
        List<Interval> intervals = new ArrayList<>();
        byQueue.forEach((queue, slots) -> slots.forEach((start, v) ->
                intervals.add(new Interval(start, slotMinutes, queue, v[0], Math.max(0, v[1])))));
        intervals.sort(Comparator.comparing(Interval::start).thenComparing(Interval::queue));
        return new Coverage(intervals);
    }

    private static void addOnDuty(Map<LocalDateTime, double[]> slots, int slotMinutes, LocalDateTime from,
                                  LocalDateTime to, int sign) {
        LocalDateTime slot = from.truncatedTo(ChronoUnit.DAYS)
                .plusMinutes((from.toLocalTime().toSecondOfDay() / 60) / slotMinutes * slotMinutes);
        for (; slot.isBefore(to); slot = slot.plusMinutes(slotMinutes)) {
            double[] v = slots.get(slot);
            if (v == null) {
                continue;
            }
            LocalDateTime end = slot.plusMinutes(slotMinutes);
            long overlap = ChronoUnit.MINUTES.between(from.isAfter(slot) ? from : slot, to.isBefore(end) ? to : end);
            v[1] += sign * (double) overlap / slotMinutes;
        }
    }

    public List<QueueTotals> totalsByQueue() {
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (Interval i : intervals) {
            double[] t = totals.computeIfAbsent(i.queue(), q -> new double[6]);
            double hours = i.minutes() / 60.0;
            t[0] += i.requiredAgents() * hours;
            t[1] += i.scheduledAgents() * hours;
            t[2] += i.shortAgents() * hours;
            t[3] += i.overAgents() * hours;
            t[4]++;
            if (i.shortAgents() >= 0.5) {
                t[5]++;
            }
        }
        List<QueueTotals> list = new ArrayList<>();
        totals.forEach((q, t) -> list.add(new QueueTotals(q, t[0], t[1], t[2], t[3], (int) t[4], (int) t[5])));
        return list;
    }

    /** Agent-hours short over all queues and intervals. */
    public double shortAgentHours() {
        return intervals.stream().mapToDouble(i -> i.shortAgents() * i.minutes() / 60.0).sum();
    }

    public double requiredAgentHours() {
        return intervals.stream().mapToDouble(i -> i.requiredAgents() * i.minutes() / 60.0).sum();
    }
}
