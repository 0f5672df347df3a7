package wfm.forecasting.accuracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prediction intervals from backtest residuals, by lead day. Count data are heteroscedastic, so each residual is
 * standardised by {@code sqrt(f + kappa f^2 + 1)} (Poisson variance plus a squared-coefficient-of-variation term
 * for day-level over-dispersion; kappa is the method-of-moments estimate for that lead day, at least 0) and the
 * interval is {@code f + q * sqrt(f + kappa f^2 + 1)} with q the empirical 2.5/10/90/97.5% quantiles of the
 * standardised residuals of that lead day, pooled with the nearest lead days until at least
 * {@link ForecastErrors#MIN_DAYS} backtest days are in (a day's intervals share its day-level error, so a few days'
 * intervals under-state the spread). Bounds are clipped at 0, so they are never negative. Lead days beyond the
 * backtest horizon use the last lead day's figures.
 */
public final class PredictionIntervals {
    private final double[] kappa;
    private final double[][] quantiles;
    private final int slotsPerDay;

    private PredictionIntervals(double[] kappa, double[][] quantiles, int slotsPerDay) {
        this.kappa = kappa;
        this.quantiles = quantiles;
        this.slotsPerDay = slotsPerDay;
    }

    /**
     * @param forecasts per fold, the forecast of each step after the origin (origins at midnight)
     * @param actuals   per fold, the actual of each step, NaN where closed or missing
     */
    public static PredictionIntervals fit(List<double[]> forecasts, List<double[]> actuals, int slotsPerDay) {
        int steps = 0;
        for (double[] f : forecasts) {
            steps = Math.max(steps, f.length);
        }
        int leadDays = Math.max(1, (steps + slotsPerDay - 1) / slotsPerDay);
        List<List<double[]>> byLead = new ArrayList<>();
        int[] daysByLead = new int[leadDays];
        for (int d = 0; d < leadDays; d++) {
            byLead.add(new ArrayList<>());
        }
        boolean any = false;
        for (int k = 0; k < forecasts.size(); k++) {
            double[] f = forecasts.get(k);
            double[] a = actuals.get(k);
            int lastDay = -1;
            for (int h = 0; h < f.length; h++) {
                if (!Double.isNaN(a[h]) && f[h] > 0) {
                    int d = h / slotsPerDay;
                    byLead.get(d).add(new double[] {a[h], f[h]});
                    daysByLead[d] += d != lastDay ? 1 : 0;
                    lastDay = d;
                    any = true;
                }
            }
        }
        if (!any) {
            throw new IllegalArgumentException("no backtest residuals to build prediction intervals from");
        }
        double[] kappa = new double[leadDays];
        double[][] q = new double[leadDays][];
        for (int d = 0; d < leadDays; d++) {
            List<double[]> pairs = pooled(byLead, daysByLead, d);
            kappa[d] = kappa(pairs);
            q[d] = quantiles(pairs, kappa[d]);
        }
        return new PredictionIntervals(kappa, q, slotsPerDay);
    }

    /** The residuals of lead day {@code d} and of the lead days pooled with it ({@link ForecastErrors#poolLeads}). */
    private static List<double[]> pooled(List<List<double[]>> byLead, int[] daysByLead, int d) {
        List<double[]> out = new ArrayList<>();
        for (int lead : ForecastErrors.poolLeads(daysByLead, d)) {
            out.addAll(byLead.get(lead));
        }
        return out;
    }

    private static double kappa(List<double[]> pairs) {
        double excess = 0;
        double f2 = 0;
        for (double[] p : pairs) {
            double e = p[0] - p[1];
            excess += e * e - p[1];
            f2 += p[1] * p[1];
        }
        return f2 > 0 ? Math.max(0, excess / f2) : 0;
    }

    private static double[] quantiles(List<double[]> pairs, double kappa) {
        double[] z = new double[pairs.size()];
        for (int i = 0; i < z.length; i++) {
            double[] p = pairs.get(i);
            z[i] = (p[0] - p[1]) / scale(p[1], kappa);
        }
        Arrays.sort(z);
        return new double[] {quantile(z, 0.025), quantile(z, 0.10), quantile(z, 0.90), quantile(z, 0.975)};
    }

    private static double scale(double f, double kappa) {
        return Math.sqrt(f + kappa * f * f + 1);
    }

    /** Linear interpolation between order statistics (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** {lo80, hi80, lo95, hi95} for a forecast {@code step} intervals after a midnight origin. */
    public double[] bounds(int step, double forecast) {
        int d = Math.min(step / slotsPerDay, kappa.length - 1);
        if (forecast <= 0) {
            return new double[] {0, 0, 0, 0};
        }
        double s = scale(forecast, kappa[d]);
        double[] q = quantiles[d];
        double lo95 = Math.max(0, forecast + q[0] * s);
        double lo80 = Math.max(lo95, Math.max(0, forecast + q[1] * s));
        double hi80 = Math.max(lo80, forecast + q[2] * s);
        double hi95 = Math.max(hi80, forecast + q[3] * s);
        return new double[] {lo80, hi80, lo95, hi95};
    }
}
