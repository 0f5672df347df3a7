package wfm.forecasting.models;

import wfm.forecasting.series.IntervalSeries;

/**
 * Average handle time per interval-of-week: the handled-calls-weighted mean over the last {@code weeks} weeks,
 * smoothed with its neighbouring intervals of the same day (weights 1-2-1), falling back to the queue's overall
 * mean where an interval-of-week has no handled calls. Handle time moves slowly, so a profile is a sound start.
 */
public final class AhtProfile {
    private final double[] weekProfile;
    private final int end;

    private AhtProfile(double[] weekProfile, int end) {
        this.weekProfile = weekProfile;
        this.end = end;
    }

    /** Fits on intervals {@code 0 .. end-1}; the profile is all NaN when the history has no handle times. */
    public static AhtProfile fit(IntervalSeries series, int end, int weeks) {
        int week = series.grid().slotsPerWeek();
        int spd = series.grid().slotsPerDay();
        double[] sum = new double[week];
        double[] weight = new double[week];
        double allSum = 0;
        double allWeight = 0;
        for (int i = Math.max(0, end - weeks * week); i < end; i++) {
            double aht = series.ahtSeconds(i);
            if (Double.isNaN(aht)) {
                continue;
            }
            double w = !Double.isNaN(series.handled(i)) ? series.handled(i)
                    : Double.isNaN(series.offered(i)) ? 1 : series.offered(i);
            w = Math.max(w, 1e-6);
            sum[i % week] += aht * w;
            weight[i % week] += w;
            allSum += aht * w;
            allWeight += w;
        }
        double fallback = allWeight > 0 ? allSum / allWeight : Double.NaN;
        double[] smooth = new double[week];
        for (int k = 0; k < week; k++) {
            int day = k / spd;
            double s = 0;
            double w = 0;
            for (int d = -1; d <= 1; d++) {
                int slot = k % spd + d;
                if (slot < 0 || slot >= spd) {
                    continue;
                }
                int j = day * spd + slot;
                double kernel = d == 0 ? 2 : 1;
                s += kernel * sum[j];
                w += kernel * weight[j];
            }
            smooth[k] = w > 0 ? s / w : fallback;
        }
        return new AhtProfile(smooth, end);
    }

    /** Handle time in seconds for the {@code steps} intervals from grid index {@code first} (>= the fitted end). */
    public double[] forecast(int first, int steps) {
        if (first < end) {
            throw new IllegalArgumentException("first (" + first + ") must not be before the end of history (" + end + ")");
        }
        double[] f = new double[steps];
        for (int h = 0; h < steps; h++) {
            f[h] = weekProfile[(first + h) % weekProfile.length];
        }
        return f;
    }
}
