package wfm.simulation.risk;

import java.util.List;

import wfm.simulation.experiment.ReplayResult;
import wfm.simulation.model.ReplayRun;

/**
 * What {@link RiskExperiment} ran and found.
 *
 * @param runs    the replications, in order (replication r used substream r of the seed)
 * @param summary means and 95% intervals of every measure per interval, day and queue
 * @param verdict P(target met) per day and queue, and whether the roster holds
 */
public record RiskResult(List<ReplayRun> runs, ReplayResult summary, RiskVerdict verdict) {
    public RiskResult {
        runs = List.copyOf(runs);
    }

    public int replications() {
        return runs.size();
    }

    /** Per queue and interval, the 90th percentile of abandonment over the replications. */
    public double[][] p90AbandonByQueueInterval() {
        return AbandonQuantiles.byQueueInterval(runs, 0.9);
    }
}
