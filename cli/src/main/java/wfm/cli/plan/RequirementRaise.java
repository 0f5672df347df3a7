package wfm.cli.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import wfm.cli.io.RequirementsCsv;
import wfm.simulation.experiment.ReplayResult;
import wfm.simulation.model.ReplayMeasure;
import wfm.simulation.risk.DayRisk;

/**
 * Iterative staffing: on the days (and queues) the risk verdict misses, raise the requirement of the queue-intervals
 * whose 90th-percentile abandonment over the replications is above the target, or whose mean is above half of it,
 * and re-plan. A day misses when more than one future in ten (at 90% confidence) drops too many callers; the
 * intervals that drop callers in those worst futures are the ones whose P90 is above target. On a small queue (a few
 * calls an interval) an interval's P90 is often 0 even where it drops a caller in one future in five, and the day's
 * rate (the calls-weighted mean of its intervals) only stays under the target in nine futures of ten when its
 * intervals sit clearly below it on average: hence the mean above half the target. Only missed days (and queues) are
 * touched, so what holds keeps its roster.
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
        double[][] p90 = judged.risk().p90AbandonByQueueInterval();
        Set<String> raise = new HashSet<>();
        int perDay = result.intervalsPerDay();
        for (DayRisk miss : judged.verdict().misses()) {
            for (int q = 0; q < result.queues().size(); q++) {
                if (miss.queue() >= 0 && miss.queue() != q) {
                    continue;
                }
                for (int k = miss.day() * perDay; k < (miss.day() + 1) * perDay && k < p90[q].length; k++) {
                    if (p90[q][k] > maxAbandon
                            || result.byQueueInterval().get(q).get(k).mean(ReplayMeasure.ABANDON_RATE)
                            > maxAbandon / 2) {
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
