package wfm.forecasting.intraday;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Surge early warning: a one-sided Poisson CUSUM of interval counts against the day's own level so far, for a step
 * up of the level by {@code designRatio} (e.g. 1.3 for +30%), with over-dispersion allowed for.
 *
 * <p>Statistic (Page 1954; the Poisson form of Lucas, "Counted data CUSUMs", Technometrics 27, 1985), for counts
 * {@code y_i} against the forecast {@code f_i}, in quasi-Poisson units of {@code phi} calls:
 * <pre>
 *   m_i = f_i L,  L = (a + sum_{j &lt; s} y_j / phi) / (b + sum_{j &lt; s} f_j / phi)   the day's level before the run
 *   z_i = (y_i ln(rho) - m_i (rho - 1)) / phi                                log-likelihood ratio of rho vs 1
 *   S_i = max(0, S_{i-1} + z_i),  S_{-1} = 0;                                alarm at the first i with S_i &gt; h
 * </pre>
 * where {@code Gamma(a, b)} is the day-level prior ({@link DayLevelPrior}) and {@code s} the first interval of the
 * current run (the interval after the statistic's last zero). The reference level is the posterior mean of the
 * day's level from the intervals before the run: at the start of the day the prior's mean (so a day that is high
 * from its first interval, a month-start surge the forecast missed, is caught against the forecast), later the
 * day's own level, so that an ordinary forecast miss of the whole day does not pile up as a surge and a step in
 * the middle of the day stands out against the hours before it (a self-starting CUSUM in the sense of Hawkins &amp;
 * Olwell, <i>Cumulative Sum Charts and Charting for Quality Improvement</i>, 1998, ch. 7).
 * The estimated start is {@code s}, the level ratio {@code sum y / sum f} from there to the alarm (calls per
 * forecast call since the surge began). One alert at most per queue and day.
 *
 * <p>The threshold {@code h} is not the textbook one: real counts are over-dispersed and forecasts miss whole days,
 * so a threshold from Poisson theory fires on ordinary days (4 of 20 on the bank data). {@link #calibrate} sets
 * {@code h} on ordinary days: the {@code k+1}-th largest daily peak of the statistic, {@code k = floor(rate x days)},
 * so that at most a share {@code rate} of those days would have alarmed (at least {@code ln(rho)}, one interval's
 * worth of evidence). Its false-alarm rate on new days is close to {@code rate} when those days are like the
 * calibration days; with fewer than {@code 1/rate} days the threshold is the highest peak seen.
 *
 * @param designRatio the level ratio the test is tuned to detect fastest, above 1
 * @param threshold   {@code h}, positive
 * @param dispersion  quasi-Poisson dispersion {@code phi}, at least 1
 * @param level       the day-level prior, the reference before any interval is seen
 */
public record SurgeCusum(double designRatio, double threshold, double dispersion, DayLevelPrior level) {
    public SurgeCusum {
        if (!(designRatio > 1) || Double.isInfinite(designRatio)) {
            throw new IllegalArgumentException("designRatio (" + designRatio + ") must be above 1");
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold (" + threshold + ") must be positive");
        }
        if (!(dispersion >= 1) || Double.isInfinite(dispersion)) {
            throw new IllegalArgumentException("dispersion (" + dispersion + ") must be at least 1");
        }
        if (level == null) {
            throw new IllegalArgumentException("level must be given");
        }
    }

    /**
     * The threshold that at most {@code falseAlarmsPerDay} of the given ordinary days exceed.
     *
     * @param days              ordinary days (forecast and actual calls), at least one
     * @param falseAlarmsPerDay the planner's false-alarm rate, in (0, 1), e.g. 0.05 for one in 20 days
     */
    public static SurgeCusum calibrate(double designRatio, double dispersion, DayLevelPrior level,
                                       List<DayCounts> days, double falseAlarmsPerDay) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no days to calibrate the surge threshold on");
        }
        if (!(falseAlarmsPerDay > 0 && falseAlarmsPerDay < 1)) {
            throw new IllegalArgumentException("falseAlarmsPerDay (" + falseAlarmsPerDay + ") must be in (0, 1)");
        }
        SurgeCusum unbounded = new SurgeCusum(designRatio, Double.POSITIVE_INFINITY, dispersion, level);
        double[] peaks = new double[days.size()];
        for (int d = 0; d < peaks.length; d++) {
            double[] f = days.get(d).expected();
            double[] y = days.get(d).actual();
            peaks[d] = unbounded.scan(f, y, f.length).peak;
        }
        Arrays.sort(peaks);
        int allowed = (int) Math.floor(falseAlarmsPerDay * peaks.length);
        double h = peaks[peaks.length - 1 - allowed];
        return new SurgeCusum(designRatio, Math.max(h, Math.log(designRatio)), dispersion, level);
    }

    /** The largest value the statistic reaches over the day. */
    public double peak(double[] forecast, double[] actual) {
        return scan(forecast, actual, forecast.length).peak;
    }

    /** The first alarm among the intervals before {@code upTo}, if any. */
    public Optional<SurgeAlert> firstAlarm(double[] forecast, double[] actual, int upTo) {
        return Optional.ofNullable(scan(forecast, actual, upTo).alert);
    }

    private record Scan(double peak, SurgeAlert alert) {
    }

    private Scan scan(double[] forecast, double[] actual, int upTo) {
        double logRatio = Math.log(designRatio);
        double shape = level.shape();
        double rate = level.rate();
        double s = 0;
        double peak = 0;
        int start = 0;
        double reference = shape / rate;
        for (int i = 0; i < upTo; i++) {
            if (Double.isNaN(actual[i])) {
                continue;
            }
            s += (actual[i] * logRatio - forecast[i] * reference * (designRatio - 1)) / dispersion;
            if (s <= 0) {
                s = 0;
                double[] sums = DayCounts.observed(forecast, actual, start, i + 1);
                shape += sums[0] / dispersion;
                rate += sums[1] / dispersion;
                start = i + 1;
                reference = shape / rate;
            } else if (s > threshold) {
                double[] sums = DayCounts.observed(forecast, actual, start, i + 1);
                double level = sums[1] > 0 ? sums[0] / sums[1] : Double.POSITIVE_INFINITY;
                return new Scan(Math.max(peak, s), new SurgeAlert(i, start, level, s));
            }
            peak = Math.max(peak, s);
        }
        return new Scan(peak, null);
    }
}
