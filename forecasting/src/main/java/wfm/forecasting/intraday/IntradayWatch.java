package wfm.forecasting.intraday;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.special.Erf;

/**
 * The intraday calls for one queue and day: the day-level prior (given, from the forecast's backtest errors, or
 * learnt from the history's own days), the rest-of-day update ({@link DayLevelUpdate}) beside the ratio-to-date
 * baseline ({@link RatioToDate}), and the surge test ({@link SurgeCusum}) calibrated on the history's days.
 *
 * <p>The surge test compares counts with the forecast at the day's level so far (from the prior's mean at the start
 * of the day, {@link SurgeCusum}), and is calibrated on the history's days given day-level errors from the same prior
 * ({@link #surgeTest}), so that an ordinary day looks the same to it in calibration and live. Once it has fired,
 * the day's prior no longer describes the day: the rest is then reforecast from the intervals since the surge's
 * estimated start alone, under an all but flat prior (posterior about {@code Gamma(S_y / phi, S_f / phi)} over
 * those intervals, the test's own level estimate with its count uncertainty).
 *
 * @param surgeRatio        the level step the surge test is tuned for, above 1 (e.g. 1.3)
 * @param falseAlarmsPerDay the false-alarm rate per queue and day the planner accepts, in (0, 1) (e.g. 0.05)
 */
public record IntradayWatch(double surgeRatio, double falseAlarmsPerDay) {
    /** The defaults: tuned for a +30% step, one false alarm per queue per 20 operating days. */
    public static final IntradayWatch DEFAULT = new IntradayWatch(1.3, 0.05);
    private static final double GOLDEN = 0.6180339887498949;
    /** The all but flat level prior after a surge alert (coefficient of variation 10: shape 0.01). */
    private static final DayLevelPrior AFTER_SURGE = DayLevelPrior.of(1, 10);

    public IntradayWatch {
        if (!(surgeRatio > 1) || Double.isInfinite(surgeRatio)) {
            throw new IllegalArgumentException("surgeRatio (" + surgeRatio + ") must be above 1");
        }
        if (!(falseAlarmsPerDay > 0 && falseAlarmsPerDay < 1)) {
            throw new IllegalArgumentException("falseAlarmsPerDay (" + falseAlarmsPerDay + ") must be in (0, 1)");
        }
    }

    /**
     * The picture of one queue's day.
     *
     * @param queue       the queue
     * @param today       the day's forecast ({@code expected}) and calls so far ({@code actual}, NaN from
     *                    {@code now} on or where not observed)
     * @param now         the first interval not yet observed
     * @param past        the history's days before today (at least two, for the threshold and a prior)
     * @param errorRatios the forecast's backtest day ratios actual/forecast for this queue, or an empty array to
     *                    learn the prior from {@code past}
     * @param errorDayCalls forecast calls of a typical backtest day behind {@code errorRatios} (NaN: today's total)
     */
    public QueueWatch watch(String queue, DayCounts today, int now, PastDays past, double[] errorRatios,
                            double errorDayCalls) {
        if (past.days().size() < 2) {
            throw new IllegalArgumentException("queue '" + queue + "': the history has " + past.days().size()
                    + " usable day(s) before " + today.date() + "; the intraday update needs at least 2 (and 20 "
                    + "or more to calibrate the surge test to one false alarm in 20 days)");
        }
        double dispersion = past.dispersion();
        DayLevelPrior prior;
        String source;
        if (errorRatios.length >= 2) {
            double dayCalls = Double.isNaN(errorDayCalls) ? today.expectedTotal() : errorDayCalls;
            prior = DayLevelPrior.fromRatios(errorRatios, Math.max(dayCalls, 1), dispersion);
            source = "the forecast's backtest errors (" + errorRatios.length + " days)";
        } else {
            prior = past.prior();
            source = "the history's own " + past.days().size() + " days against a " + PastDays.WEEKS
                    + "-week average";
        }
        double[] forecast = today.expected();
        double[] actual = today.actual();
        double[] ratio = RatioToDate.reforecast(forecast, actual, now);
        SurgeCusum test = surgeTest(past, dispersion, prior);
        Optional<SurgeAlert> alert = test.firstAlarm(forecast, actual, now);
        double drift = past.levelDrift();
        RestOfDay rest = alert.isEmpty()
                ? new DayLevelUpdate(prior, dispersion, drift).reforecast(forecast, actual, now)
                : new DayLevelUpdate(AFTER_SURGE, dispersion, drift).reforecast(forecast,
                        since(actual, alert.get().estimatedStart()), now);
        return new QueueWatch(queue, prior, source, dispersion, rest, ratio, test, past.days().size(), alert);
    }

    private static double[] since(double[] actual, int start) {
        double[] out = actual.clone();
        java.util.Arrays.fill(out, 0, start, Double.NaN);
        return out;
    }

    /**
     * The surge test calibrated on the history's days. Each day keeps its own intraday deviations (its counts
     * against its stand-in forecast scaled to its own level {@code r_d}) but gets a day-level error from the prior,
     * as the live forecast would: its forecast is {@code e_d r_d / theta_d}, with {@code theta_d} the prior's quantile at the low-discrepancy point {@code frac((d + 1) x 0.618...)}
     * (deterministic, evenly spread over the prior). So the false-alarm rate reflects the forecast's day-level
     * error, not the stand-in's (which misses every month-end surge a real forecast knows).
     */
    public SurgeCusum surgeTest(PastDays past, double dispersion, DayLevelPrior prior) {
        List<DayCounts> days = new ArrayList<>(past.days().size());
        for (int d = 0; d < past.days().size(); d++) {
            DayCounts day = past.days().get(d);
            double theta = wilsonHilferty(prior, ((d + 1) * GOLDEN) % 1.0);
            days.add(new DayCounts(day.date(), scaled(day.expected(), day.ratio() / theta), day.actual()));
        }
        return SurgeCusum.calibrate(surgeRatio, dispersion, prior, days, falseAlarmsPerDay);
    }

    static double wilsonHilferty(DayLevelPrior prior, double u) {
        double z = Math.sqrt(2) * Erf.erfInv(2 * u - 1);
        double c = 1 / (9 * prior.shape());
        double cube = 1 - c + z * Math.sqrt(c);
        return prior.mean() * Math.max(cube, 0.05) * Math.max(cube, 0.05) * Math.max(cube, 0.05);
    }

    /** {@code values} times {@code factor}, a new array. */
    private static double[] scaled(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }
}
