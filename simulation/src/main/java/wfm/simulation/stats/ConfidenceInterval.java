package wfm.simulation.stats;

/**
 * A point estimate with a two-sided confidence interval.
 *
 * @param mean  the estimate
 * @param low   lower bound
 * @param high  upper bound
 * @param level confidence level, e.g. 0.95
 * @param n     observations behind it (replications or batches)
 */
public record ConfidenceInterval(double mean, double low, double high, double level, long n) {
    public ConfidenceInterval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level (" + level + ") must be in (0, 1)");
        }
        if (low > high) {
            throw new IllegalArgumentException("low (" + low + ") must not exceed high (" + high + ")");
        }
    }

    /** Half the interval's width. */
    public double halfWidth() {
        return (high - low) / 2;
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
