package wfm.forecasting.intraday;

import java.util.Arrays;

/**
 * What is known of a day's level before the day starts: the factor {@code theta = actual day total / forecast day
 * total} is {@code Gamma(shape, rate)} (mean {@code shape / rate}, variance {@code shape / rate^2}). Its mean corrects
 * the forecast's bias, its spread is the forecast's day-level error.
 *
 * <p>{@link #fromRatios} estimates it by the method of moments from backtest ratios of day totals (the forecast's
 * own errors, {@code forecast.errors.csv}, or {@link PastDays} when that is absent). A ratio mixes the level's
 * spread with the count noise of the day total: with quasi-Poisson counts of dispersion {@code phi},
 * {@code Var(ratio) = Var(theta) + phi E[theta] / F} for a day of {@code F} forecast calls, so the count noise is
 * subtracted before matching {@code E[theta] = shape / rate} and {@code Var(theta) = shape / rate^2}. The level's
 * coefficient of variation is floored at 1% so that a handful of lucky ratios never makes the prior a certainty.
 * Source of the model: Jongbloed &amp; Koole, "Managing uncertainty in call centres using Poisson mixtures",
 * Applied Stochastic Models in Business and Industry 17, 2001 (gamma day factor); the update it serves is in
 * {@link DayLevelUpdate}.
 *
 * @param shape gamma shape, positive
 * @param rate  gamma rate, positive
 */
public record DayLevelPrior(double shape, double rate) {
    /** The smallest coefficient of variation of the level a prior is given. */
    public static final double MIN_CV = 0.01;

    public DayLevelPrior {
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException("shape (" + shape + ") must be positive and finite");
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate (" + rate + ") must be positive and finite");
        }
    }

    /** The prior with a given mean and coefficient of variation of the level. */
    public static DayLevelPrior of(double mean, double cv) {
        if (!(mean > 0) || !(cv > 0)) {
            throw new IllegalArgumentException("mean (" + mean + ") and cv (" + cv + ") must be positive");
        }
        double shape = 1 / (cv * cv);
        return new DayLevelPrior(shape, shape / mean);
    }

    /**
     * The method-of-moments prior from day-total ratios actual/forecast.
     *
     * @param ratios          at least two positive ratios
     * @param typicalDayCalls forecast calls of a typical day (for the count noise in a ratio), positive
     * @param dispersion      quasi-Poisson dispersion {@code phi >= 1} of interval counts
     */
    public static DayLevelPrior fromRatios(double[] ratios, double typicalDayCalls, double dispersion) {
        checkRatios(ratios);
        double mean = Arrays.stream(ratios).average().orElseThrow();
        double squares = 0;
        for (double r : ratios) {
            squares += (r - mean) * (r - mean);
        }
        return fromMoments(mean, squares / (ratios.length - 1), typicalDayCalls, dispersion);
    }

    /**
     * As {@link #fromRatios}, with the median for the mean and {@code (1.4826 x median absolute deviation)^2} for
     * the variance (consistent for normal ratios), so that a minority of days the reference forecast cannot know
     * (a stand-in average meeting month-end surges, holidays' neighbours) does not widen the prior.
     */
    public static DayLevelPrior fromRatiosRobust(double[] ratios, double typicalDayCalls, double dispersion) {
        checkRatios(ratios);
        double median = median(ratios);
        double[] deviations = Arrays.stream(ratios).map(r -> Math.abs(r - median)).toArray();
        double sd = 1.4826 * median(deviations);
        return fromMoments(median, sd * sd, typicalDayCalls, dispersion);
    }

    private static DayLevelPrior fromMoments(double mean, double variance, double typicalDayCalls,
                                             double dispersion) {
        double countNoise = dispersion * mean / typicalDayCalls;
        double level = Math.max(variance - countNoise, MIN_CV * MIN_CV * mean * mean);
        return of(mean, Math.sqrt(level) / mean);
    }

    private static void checkRatios(double[] ratios) {
        if (ratios.length < 2) {
            throw new IllegalArgumentException("need at least 2 day ratios to estimate the day-level prior, got "
                    + ratios.length);
        }
        for (double r : ratios) {
            if (!(r > 0) || Double.isInfinite(r)) {
                throw new IllegalArgumentException("day ratio (" + r + ") must be positive");
            }
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public double mean() {
        return shape / rate;
    }

    /** The level's {@code p}-quantile (Commons Math's gamma inverse, relative accuracy about 1e-9). */
    public double quantile(double p) {
        return new org.apache.commons.math3.distribution.GammaDistribution(null, shape, 1 / rate, 1e-12)
                .inverseCumulativeProbability(p);
    }

    /** Coefficient of variation of the level, {@code 1 / sqrt(shape)}. */
    public double cv() {
        return 1 / Math.sqrt(shape);
    }
}
