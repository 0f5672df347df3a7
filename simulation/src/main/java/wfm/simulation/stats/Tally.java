package wfm.simulation.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Statistics of independent observations (one per call, per replication or per batch), as opposed to
 * {@link TimeWeighted} quantities. Mean and variance by Welford's update (numerically stable). The confidence
 * interval assumes independent, roughly normal observations: use it over replications or batch means, never over
 * the correlated calls of one run.
 */
public final class Tally {
    private long count;
    private double mean;
    private double sumSquares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public void add(double x) {
        count++;
        double delta = x - mean;
        mean += delta / count;
        sumSquares += delta * (x - mean);
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    public long count() {
        return count;
    }

    /** The average; NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** Sample variance (n - 1 denominator); NaN with fewer than two observations. */
    public double variance() {
        return count < 2 ? Double.NaN : sumSquares / (count - 1);
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /**
     * The Student t confidence interval for the mean: mean ± t(level, n-1) · s / √n (quantile from commons-math3).
     * With one observation the interval is the point itself (unknown width is reported as zero-width: callers
     * that need a width must supply at least two observations); with none, NaN.
     */
    public ConfidenceInterval confidenceInterval(double level) {
        if (count < 2) {
            double m = mean();
            return new ConfidenceInterval(m, m, m, level, count);
        }
        double t = level == 0.95
                ? T95.computeIfAbsent(count - 1, df -> quantile(df, level))
                : quantile(count - 1, level);
        double half = t * Math.sqrt(variance() / count);
        return new ConfidenceInterval(mean, mean - half, mean + half, level, count);
    }

    private static final java.util.concurrent.ConcurrentHashMap<Long, Double> T95 =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static double quantile(long degreesOfFreedom, double level) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.5 + level / 2);
    }

    /** The 95% interval. */
    public ConfidenceInterval ci95() {
        return confidenceInterval(0.95);
    }

    /** A tally of the given observations, NaN ones skipped (e.g. ASA of a batch without answered calls). */
    public static Tally of(double... values) {
        Tally t = new Tally();
        for (double v : values) {
            if (!Double.isNaN(v)) {
                t.add(v);
            }
        }
        return t;
    }
}
