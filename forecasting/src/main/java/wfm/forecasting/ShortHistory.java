package wfm.forecasting;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import wfm.forecasting.accuracy.PredictionIntervals;
import wfm.forecasting.models.Combination;
import wfm.forecasting.models.ForecastModel;
import wfm.forecasting.models.Forecasts;
import wfm.forecasting.models.ModelCatalog;
import wfm.forecasting.models.ModelInput;
import wfm.forecasting.models.WeekAverage;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

/**
 * A forecast from a history too short for a rolling-origin backtest (a new hotline), at least {@link #MIN_DAYS}.
 *
 * <p>Model: with no backtest to choose by, {@code auto} (and {@code combination}) take the week-average of the
 * whole weeks available (up to 4; one week: the week itself, i.e. seasonal naive), the model hardest to beat a
 * week ahead (Ibrahim et al. 2016); a model named explicitly is used as asked.
 *
 * <p>Intervals, two documented rules, both widened for how little was seen:
 * <ul>
 * <li>With at least {@link #MIN_ERROR_DAYS} days after the first week: the model's out-of-sample one-day-ahead
 * errors, an origin at every midnight from day 8 on (fitted on the days before only), turned into intervals as a
 * backtest's are ({@link PredictionIntervals}); then each bound's distance from the forecast is multiplied by
 * {@code t(n, p) / z(p)}, Student's t with {@code n} = error days against the normal quantile, since errors are
 * correlated within a day and n days estimate the spread (80%: 1.28x at n = 3 days, 1.03x at n = 21; 95%: 1.62x
 * and 1.06x).
 * Errors at short leads from short windows are larger than the final fit's (4 weeks), which errs wide.</li>
 * <li>Otherwise (7-9 days): {@code f +/- t(d - 1, p) sqrt(2 (f + kappa f^2))}, with {@code kappa} the squared
 * coefficient of variation of the last week's open-day totals (it includes the day-of-week effect, so it
 * over-states the day-level noise) and {@code d} the open days; the 2 because a week-old observation is the
 * forecast, so its own noise adds to the new week's.</li>
 * </ul>
 */
final class ShortHistory {
    /** The least history forecast at all, in days. */
    static final int MIN_DAYS = 7;
    /** One-day-ahead error days needed before the intervals come from errors rather than the day-to-day rule. */
    static final int MIN_ERROR_DAYS = 3;
    private static final int MAX_WEEKS = 4;
    private static final double[] LEVELS = {0.10, 0.90, 0.025, 0.975};

    private ShortHistory() {
    }

    /** The model to fit on the whole history, how sure it is, and the note that says what was done and why. */
    record Fit(ForecastModel model, String label, double wape, QueueForecaster.Bounds bounds, String note) {
    }

