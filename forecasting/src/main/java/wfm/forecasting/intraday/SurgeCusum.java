package wfm.forecasting.intraday;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Surge early warning: a one-sided Poisson CUSUM of interval counts against the calls expected, for a step up of
 * the level by {@code designRatio} (e.g. 1.3 for +30%), with over-dispersion allowed for.
 *
 * <p>Statistic (Page 1954; the Poisson form of Lucas, "Counted data CUSUMs", Technometrics 27, 1985), for counts
 * {@code y_i} against expected {@code m_i}, in quasi-Poisson units of {@code phi} calls:
 * <pre>
 *   z_i = (y_i ln(rho) - m_i (rho - 1)) / phi          log-likelihood ratio of level rho vs 1
 *   S_i = max(0, S_{i-1} + z_i),  S_{-1} = 0;          alarm at the first i with S_i &gt; h
 * </pre>
 * The estimated start is the interval after the statistic's last zero, the level ratio is {@code sum y / sum m}
 * from there to the alarm (the maximum-likelihood level of the step). One alert at most per queue and day.
 *
 * <p>The threshold {@code h} is not the textbook one: real counts are over-dispersed and forecasts miss whole days,
 * so a threshold from Poisson theory fires on ordinary days (4 of 20 on the bank data). {@link #calibrate} sets
 * {@code h} on the history's own days: the {@code k+1}-th largest daily peak of the statistic, {@code k = floor(rate
 * x days)}, so that at most a share {@code rate} of those days would have alarmed. Its false-alarm rate on new
 * days is close to {@code rate} when those days are like the calibration days; with fewer than {@code 1/rate} days
 * the threshold is the highest peak seen (no ordinary day would have fired) and the rate is not resolved.
 *
 * @param designRatio the level ratio the test is tuned to detect fastest, above 1
 * @param threshold   {@code h}, positive
 * @param dispersion  quasi-Poisson dispersion {@code phi}, at least 1
 */
public record SurgeCusum(double designRatio, double threshold, double dispersion) {
    public SurgeCusum {
        if (!(designRatio > 1) || Double.isInfinite(designRatio)) {
            throw new IllegalArgumentException("designRatio (" + designRatio + ") must be above 1");
        }
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold (" + threshold + ") must be positive");
        }
        if (!(dispersion >= 1) || Double.isInfinite(dispersion)) {
            throw new IllegalArgumentException("dispersion (" + dispersion + ") must be at least 1");
        }
    }

    /**
     * The threshold that at most {@code falseAlarmsPerDay} of the given ordinary days exceed.
     *
     * @param days              ordinary days (expected and actual calls), at least one
     * @param falseAlarmsPerDay the planner's false-alarm rate, in (0, 1), e.g. 0.05 for one in 20 days
     */
    public static SurgeCusum calibrate(double designRatio, double dispersion, List<DayCounts> days,
                                       double falseAlarmsPerDay) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no days to calibrate the surge threshold on");
        }
        if (!(falseAlarmsPerDay > 0 && falseAlarmsPerDay < 1)) {
            throw new IllegalArgumentException("falseAlarmsPerDay (" + falseAlarmsPerDay + ") must be in (0, 1)");
        }
        SurgeCusum unit = new SurgeCusum(designRatio, 1, dispersion);
        double[] peaks = new double[days.size()];
        for (int d = 0; d < peaks.length; d++) {
            peaks[d] = unit.peak(days.get(d).expected(), days.get(d).actual());
        }
        Arrays.sort(peaks);
        int allowed = (int) Math.floor(falseAlarmsPerDay * peaks.length);
        double h = peaks[peaks.length - 1 - allowed];
        return new SurgeCusum(designRatio, Math.max(h, Math.log(designRatio)), dispersion);
    }

    /** The largest value the statistic reaches over the day. */
    public double peak(double[] expected, double[] actual) {
        double s = 0;
        double peak = 0;
        for (int i = 0; i < expected.length; i++) {
            if (!Double.isNaN(actual[i])) {
                s = Math.max(0, s + increment(expected[i], actual[i]));
                peak = Math.max(peak, s);
            }
        }
        return peak;
    }

    /** The first alarm among the intervals before {@code upTo}, if any. */
    public Optional<SurgeAlert> firstAlarm(double[] expected, double[] actual, int upTo) {
        double s = 0;
        int start = 0;
        for (int i = 0; i < upTo; i++) {
            if (Double.isNaN(actual[i])) {
                continue;
            }
            s += increment(expected[i], actual[i]);
            if (s <= 0) {
                s = 0;
                start = i + 1;
            } else if (s > threshold) {
                return Optional.of(new SurgeAlert(i, start, ratio(expected, actual, start, i), s));
            }
        }
        return Optional.empty();
    }

    private double increment(double expected, double actual) {
        return (actual * Math.log(designRatio) - expected * (designRatio - 1)) / dispersion;
    }

    private static double ratio(double[] expected, double[] actual, int from, int to) {
        double seen = 0;
        double wanted = 0;
        for (int i = from; i <= to; i++) {
            if (!Double.isNaN(actual[i])) {
                seen += actual[i];
                wanted += expected[i];
            }
        }
        return wanted > 0 ? seen / wanted : Double.POSITIVE_INFINITY;
    }
}
