package wfm.forecasting.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import wfm.forecasting.series.HolidayCalendar;

/**
 * Daily totals from a calendar regression, spread over the day by an intraday profile per day type.
 *
 * <p>The regression (ordinary least squares, commons-math3) is fitted on {@code log(1 + daily calls)} of the
 * complete open days of the last {@code fitDays} days, with dummies for the day of week, the last two and the first
 * three days of the month (billing surges), holidays, make-up working days on weekends, and a linear trend. The
 * daily forecast is {@code exp(prediction)} times the mean of {@code exp(residual)} (Duan's smearing estimate, so
 * the back-transformed forecast is a mean, not a median). The intraday profile of a day type (weekday, holiday,
 * make-up workday) is the mean share of each interval over the last {@code profileDays} complete days of that
 * type; a type never seen falls back to a weekday (holiday: Sunday, make-up workday: Monday).
 */
public final class CalendarRegression implements ForecastModel {
    public static final String NAME = "calendar-regression";
    private static final int MONTH_EDGE_DUMMIES = 5;
    private final int fitDays;
    private final int profileDays;

    public CalendarRegression(int fitDays, int profileDays) {
        if (fitDays < 14 || profileDays < 1) {
            throw new IllegalArgumentException("fitDays (" + fitDays + ") must be >= 14 and profileDays ("
                    + profileDays + ") >= 1");
        }
        this.fitDays = fitDays;
        this.profileDays = profileDays;
    }