    static Fit fit(IntervalSeries series, HolidayCalendar holidays, String requested, String whyNoBacktest) {
        int days = series.days();
        if (days < MIN_DAYS) {
            throw new IllegalArgumentException("queue '" + series.queue() + "': " + days + " days of history are too "
                    + "few: a forecast needs at least " + MIN_DAYS + " days (one week)");
        }
        boolean choose = requested.equals(ModelCatalog.AUTO) || requested.equals(Combination.NAME);
        int weeks = Math.min(MAX_WEEKS, days / 7);
        ForecastModel model = choose ? new WeekAverage(weeks) : ModelCatalog.base(requested);
        String label = choose ? WeekAverage.NAME : requested;
        String what = choose ? "week-average of the last " + (weeks == 1 ? "week" : weeks + " weeks")
                + " (the model hardest to beat a week ahead; no backtest to choose by)" : requested + " as asked";
        int spd = series.grid().slotsPerDay();
        List<double[]> forecasts = new ArrayList<>();
        List<double[]> actuals = new ArrayList<>();
        for (int d = MIN_DAYS; d < days; d++) {
            double[] f;
            try {
                f = Forecasts.forecast(model, ModelInput.of(series, holidays, d), spd);
            } catch (IllegalArgumentException tooShortForThisModel) {
                continue;
            }
            double[] a = new double[spd];
            for (int s = 0; s < spd; s++) {
                int i = d * spd + s;
                a[s] = series.isOpen(i) ? series.offered(i) : Double.NaN;
            }
            forecasts.add(f);
            actuals.add(a);
        }
        String start = "only " + days + " days of history, too few for a backtest (" + whyNoBacktest + "): forecast "
                + "with " + what + "; ";
        if (forecasts.size() >= MIN_ERROR_DAYS) {
            int n = forecasts.size();
            PredictionIntervals pi = PredictionIntervals.fit(forecasts, actuals, spd);
            double[] widen = widening(n);
            QueueForecaster.Bounds bounds = (step, f) -> widened(pi.bounds(step, f), f, widen);
            return new Fit(model, label, wape(forecasts, actuals), bounds, start + "80%/95% intervals from its "
                    + "one-day-ahead errors on the last " + n + " days, widened by Student's t for " + n + " days");
        }
        double[] totals = openDayTotals(series, days - 7, days);
        double kappa = squaredCv(totals);
        int df = Math.max(1, totals.length - 1);
        double[] t = tQuantiles(df);
        QueueForecaster.Bounds bounds = (step, f) -> {
            if (f <= 0) {
                return new double[4];
            }
            double s = Math.sqrt(2 * (f + kappa * f * f));
            return new double[] {Math.max(0, f + t[0] * s), f + t[1] * s, Math.max(0, f + t[2] * s), f + t[3] * s};
        };
        return new Fit(model, label, Double.NaN, bounds, start + String.format("80%%/95%% intervals from the "
                + "day-to-day variation of the last week (Poisson plus %.1f%% day-level CV, doubled for the repeated "
                + "week's own noise, Student's t for %d days): too few days to measure errors",
                100 * Math.sqrt(kappa), df));
    }

    /** {@code t(n, p) / z(p)} for the four interval levels, to stretch each bound's distance from the forecast. */
    static double[] widening(int errorDays) {
        double[] t = tQuantiles(errorDays);
        NormalDistribution z = new NormalDistribution();
        double[] w = new double[LEVELS.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = t[k] / z.inverseCumulativeProbability(LEVELS[k]);
        }
        return w;
    }

    private static double[] tQuantiles(int df) {
        TDistribution t = new TDistribution(df);
        double[] q = new double[LEVELS.length];
        for (int k = 0; k < q.length; k++) {
            q[k] = t.inverseCumulativeProbability(LEVELS[k]);
        }
        return q;
    }

    /** {lo80, hi80, lo95, hi95} with every bound's distance from the forecast stretched, never below 0. */
    private static double[] widened(double[] b, double f, double[] w) {
        return new double[] {Math.max(0, f - w[0] * (f - b[0])), f + w[1] * (b[1] - f), Math.max(0, f - w[2] * (f - b[2])),
                f + w[3] * (b[3] - f)};
    }

    private static double wape(List<double[]> forecasts, List<double[]> actuals) {
        double err = 0;
        double sum = 0;
        for (int k = 0; k < forecasts.size(); k++) {
            double[] f = forecasts.get(k);
            double[] a = actuals.get(k);
            for (int h = 0; h < a.length; h++) {
                if (!Double.isNaN(a[h])) {
                    err += Math.abs(f[h] - a[h]);
                    sum += a[h];
                }
            }
        }
        return sum > 0 ? err / sum : Double.NaN;
    }

    private static double[] openDayTotals(IntervalSeries series, int fromDay, int toDay) {
        int spd = series.grid().slotsPerDay();
        List<Double> totals = new ArrayList<>();
        for (int d = fromDay; d < toDay; d++) {
            double total = 0;
            for (int s = 0; s < spd; s++) {
                int i = d * spd + s;
                total += series.isOpen(i) && !Double.isNaN(series.offered(i)) ? series.offered(i) : 0;
            }
            if (total > 0) {
                totals.add(total);
            }
        }
        return totals.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double squaredCv(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double mean = java.util.Arrays.stream(x).average().orElse(0);
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1) / (mean * mean);
    }
}
