package wfm.cli.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import wfm.cli.io.RequirementsCsv;
import wfm.simulation.experiment.ReplayResult;
import wfm.simulation.model.ReplayMeasure;

/**
 * Iterative staffing: on the days (and queues) the risk verdict misses, raise the requirement of the queue-intervals
 * whose simulated abandonment is above the target, and re-plan. Only missed days are touched, so a day that holds
 * keeps its roster; within a missed day the intervals above target are where the day's abandoned callers come from.
 * The step follows square-root staffing: the safety margin of n agents scales with the square root of the load, so
 * each round adds a third of a square root, at least one agent (Feldman, Mandelbaum, Massey and Whitt 2008 iterate
 * the same way toward time-stable performance).
 */
final class RequirementRaise {
    private RequirementRaise() {
    }

    /** A raised requirement, and how many intervals and agent-intervals were added. */
    record Raised(List<RequirementsCsv.Row> requirements, int intervals, double agents) {
    }

    static Raised raise(List<RequirementsCsv.Row> requirements, Certification.Judged judged, double maxAbandon) {
        ReplayResult result = judged.result();
        Set<String> raise = new HashSet<>();
        int perDay = result.intervalsPerDay();
        for (Certification.Miss miss : judged.misses()) {
            for (int q = 0; q < result.queues().size(); q++) {
                if (miss.queue() >= 0 && miss.queue() != q) {
                    continue;
                }
                for (int k = miss.day() * perDay; k < (miss.day() + 1) * perDay && k < result.byInterval().size(); k++) {
                    if (result.byQueueInterval().get(q).get(k).mean(ReplayMeasure.ABANDON_RATE) > maxAbandon) {
                        raise.add(key(judged.inputs().intervalStart(k), result.queues().get(q)));
                    }
                }
            }
        }
        List<RequirementsCsv.Row> raised = new ArrayList<>();
        int intervals = 0;
        double added = 0;
        for (RequirementsCsv.Row r : requirements) {
            if (raise.contains(key(r.intervalStart(), r.queue()))) {
                double step = step(r.requiredAgents());
                raised.add(new RequirementsCsv.Row(r.intervalStart(), r.intervalEnd(), r.queue(),
                        r.requiredAgents() + step, r.calls(), r.ahtSeconds()));
                intervals++;
                added += step;
            } else {
                raised.add(r);
            }
        }
        return new Raised(raised, intervals, added);
    }

    static double step(double required) {
        return Math.max(1, Math.ceil(Math.sqrt(required) / 3));
    }

    private static String key(LocalDateTime start, String queue) {
        return start + "|" + queue;
    }
}
