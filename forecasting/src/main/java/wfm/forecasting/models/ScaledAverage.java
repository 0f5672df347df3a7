package wfm.forecasting.models;

/**
 * The interval-of-week average over the last {@code weeks} weeks (a smooth weekly shape), scaled to the recent
 * level: the ratio of the calls of the last {@code levelDays} days to what the shape expected on them, each day
 * weighted {@code 0.5^(age / halfLifeDays)} (age 0 = the last day). In spirit STL's seasonal component times an
 * exponentially smoothed level (Hyndman &amp; Athanasopoulos, FPP 3rd ed., 7.6 and 8.1), multiplicative, so a quiet
 * night stays quiet when the level moves. It errs differently from {@link WeekAverage} (4 weeks, no level) and
 * {@link CalendarRegression} (day totals by regression), which is why {@link ModelCatalog#ensemble()} averages the
 * three.
 */
public final class ScaledAverage implements ForecastModel {
    public static final String NAME = "scaled-average";
    private final int weeks;
    private final int levelDays;
    private final double halfLifeDays;

    public ScaledAverage(int weeks, int levelDays, double halfLifeDays) {
        if (weeks < 1 || levelDays < 1 || !(halfLifeDays > 0)) {
            throw new IllegalArgumentException("weeks (" + weeks + ") and levelDays (" + levelDays
                    + ") must be at least 1 and halfLifeDays (" + halfLifeDays + ") positive");
        }
        this.weeks = weeks;
        this.levelDays = levelDays;
        this.halfLifeDays = halfLifeDays;
    }

    /** 12 weeks of shape, the level from the last 28 days with a half-life of 3 days. */
    public ScaledAverage() {
        this(12, 28, 3);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FittedModel fit(ModelInput input) {
        int week = input.grid().slotsPerWeek();
        int spd = input.grid().slotsPerDay();
        int n = input.length();
        int k = Math.min(weeks, n / week);
        if (k < 1) {
            throw new IllegalArgumentException("scaled-average needs at least one week of history, got "
                    + input.days() + " days");
        }
        double[] v = input.values();
        // shape[s]: interval s of the week that starts at n - k weeks, i.e. at the same phase as n
        double[] shape = new double[week];
        for (int j = 1; j <= k; j++) {
            int from = n - j * week;
            for (int s = 0; s < week; s++) {
                shape[s] += v[from + s] / k;
            }
        }
        double decay = Math.pow(0.5, 1 / halfLifeDays);
        double calls = 0;
        double expected = 0;
        double weight = 1;
        for (int d = 1; d <= Math.min(levelDays, input.days()); d++) {
            int from = n - d * spd;
            for (int s = 0; s < spd; s++) {
                calls += weight * v[from + s];
                expected += weight * shape[Math.floorMod(from + s - n, week)];
            }
            weight *= decay;
        }
        double level = expected > 0 ? calls / expected : 1;
        return steps -> {
            double[] f = new double[steps];
            for (int h = 0; h < steps; h++) {
                f[h] = level * shape[h % week];
            }
            return f;
        };
    }
}
