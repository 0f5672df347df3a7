package wfm.forecasting.accuracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One queue's forecast errors: the chosen model's own rolling-origin backtest, one {@link DayError} per fold-day,
 * and the intraday noise beyond Poisson. This is the one error model behind the forecast's day-total prediction
 * intervals, the staffing at a confidence level and the simulated futures of {@code wfm simulate}.
 *
 * <p><b>Day level.</b> {@code callsRatio} = actual day total / forecast day total of a fold-day (intervals with no
 * actual are left out of both sums; days forecast below {@value #MIN_DAY_CALLS} call are left out); {@code ahtRatio} = actual / forecast day AHT (handled-calls weighted actual,
 * forecast-calls weighted forecast; NaN when the history has no handle times). A day's ratio is shared by all its
 * intervals. The ratios at lead day {@code d} are pooled with those of the nearest lead days until at least
 * {@value #MIN_DAYS} fold-days are in the sample ({@link #callsRatios(int)}): a handful of origins gives too few
 * days per lead day for 10% and 90% quantiles.
 *
 * <p><b>Intraday noise.</b> {@code intervalCv} is the coefficient of variation of interval actual / expected beyond
 * Poisson, where expected = forecast scaled to the actual day total (the day level removed). Method of moments over
 * every fold-day: {@code cv^2 = max(0, sum((a - e)^2 - e (1 - e / E)) / sum(e^2))}, where {@code e (1 - e/E)} is the
 * Poisson (multinomial, given the day total {@code E}) variance. So a future interval's calls are
 * {@code Poisson(f x R x X)} with {@code R} the day level and {@code X} of mean 1 and CV {@code intervalCv}.
 *
 * <p><b>Day levels for simulation.</b> A ratio measured on a backtest day already holds that day's Poisson noise
 * (variance {@code 1/F} on a forecast of {@code F} calls). A simulation that draws a day level and then Poisson
 * arrivals would count it twice, so {@link #dayLevels(int)} shrinks the pooled ratios toward their mean by
 * {@code sqrt(max(0, 1 - mean(1/F) / var(ratio)))}; the simulated day totals then spread as the measured ratios do.
 * The same for handle time with the sampling variance of a mean of exponential handle times ({@code 1/F}).
 *
 * @param queue      the queue
 * @param days       one entry per backtest fold-day
 * @param intervalCv intraday noise beyond Poisson, &gt;= 0 (0 when the backtest shows none)
 */
public record ForecastErrors(String queue, List<DayError> days, double intervalCv) {
    /** Fewest fold-days behind a quantile of the day level. */
    public static final int MIN_DAYS = 20;
    /** Backtest days forecast below this many calls give no ratio. */
    public static final double MIN_DAY_CALLS = 1;

    /**
     * One backtest fold-day.
     *
     * @param leadDay       1 = the first day after the origin
     * @param callsRatio    actual / forecast day total, &gt;= 0
     * @param ahtRatio      actual / forecast day AHT, &gt; 0, or NaN when unknown
     * @param forecastCalls the fold-day's forecast total (the Poisson scale of the ratio), &gt; 0, or NaN when unknown
     */
    public record DayError(int leadDay, double callsRatio, double ahtRatio, double forecastCalls) {
        public DayError {
            if (leadDay < 1) {
                throw new IllegalArgumentException("leadDay (" + leadDay + ") must be at least 1");
            }
            if (!(callsRatio >= 0) || Double.isInfinite(callsRatio)) {
                throw new IllegalArgumentException("callsRatio (" + callsRatio + ") must be a number >= 0");
            }
            if (!Double.isNaN(ahtRatio) && !(ahtRatio > 0 && ahtRatio < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("ahtRatio (" + ahtRatio + ") must be above 0, or NaN when unknown");
            }
            if (!Double.isNaN(forecastCalls) && !(forecastCalls > 0)) {
                throw new IllegalArgumentException("forecastCalls (" + forecastCalls + ") must be above 0");
            }
        }
    }

    public ForecastErrors {
        days = List.copyOf(days);
        if (!(intervalCv >= 0) || Double.isInfinite(intervalCv)) {
            throw new IllegalArgumentException("intervalCv (" + intervalCv + ") must be a number >= 0");
        }
    }

    /**
     * Measures the errors of one model's backtest.
     *
     * @param forecasts   per fold, the forecast calls of each step after a midnight origin
     * @param actuals     per fold, the actual calls of each step, NaN where closed or missing
     * @param ahtForecast per fold, the forecast AHT of each step (seconds), or null when the history has none
     * @param ahtActual   per fold, the actual AHT of each step, NaN where unknown, or null
     * @param handled     per fold, the handled calls of each step (weights of the actual AHT), NaN where unknown, or null
     */
    public static ForecastErrors measure(String queue, List<double[]> forecasts, List<double[]> actuals,
                                         List<double[]> ahtForecast, List<double[]> ahtActual, List<double[]> handled,
                                         int slotsPerDay) {
        List<DayError> days = new ArrayList<>();
        double excess = 0;
        double expected2 = 0;
        for (int k = 0; k < forecasts.size(); k++) {
            double[] f = forecasts.get(k);
            double[] a = actuals.get(k);
            for (int start = 0; start + slotsPerDay <= f.length; start += slotsPerDay) {
                double fTotal = 0;
                double aTotal = 0;
                for (int h = start; h < start + slotsPerDay; h++) {
                    if (!Double.isNaN(a[h])) {
                        fTotal += f[h];
                        aTotal += a[h];
                    }
                }
                if (!(fTotal >= MIN_DAY_CALLS)) {
                    continue; // a closed day, or too few calls for a ratio to mean anything
                }
                double ratio = aTotal / fTotal;
                for (int h = start; h < start + slotsPerDay; h++) {
                    if (!Double.isNaN(a[h]) && f[h] > 0) {
                        double e = f[h] * ratio;
                        double d = a[h] - e;
                        excess += d * d - e * (1 - f[h] / fTotal);
                        expected2 += e * e;
                    }
                }
                double aht = ahtForecast == null ? Double.NaN
                        : dayAhtRatio(f, ahtForecast.get(k), ahtActual.get(k), handled.get(k), a, start, slotsPerDay);
                days.add(new DayError(start / slotsPerDay + 1, ratio, aht, fTotal));
            }
        }
        double cv = expected2 > 0 ? Math.sqrt(Math.max(0, excess / expected2)) : 0;
        return new ForecastErrors(queue, days, cv);
    }

    private static double dayAhtRatio(double[] f, double[] ahtF, double[] ahtA, double[] handled, double[] a,
                                      int start, int slotsPerDay) {
        double fw = 0;
        double fSum = 0;
        double aw = 0;
        double aSum = 0;
        for (int h = start; h < start + slotsPerDay; h++) {
            if (f[h] > 0 && !Double.isNaN(ahtF[h])) {
                fw += f[h];
                fSum += f[h] * ahtF[h];
            }
            double w = !Double.isNaN(handled[h]) ? handled[h] : a[h];
            if (!Double.isNaN(ahtA[h]) && w > 0) {
                aw += w;
                aSum += w * ahtA[h];
            }
        }
        return fw > 0 && aw > 0 && fSum > 0 && aSum > 0 ? (aSum / aw) / (fSum / fw) : Double.NaN;
    }

    /** The longest lead day measured (0 when there are no days). */
    public int leadDays() {
        return days.stream().mapToInt(DayError::leadDay).max().orElse(0);
    }

    /** Whether the backtest knew handle times. */
    public boolean hasAht() {
        return days.stream().anyMatch(d -> !Double.isNaN(d.ahtRatio()));
    }

    /**
     * The fold-days behind lead day {@code leadDay}: its own, then whole lead days by distance (see
     * {@link #poolLeads}). Lead days beyond the backtest take the last ones measured.
     */
    public List<DayError> pooled(int leadDay) {
        if (days.isEmpty()) {
            throw new IllegalStateException("queue '" + queue + "' has no backtest days to draw errors from");
        }
        int[] daysByLead = new int[leadDays()];
        days.forEach(d -> daysByLead[d.leadDay() - 1]++);
        List<DayError> out = new ArrayList<>();
        for (int lead : poolLeads(daysByLead, Math.min(Math.max(1, leadDay), leadDays()) - 1)) {
            days.stream().filter(d -> d.leadDay() == lead + 1).forEach(out::add);
        }
        return out;
    }

    /**
     * The one pooling rule of backtest errors, for day ratios and interval residuals alike: lead day {@code lead}
     * (0-based), then the nearest lead days (earlier first on a tie) until at least {@value #MIN_DAYS} backtest days
     * are in or none are left. A handful of origins gives too few days per lead day, and a day's intervals share its
     * day-level error, so only days, not intervals, tell how far a day can err.
     *
     * @param daysByLead backtest days measured at each lead day (index 0 = lead day 1)
     * @return the 0-based lead days to pool, in the order taken
     */
    static List<Integer> poolLeads(int[] daysByLead, int lead) {
        List<Integer> out = new ArrayList<>();
        int taken = 0;
        for (int dist = 0; dist < daysByLead.length && taken < MIN_DAYS; dist++) {
            for (int l : dist == 0 ? new int[] {lead} : new int[] {lead - dist, lead + dist}) {
                if (l >= 0 && l < daysByLead.length && taken < MIN_DAYS) {
                    out.add(l);
                    taken += daysByLead[l];
                }
            }
        }
        return out;
    }

    /** The measured day-total ratios pooled for a lead day (see {@link #pooled}). */
    public double[] callsRatios(int leadDay) {
        return pooled(leadDay).stream().mapToDouble(DayError::callsRatio).toArray();
    }

    /** The measured day AHT ratios pooled for a lead day; empty when the history had no handle times. */
    public double[] ahtRatios(int leadDay) {
        return pooled(leadDay).stream().mapToDouble(DayError::ahtRatio).filter(r -> !Double.isNaN(r)).toArray();
    }

    /**
     * The {@code p} quantile of the day-total ratio at a lead day: the day's calls stay at or under
     * {@code forecast x quantile} with probability {@code p}. The distribution is the empirical one of the pooled
     * ratios, the one a simulation resamples, so the quantile is its inverse (R's type 1: the
     * {@code ceil(p n)}-th smallest of n ratios), not an interpolation between ratios no future is drawn from.
     */
    public double callsRatioQuantile(int leadDay, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p (" + p + ") must be in [0, 1]");
        }
        double[] r = callsRatios(leadDay);
        Arrays.sort(r);
        return r[Math.max(0, (int) Math.ceil(p * r.length - 1e-9) - 1)];
    }

    /**
     * The calls to staff an interval for so that its day meets the target with probability {@code confidence}: the
     * interval's forecast times the {@code confidence} quantile of the day-total ratio at that lead day. The day
     * level is shared by all of a day's intervals (a busy day is busy all day), so the day holds with that
     * probability only if every interval is staffed for the same quantile of the day level, not for interval
     * quantiles that would assume the intervals err independently.
     */
    public double callsAtConfidence(int leadDay, double forecastCalls, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence (" + confidence + ") must be above 0 and below 1");
        }
        return forecastCalls * callsRatioQuantile(leadDay, confidence);
    }

    /**
     * {lo80, hi80, lo95, hi95} of a day's total calls forecast at {@code forecastCalls}, {@code leadDay} ahead: the
     * forecast times the 10/90/2.5/97.5% quantiles of the day-total ratio ({@link #callsRatioQuantile}).
     */
    public double[] dayTotalBounds(int leadDay, double forecastCalls) {
        return new double[] {forecastCalls * callsRatioQuantile(leadDay, 0.10),
                forecastCalls * callsRatioQuantile(leadDay, 0.90),
                forecastCalls * callsRatioQuantile(leadDay, 0.025),
                forecastCalls * callsRatioQuantile(leadDay, 0.975)};
    }

    /** Day levels of the calls for a simulation at a lead day: the pooled ratios net of their Poisson noise. */
    public double[] dayLevels(int leadDay) {
        List<DayError> pool = pooled(leadDay);
        return shrink(pool.stream().mapToDouble(DayError::callsRatio).toArray(),
                pool.stream().mapToDouble(DayError::forecastCalls).toArray());
    }

    /** Day levels of handle time for a simulation: pooled AHT ratios net of their sampling noise; empty when unknown. */
    public double[] ahtLevels(int leadDay) {
        List<DayError> pool = pooled(leadDay).stream().filter(d -> !Double.isNaN(d.ahtRatio())).toList();
        return shrink(pool.stream().mapToDouble(DayError::ahtRatio).toArray(),
                pool.stream().mapToDouble(DayError::forecastCalls).toArray());
    }

    private static double[] shrink(double[] ratios, double[] forecastCalls) {
        int n = ratios.length;
        if (n < 2) {
            return ratios;
        }
        double mean = Arrays.stream(ratios).average().orElseThrow();
        double var = Arrays.stream(ratios).map(r -> (r - mean) * (r - mean)).sum() / (n - 1);
        double noise = Arrays.stream(forecastCalls).filter(f -> f > 0).map(f -> 1 / f).average().orElse(0);
        double s = var > 0 ? Math.sqrt(Math.max(0, 1 - noise / var)) : 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(0, mean + s * (ratios[i] - mean));
        }
        return out;
    }
}
