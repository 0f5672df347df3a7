package wfm.simulation.risk;

import java.util.List;

import wfm.simulation.model.ReplayRun;

/**
 * Where the risk is within a day: the quantile over replications of each interval's abandonment rate (abandoned /
 * offered calls that arrived in the interval; 0 in a replication where the interval had no calls), nearest rank as
 * in {@link RiskVerdict#nearestRank}. A 30-minute interval with ten calls can only show rates in steps of 0.1, so
 * read these as where a day's misses come from, not as a per-interval target; for the certification loop they
 * show which intervals to raise.
 */
public final class AbandonQuantiles {
    private AbandonQuantiles() {
    }

    /** Per queue and interval ({@code [queue][interval]}), e.g. {@code level} 0.9 for the P90. */
    public static double[][] byQueueInterval(List<ReplayRun> runs, double level) {
        check(runs, level);
        int queues = runs.get(0).queues();
        int intervals = runs.get(0).intervals();
        double[][] out = new double[queues][intervals];
        double[] rates = new double[runs.size()];
        for (int q = 0; q < queues; q++) {
            for (int k = 0; k < intervals; k++) {
                for (int r = 0; r < rates.length; r++) {
                    ReplayRun run = runs.get(r);
                    long offered = run.offered()[q][k];
                    rates[r] = offered > 0 ? (double) run.abandoned()[q][k] / offered : 0;
                }
                out[q][k] = RiskVerdict.nearestRank(rates, level);
            }
        }
        return out;
    }

    /** All queues together, per interval. */
    public static double[] byInterval(List<ReplayRun> runs, double level) {
        check(runs, level);
        int queues = runs.get(0).queues();
        int intervals = runs.get(0).intervals();
        double[] out = new double[intervals];
        double[] rates = new double[runs.size()];
        for (int k = 0; k < intervals; k++) {
            for (int r = 0; r < rates.length; r++) {
                ReplayRun run = runs.get(r);
                long offered = 0;
                long abandoned = 0;
                for (int q = 0; q < queues; q++) {
                    offered += run.offered()[q][k];
                    abandoned += run.abandoned()[q][k];
                }
                rates[r] = offered > 0 ? (double) abandoned / offered : 0;
            }
            out[k] = RiskVerdict.nearestRank(rates, level);
        }
        return out;
    }

    private static void check(List<ReplayRun> runs, double level) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no replications");
        }
        if (!(level > 0 && level <= 1)) {
            throw new IllegalArgumentException("level (" + level + ") must be in (0, 1]");
        }
    }
}