    public CalendarRegression() {
        this(730, 6);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The fitted coefficients (on the log scale) and intraday profiles. */
    public record Fitted(ModelInput input, double[] beta, boolean[] used, double smearing, double[][] profiles,
                         int trendOrigin) implements FittedModel {
        @Override
        public double[] forecast(int steps) {
            int spd = input.grid().slotsPerDay();
            int n = input.length();
            double[] f = new double[steps];
            for (int h = 0; h < steps; h++) {
                LocalDate date = input.grid().date(n + h);
                if (!input.hours().isOpenDay(date)) {
                    continue;
                }
                double[] x = features(date, input.holidays(), input.days() + h / spd - trendOrigin);
                double eta = beta[0];
                int b = 1;
                for (int j = 0; j < x.length; j++) {
                    if (used[j]) {
                        eta += beta[b++] * x[j];
                    }
                }
                double daily = Math.max(0, Math.exp(eta) * smearing - 1);
                f[h] = daily * profiles[input.holidays().dayType(date)][input.grid().slotOfDay(n + h)];
            }
            return f;
        }
    }

    @Override
    public Fitted fit(ModelInput input) {
        int spd = input.grid().slotsPerDay();
        int days = input.days();
        double[] v = input.values();
        List<Integer> usable = new ArrayList<>();
        for (int d = Math.max(0, days - fitDays); d < days; d++) {
            if (complete(input, d)) {
                usable.add(d);
            }
        }
        if (usable.size() < 14) {
            throw new IllegalArgumentException("calendar-regression needs at least 14 complete open days, got "
                    + usable.size());
        }
        int trendOrigin = usable.get(0);
        int k = features(input.grid().firstDay(), input.holidays(), 0).length;
        double[][] x = new double[usable.size()][];
        double[] y = new double[usable.size()];
        boolean[] used = new boolean[k];
        for (int r = 0; r < usable.size(); r++) {
            int d = usable.get(r);
            x[r] = features(input.grid().date(d * spd), input.holidays(), d - trendOrigin);
            double total = 0;
            for (int s = 0; s < spd; s++) {
                total += v[d * spd + s];
            }
            y[r] = Math.log1p(total);
            for (int j = 0; j < k; j++) {
                used[j] |= x[r][j] != 0;
            }
        }
        if (usable.size() < 56) {
            used[k - 1] = false; // too short a history to tell a trend from noise
        }
        double[] beta = solve(x, y, used);
        double smear = 0;
        int m = 0;
        for (int r = 0; r < x.length; r++) {
            double eta = beta[0];
            int b = 1;
            for (int j = 0; j < k; j++) {
                if (used[j]) {
                    eta += beta[b++] * x[r][j];
                }
            }
            smear += Math.exp(y[r] - eta);
            m++;
        }
        return new Fitted(input, beta, used, smear / m, profiles(input, usable), trendOrigin);
    }

    private static double[] solve(double[][] x, double[] y, boolean[] used) {
        while (true) {
            int cols = 0;
            for (boolean u : used) {
                cols += u ? 1 : 0;
            }
            double[][] xs = new double[x.length][cols];
            for (int r = 0; r < x.length; r++) {
                int c = 0;
                for (int j = 0; j < used.length; j++) {
                    if (used[j]) {
                        xs[r][c++] = x[r][j];
                    }
                }
            }
            if (cols == 0) {
                double mean = java.util.Arrays.stream(y).average().orElse(0);
                return new double[] {mean};
            }
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(y, xs);
            try {
                return ols.estimateRegressionParameters();
            } catch (SingularMatrixException e) {
                // drop the rarest regressor (e.g. a dummy that coincides with another) and try again
                int rarest = -1;
                int fewest = Integer.MAX_VALUE;
                for (int j = 0; j < used.length - 1; j++) {
                    if (used[j]) {
                        int count = 0;
                        for (double[] row : x) {
                            count += row[j] != 0 ? 1 : 0;
                        }
                        if (count < fewest) {
                            fewest = count;
                            rarest = j;
                        }
                    }
                }
                if (rarest < 0) {
                    rarest = used.length - 1;
                }
                used[rarest] = false;
            }
        }
    }

    /** True when the day is open and none of its open intervals is missing. */
    private static boolean complete(ModelInput input, int day) {
        int spd = input.grid().slotsPerDay();
        LocalDate date = input.grid().date(day * spd);
        if (!input.hours().isOpenDay(date)) {
            return false;
        }
        for (int s = 0; s < spd; s++) {
            if (input.missing()[day * spd + s]) {
                return false;
            }
        }
        return true;
    }

    /** Regressors: Tue..Sun, holiday, make-up workday, last, second-last, first, second, third day, trend. */
    static double[] features(LocalDate date, HolidayCalendar holidays, int trendDay) {
        double[] x = new double[6 + 2 + MONTH_EDGE_DUMMIES + 1];
        int type = holidays.dayType(date);
        int dow = date.getDayOfWeek().getValue() - 1;
        if (type == HolidayCalendar.HOLIDAY_TYPE) {
            x[6] = 1;
        } else if (type == HolidayCalendar.MAKEUP_WORKDAY_TYPE) {
            x[7] = 1;
        } else if (dow > 0) {
            x[dow - 1] = 1;
        }
        int fromEnd = date.lengthOfMonth() - date.getDayOfMonth();
        if (fromEnd < 2) {
            x[8 + fromEnd] = 1;
        } else if (date.getDayOfMonth() <= 3) {
            x[10 + date.getDayOfMonth() - 1] = 1;
        }
        x[13] = trendDay / 365.0;
        return x;
    }

    private double[][] profiles(ModelInput input, List<Integer> usable) {
        int spd = input.grid().slotsPerDay();
        double[] v = input.values();
        double[][] sum = new double[HolidayCalendar.DAY_TYPES][spd];
        int[] count = new int[HolidayCalendar.DAY_TYPES];
        for (int r = usable.size() - 1; r >= 0; r--) {
            int d = usable.get(r);
            int type = input.holidays().dayType(input.grid().date(d * spd));
            if (count[type] >= profileDays) {
                continue;
            }
            double total = 0;
            for (int s = 0; s < spd; s++) {
                total += v[d * spd + s];
            }
            if (total <= 0) {
                continue;
            }
            for (int s = 0; s < spd; s++) {
                sum[type][s] += v[d * spd + s] / total;
            }
            count[type]++;
        }
        double[][] profile = new double[HolidayCalendar.DAY_TYPES][spd];
        for (int t = 0; t < HolidayCalendar.DAY_TYPES; t++) {
            int source = count[t] > 0 ? t : HolidayCalendar.fallbackWeekday(t);
            if (count[source] == 0) {
                source = mostSeen(count);
            }
            for (int s = 0; s < spd; s++) {
                profile[t][s] = count[source] == 0 ? 1.0 / spd : sum[source][s] / count[source];
            }
        }
        return profile;
    }

    private static int mostSeen(int[] count) {
        int best = 0;
        for (int t = 1; t < count.length; t++) {
            if (count[t] > count[best]) {
                best = t;
            }
        }
        return best;
    }
}
