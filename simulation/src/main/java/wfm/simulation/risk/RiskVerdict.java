package wfm.simulation.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.ReplayRun;

/**
 * Whether a roster holds in the possible futures the replications drew: per day and queue, the probability that
 * the day's abandonment stays within the target, with its 95% confidence interval (Wilson score interval: unlike
 * the normal approximation it stays inside [0, 1] and keeps its coverage near 0 and 1, where these probabilities
 * live).
 *
 * <p>The rule: a day (or queue-day) <em>holds</em> when its estimated P(met) reaches the confidence,
 * {@code pMet >= confidence}; the roster holds when every day does for scope {@link TargetScope#ALL} (the
 * centre-wide days) or every queue-day does for {@link TargetScope#QUEUE}. The interval says how sure that
 * decision is; {@link RiskExperiment} adds replications until every interval lies on one side of the confidence.
 * A day's rate counts the calls that arrived that day (abandoned after midnight included); a replication in which
 * a queue has no calls on a day counts as met with rate 0.
 *
 * @param target       the target judged
 * @param replications replications behind the estimates
 * @param days         per day, all queues together (queue -1)
 * @param byQueueDay   per queue and day ({@code [queue][day]})
 */
public record RiskVerdict(RiskTarget target, int replications, List<DayRisk> days, List<List<DayRisk>> byQueueDay) {
    /** Standard normal 97.5% quantile. */
    private static final double Z95 = 1.959963984540054;

    public RiskVerdict {
        days = List.copyOf(days);
        byQueueDay = byQueueDay.stream().map(List::copyOf).toList();
    }

    /** True when every day the scope judges reaches the confidence. */
    public boolean holds() {
        return misses().isEmpty();
    }

    /** The days (scope ALL) or queue-days (scope QUEUE) that do not reach the confidence, by day then queue. */
    public List<DayRisk> misses() {
        return judged().stream().filter(d -> !d.holds()).toList();
    }

    /** The days the scope judges: the centre-wide days (ALL) or every queue-day, by day then queue (QUEUE). */
    public List<DayRisk> judged() {
        if (target.scope() == TargetScope.ALL) {
            return days;
        }
        List<DayRisk> all = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            for (List<DayRisk> queue : byQueueDay) {
                all.add(queue.get(d));
            }
        }
        return all;
    }

    /** True when every judged day's P(met) interval lies entirely above or below the confidence. */
    public boolean decided() {
        return judged().stream().allMatch(d -> d.decided(target.confidence()));
    }

    /** The verdict of replications of a replay of {@code profile}. */
    public static RiskVerdict of(ArrivalProfile profile, List<ReplayRun> runs, RiskTarget target) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a risk verdict needs at least one replication");
        }
        int queues = profile.queueCount();
        int days = profile.days();
        int perDay = profile.intervalsPerDay();
        int intervals = profile.intervals();
        int r = runs.size();
        double[][][] rate = new double[queues + 1][days][r]; // [queue, last = all][day][replication]
        for (int i = 0; i < r; i++) {
            ReplayRun run = runs.get(i);
            if (run.queues() != queues || run.intervals() != intervals) {
                throw new IllegalArgumentException("replication " + i + " has " + run.queues() + " queues and "
                        + run.intervals() + " intervals, the profile " + queues + " and " + intervals);
            }
            for (int d = 0; d < days; d++) {
                long offeredAll = 0;
                long abandonedAll = 0;
                for (int q = 0; q < queues; q++) {
                    long offered = 0;
                    long abandoned = 0;
                    for (int k = d * perDay; k < Math.min(intervals, (d + 1) * perDay); k++) {
                        offered += run.offered()[q][k];
                        abandoned += run.abandoned()[q][k];
                    }
                    rate[q][d][i] = offered > 0 ? (double) abandoned / offered : 0;
                    offeredAll += offered;
                    abandonedAll += abandoned;
                }
                rate[queues][d][i] = offeredAll > 0 ? (double) abandonedAll / offeredAll : 0;
            }
        }
        List<DayRisk> centre = new ArrayList<>();
        List<List<DayRisk>> byQueue = new ArrayList<>();
        for (int q = 0; q < queues; q++) {
            byQueue.add(new ArrayList<>());
        }
        for (int d = 0; d < days; d++) {
            centre.add(dayRisk(d, -1, rate[queues][d], target));
            for (int q = 0; q < queues; q++) {
                byQueue.get(q).add(dayRisk(d, q, rate[q][d], target));
            }
        }
        return new RiskVerdict(target, r, centre, byQueue);
    }

    private static DayRisk dayRisk(int day, int queue, double[] rates, RiskTarget target) {
        int met = 0;
        double sum = 0;
        for (double x : rates) {
            met += x <= target.maxAbandonRate() ? 1 : 0;
            sum += x;
        }
        int n = rates.length;
        double[] ci = wilson(met, n);
        double pMet = (double) met / n;
        return new DayRisk(day, queue, sum / n, nearestRank(rates, 0.9), pMet, ci[0], ci[1],
                pMet >= target.confidence());
    }

    /**
     * The Wilson score 95% interval {low, high} for {@code successes} out of {@code n}:
     * (p + z^2/2n -+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n).
     */
    public static double[] wilson(int successes, int n) {
        if (n < 1 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes (" + successes + ") <= n (" + n + "), n >= 1");
        }
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * The nearest-rank {@code level} quantile: the smallest value that at least {@code level} of the values do not
     * exceed (so a day's 90th percentile is within the target exactly when at least 90% of the replications meet
     * it). The values are not changed.
     */
    public static double nearestRank(double[] values, double level) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(level * sorted.length - 1e-9);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
