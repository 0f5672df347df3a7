package wfm.forecasting.intraday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import wfm.forecasting.series.IntervalSeries;

/**
 * The history's own days as the intraday methods need them: each open day before a cut-off with the calls a
 * day-ahead planner would have expected, so that the surge threshold and (when the forecast's backtest errors are
 * not at hand) the day-level prior are learnt from days like the one being watched.
 *
 * <p>The stand-in forecast of a day is the average of the same interval over the last {@code weeks} weeks before it
 * (past values only, missing intervals imputed as {@link IntervalSeries#filledOffered}): the seasonal baseline
 * that is hard to beat one day ahead on real bank data. The first {@code weeks} weeks only serve as the stand-in's
 * past (in a history of {@code weeks + 1} weeks or less, only the first week, and later days average fewer weeks);
 * days without any observed call row (holidays, closed days) are left out.
 *
 * <p>{@link #dispersion()} is the Pearson estimate of the quasi-Poisson dispersion of interval counts around the
 * stand-in's shape scaled to each day's own level, {@code phi_d = sum (y - r_d e)^2 / (r_d e) / (n_d - 1)} over the
 * {@code n_d} observed intervals of day {@code d} ({@code r_d} the day's ratio; McCullagh &amp; Nelder, <i>Generalized
 * Linear Models</i>, 2nd ed., 1989, section 4.5), and its median over the days, at least 1: the median, because
 * days whose shape the stand-in cannot know (month-end surges) would dominate a pooled sum. It includes the
 * shape's own error, which is what the update and the surge test must allow for.
 */
public final class PastDays {
    /** Weeks averaged by the stand-in forecast. */
    public static final int WEEKS = 4;

    private final List<DayCounts> days;

    private PastDays(List<DayCounts> days) {
        this.days = List.copyOf(days);
    }

    /** The open days of {@code series} before {@code before} (exclusive), oldest first. */
    public static PastDays of(IntervalSeries series, LocalDate before) {
        int perDay = series.grid().slotsPerDay();
        int perWeek = series.grid().slotsPerWeek();
        double[] filled = series.filledOffered();
        List<DayCounts> days = new ArrayList<>();
        int first = series.days() > 7 * (WEEKS + 1) ? 7 * WEEKS : 7;
        for (int d = first; d < series.days(); d++) {
            LocalDate date = series.grid().firstDay().plusDays(d);
            if (!date.isBefore(before)) {
                break;
            }
            List<Integer> open = new ArrayList<>();
            for (int s = 0; s < perDay; s++) {
                if (series.isOpen(d * perDay + s)) {
                    open.add(d * perDay + s);
                }
            }
            double[] expected = new double[open.size()];
            double[] actual = new double[open.size()];
            boolean observed = false;
            for (int k = 0; k < open.size(); k++) {
                int i = open.get(k);
                int weeks = Math.min(WEEKS, i / perWeek);
                double sum = 0;
                for (int w = 1; w <= weeks; w++) {
                    sum += filled[i - w * perWeek];
                }
                expected[k] = sum / weeks;
                actual[k] = series.offered(i);
                observed |= !Double.isNaN(actual[k]);
            }
            DayCounts day = new DayCounts(date, expected, actual);
            if (observed && day.ratio() > 0) {
                days.add(day);
            }
        }
        return new PastDays(days);
    }

    public List<DayCounts> days() {
        return days;
    }

    /** Actual / stand-in day totals, one per day. */
    public double[] ratios() {
        return days.stream().mapToDouble(DayCounts::ratio).toArray();
    }

    /** The mean stand-in day total, calls. */
    public double meanDayCalls() {
        return days.stream().mapToDouble(DayCounts::expectedTotal).average().orElse(Double.NaN);
    }

    /** The quasi-Poisson dispersion of interval counts: the median of the days' own, at least 1 (1 without days). */
    public double dispersion() {
        double[] perDay = new double[days.size()];
        int n = 0;
        for (DayCounts day : days) {
            double r = day.ratio();
            double[] e = day.expected();
            double[] y = day.actual();
            double pearson = 0;
            int intervals = 0;
            for (int i = 0; i < e.length; i++) {
                double mean = r * e[i];
                if (!Double.isNaN(y[i]) && mean > 0) {
                    pearson += (y[i] - mean) * (y[i] - mean) / mean;
                    intervals++;
                }
            }
            if (intervals > 1) {
                perDay[n++] = pearson / (intervals - 1);
            }
        }
        return n == 0 ? 1 : Math.max(1, DayLevelPrior.median(Arrays.copyOf(perDay, n)));
    }

    /**
     * {@code kappa}, the coefficient of variation of a day's level in its second half against its first (halves of
     * the calls expected): the robust spread ({@code 1.4826 x MAD}) of {@code x_d = ln(r2_d / r1_d)} over the days,
     * less the count noise of the two halves ({@code phi (1/n1 + 1/n2)}, median over the days), divided by 2 (the
     * drift of the rest against the whole morning, not of half a day against the other), 0 when the noise explains
     * it all.
     */
    public double levelDrift() {
        double phi = dispersion();
        double[] x = new double[days.size()];
        double[] noise = new double[days.size()];
        int n = 0;
        for (DayCounts day : days) {
            double[] e = day.expected();
            double[] y = day.actual();
            double half = day.expectedTotal() / 2;
            double e1 = 0;
            double y1 = 0;
            double e2 = 0;
            double y2 = 0;
            double cumulative = 0;
            for (int i = 0; i < e.length; i++) {
                cumulative += e[i];
                if (Double.isNaN(y[i])) {
                    continue;
                }
                if (cumulative <= half) {
                    e1 += e[i];
                    y1 += y[i];
                } else {
                    e2 += e[i];
                    y2 += y[i];
                }
            }
            if (y1 > 0 && y2 > 0 && e1 > 0 && e2 > 0) {
                x[n] = Math.log((y2 / e2) / (y1 / e1));
                noise[n++] = phi * (1 / y1 + 1 / y2);
            }
        }
        if (n < 3) {
            return 0;
        }
        double[] xs = Arrays.copyOf(x, n);
        double center = DayLevelPrior.median(xs);
        double sd = 1.4826 * DayLevelPrior.median(Arrays.stream(xs).map(v -> Math.abs(v - center)).toArray());
        double drift = sd * sd - DayLevelPrior.median(Arrays.copyOf(noise, n));
        return drift > 0 ? Math.sqrt(drift / 2) : 0;
    }

    /** The day-level prior from these days' ratios, robustly (see {@link DayLevelPrior#fromRatiosRobust}). */
    public DayLevelPrior prior() {
        return DayLevelPrior.fromRatiosRobust(ratios(), meanDayCalls(), dispersion());
    }
}
