package wfm.simulation.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.QueueRules;
import wfm.simulation.model.ReplayMeasure;
import wfm.simulation.model.ReplayOptions;
import wfm.simulation.model.ReplayRun;
import wfm.simulation.model.RosterReplay;
import wfm.simulation.model.StaffingPlan;
import wfm.simulation.random.RandomStreams;
import wfm.simulation.stats.ConfidenceInterval;
import wfm.simulation.stats.Tally;

/**
 * R replications of a roster replay, in parallel, and their summaries per interval, day and queue. Two runs with
 * the same seed use the same random numbers for the same callers (common random numbers), so scenario
 * differences are not noise.
 */
public final class ReplayExperiment {
    private ReplayExperiment() {
    }

    public static ReplayResult run(ArrivalProfile profile, StaffingPlan plan, List<QueueRules> rules,
                                   ReplayOptions options, int replications, long seed, int threads) {
        long start = System.nanoTime();
        List<ReplayRun> runs = runs(profile, plan, rules, options, replications, seed, threads);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return summarize(profile, runs, seed, elapsed);
    }

    /** The replications themselves, for paired comparisons of scenarios run with the same seed. */
    public static List<ReplayRun> runs(ArrivalProfile profile, StaffingPlan plan, List<QueueRules> rules,
                                       ReplayOptions options, int replications, long seed, int threads) {
        return runs(profile, plan, rules, options, 0, replications, seed, threads);
    }

    /**
     * Replications {@code first} to {@code first + count - 1} (substreams of the same seed), to add replications
     * to earlier ones: {@code runs(.., 0, 20, ..)} then {@code runs(.., 20, 20, ..)} equal {@code runs(.., 0, 40, ..)}.
     */
    public static List<ReplayRun> runs(ArrivalProfile profile, StaffingPlan plan, List<QueueRules> rules,
                                       ReplayOptions options, int first, int count, long seed, int threads) {
        if (first < 0) {
            throw new IllegalArgumentException("first replication (" + first + ") must be >= 0");
        }
        RandomStreams streams = new RandomStreams(seed, RosterReplay.streamsFor(profile));
        return Replications.run(count, threads,
                r -> new RosterReplay(profile, plan, rules, options, streams, first + r).run());
    }

    /**
     * The 95% interval of the mean difference {@code measure(b) - measure(a)} over the whole horizon, paired by
     * replication: with common random numbers the pairs are positively correlated, so this interval is much
     * narrower than the difference of two independent ones.
     */
    public static ConfidenceInterval pairedDifference(List<ReplayRun> a, List<ReplayRun> b, ReplayMeasure measure) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("paired runs need as many replications (" + a.size() + " vs "
                    + b.size() + ")");
        }
        Tally t = new Tally();
        for (int r = 0; r < a.size(); r++) {
            double d = overall(b.get(r), measure) - overall(a.get(r), measure);
            if (!Double.isNaN(d)) {
                t.add(d);
            }
        }
        return t.ci95();
    }

    /** One replication's measure over the whole horizon, all queues. */
    public static double overall(ReplayRun run, ReplayMeasure measure) {
        double off = 0, ans = 0, inTime = 0, ab = 0, wait = 0, cb = 0, busy = 0, staffed = 0;
        for (int q = 0; q < run.queues(); q++) {
            for (int k = 0; k < run.intervals(); k++) {
                off += run.offered()[q][k];
                ans += run.answered()[q][k];
                inTime += run.answeredInTime()[q][k];
                ab += run.abandoned()[q][k];
                wait += run.waitSeconds()[q][k];
                cb += run.callbacks()[q][k];
            }
        }
        for (int k = 0; k < run.intervals(); k++) {
            busy += run.busySeconds()[k];
            staffed += run.staffedSeconds()[k];
        }
        return measure.of(off, ans, inTime, ab, wait, busy, staffed, cb);
    }

    /** Summaries of runs made by {@link #runs}. */
    public static ReplayResult summarize(ArrivalProfile profile, List<ReplayRun> runs, long seed, double elapsed) {
        int queues = profile.queueCount();
        int intervals = profile.intervals();
        int perDay = profile.intervalsPerDay();
        int days = profile.days();
        int[] all = new int[queues];
        for (int q = 0; q < queues; q++) {
            all[q] = q;
        }
        List<PeriodEstimate> byInterval = new ArrayList<>();
        for (int k = 0; k < intervals; k++) {
            byInterval.add(estimate(runs, -1, all, k, 1));
        }
        List<List<PeriodEstimate>> byQueueInterval = new ArrayList<>();
        List<List<PeriodEstimate>> byQueueDay = new ArrayList<>();
        for (int q = 0; q < queues; q++) {
            List<PeriodEstimate> qi = new ArrayList<>();
            for (int k = 0; k < intervals; k++) {
                qi.add(estimate(runs, q, new int[] {q}, k, 1));
            }
            byQueueInterval.add(qi);
            List<PeriodEstimate> qd = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                qd.add(estimate(runs, q, new int[] {q}, d * perDay, Math.min(perDay, intervals - d * perDay)));
            }
            byQueueDay.add(qd);
        }
        List<PeriodEstimate> byDay = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            byDay.add(estimate(runs, -1, all, d * perDay, Math.min(perDay, intervals - d * perDay)));
        }
        List<PeriodEstimate> byQueue = new ArrayList<>();
        for (int q = 0; q < queues; q++) {
            byQueue.add(estimate(runs, q, new int[] {q}, 0, intervals));
        }
        PeriodEstimate overall = estimate(runs, -1, all, 0, intervals);
        long simulated = runs.stream().mapToLong(ReplayRun::callsSimulated).sum();
        return new ReplayResult(runs.size(), seed, profile.queues(), profile.intervalSeconds(), perDay, byInterval,
                byQueueInterval, byDay, byQueueDay, byQueue, overall, simulated, elapsed);
    }

    private static PeriodEstimate estimate(List<ReplayRun> runs, int queue, int[] queues, int from, int count) {
        ReplayMeasure[] measures = ReplayMeasure.values();
        Tally[] tallies = new Tally[measures.length];
        for (int m = 0; m < measures.length; m++) {
            tallies[m] = new Tally();
        }
        for (ReplayRun run : runs) {
            double off = 0, ans = 0, inTime = 0, ab = 0, wait = 0, cb = 0, busy = 0, staffed = 0;
            for (int k = from; k < from + count; k++) {
                for (int q : queues) {
                    off += run.offered()[q][k];
                    ans += run.answered()[q][k];
                    inTime += run.answeredInTime()[q][k];
                    ab += run.abandoned()[q][k];
                    wait += run.waitSeconds()[q][k];
                    cb += run.callbacks()[q][k];
                }
                busy += run.busySeconds()[k];
                staffed += run.staffedSeconds()[k];
            }
            for (int m = 0; m < measures.length; m++) {
                double v = measures[m].of(off, ans, inTime, ab, wait, busy, staffed, cb);
                if (!Double.isNaN(v)) {
                    tallies[m].add(v);
                }
            }
        }
        Map<ReplayMeasure, ConfidenceInterval> estimates = new EnumMap<>(ReplayMeasure.class);
        for (int m = 0; m < measures.length; m++) {
            ConfidenceInterval ci = tallies[m].ci95();
            if (Double.isNaN(ci.mean())) {
                ci = new ConfidenceInterval(Double.NaN, Double.NaN, Double.NaN, 0.95, 0);
            }
            estimates.put(measures[m], ci);
        }
        return new PeriodEstimate(queue, from, count, estimates);
    }
}
