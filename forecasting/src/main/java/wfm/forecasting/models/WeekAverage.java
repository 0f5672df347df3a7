package wfm.forecasting.models;

/**
 * The mean of the same interval-of-week over the last {@code weeks} weeks. Hard to beat beyond a few days ahead
 * (Ibrahim, Ye, L'Ecuyer &amp; Shen 2016, "Modeling and forecasting call center arrivals: a literature survey").
 */
public final class WeekAverage implements ForecastModel {
    public static final String NAME = "week-average";
    private final int weeks;

    public WeekAverage(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks (" + weeks + ") must be at least 1");
        }
        this.weeks = weeks;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FittedModel fit(ModelInput input) {
        int week = input.grid().slotsPerWeek();
        int n = input.length();
        int k = Math.min(weeks, n / week);
        if (k < 1) {
            throw new IllegalArgumentException("week-average needs at least one week of history, got "
                    + input.days() + " days");
        }
        double[] mean = new double[week];
        double[] v = input.values();
        for (int j = 1; j <= k; j++) {
            int from = n - j * week;
            for (int s = 0; s < week; s++) {
                mean[s] += v[from + s] / k;
            }
        }
        return steps -> {
            double[] f = new double[steps];
            for (int h = 0; h < steps; h++) {
                f[h] = mean[h % week];
            }
            return f;
        };
    }
}
