package wfm.simulation.experiment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import wfm.simulation.model.QueueMeasure;
import wfm.simulation.model.StationaryQueue;
import wfm.simulation.model.StationaryQueueSimulation;
import wfm.simulation.model.StationaryRun;
import wfm.simulation.random.RandomStreams;
import wfm.simulation.stats.Tally;

/** Replications of a {@link StationaryQueue} and their confidence intervals. */
public final class StationaryExperiment {
    private StationaryExperiment() {
    }

    /**
     * Runs {@code replications} independent replications (substream r of each stream for replication r) on up to
     * {@code threads} threads. Results do not depend on {@code threads}.
     */
    public static StationaryResult run(StationaryQueue queue, int replications, long seed, int threads) {
        RandomStreams streams = new RandomStreams(seed, StationaryQueueSimulation.STREAMS);
        long start = System.nanoTime();
        List<StationaryRun> runs = Replications.run(replications, threads,
                r -> new StationaryQueueSimulation(queue, streams.forReplication(r)).run());
        double elapsed = (System.nanoTime() - start) / 1e9;
        return summarize(runs, seed, elapsed);
    }

    static StationaryResult summarize(List<StationaryRun> runs, long seed, double elapsedSeconds) {
        Map<QueueMeasure, wfm.simulation.stats.ConfidenceInterval> estimates = new EnumMap<>(QueueMeasure.class);
        for (QueueMeasure m : QueueMeasure.values()) {
            Tally t = new Tally();
            if (runs.size() == 1) {
                StationaryRun only = runs.get(0);
                for (int b = 0; b < only.batches(); b++) {
                    double v = only.batchValue(m, b);
                    if (!Double.isNaN(v)) {
                        t.add(v);
                    }
                }
                // the point estimate is the whole run's ratio, the width that of the batch means
                var ci = t.ci95();
                double point = only.value(m);
                estimates.put(m, new wfm.simulation.stats.ConfidenceInterval(point, point - ci.halfWidth(),
                        point + ci.halfWidth(), 0.95, t.count()));
            } else {
                for (StationaryRun run : runs) {
                    double v = run.value(m);
                    if (!Double.isNaN(v)) {
                        t.add(v);
                    }
                }
                estimates.put(m, t.ci95());
            }
        }
        long offered = runs.stream().mapToLong(StationaryRun::callsOffered).sum();
        long simulated = runs.stream().mapToLong(StationaryRun::callsSimulated).sum();
        return new StationaryResult(runs.size(), seed, offered, simulated, elapsedSeconds, estimates);
    }
}
