package wfm.forecasting.models;

/** Seasonal naive: every interval repeats the same interval one week earlier. The baseline every model must beat. */
public final class SeasonalNaive implements ForecastModel {
    public static final String NAME = "seasonal-naive";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FittedModel fit(ModelInput input) {
        int week = input.grid().slotsPerWeek();
        int n = input.length();
        if (n < week) {
            throw new IllegalArgumentException("seasonal-naive needs at least one week of history, got "
                    + input.days() + " days");
        }
        double[] lastWeek = java.util.Arrays.copyOfRange(input.values(), n - week, n);
        return steps -> {
            double[] f = new double[steps];
            for (int h = 0; h < steps; h++) {
                f[h] = lastWeek[h % week];
            }
            return f;
        };
    }
}
