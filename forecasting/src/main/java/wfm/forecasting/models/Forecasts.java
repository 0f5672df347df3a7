package wfm.forecasting.models;

/** Post-processing shared by every model. */
public final class Forecasts {
    private Forecasts() {
    }

    /** Zeroes closed intervals and clips negatives, in place; {@code first} is the grid index of {@code f[0]}. */
    public static double[] clean(double[] f, ModelInput input, int first) {
        for (int h = 0; h < f.length; h++) {
            if (!input.hours().isOpen(input.grid(), first + h) || !(f[h] > 0)) {
                f[h] = 0;
            }
        }
        return f;
    }

    /** Forecasts {@code steps} intervals after the input and cleans them. */
    public static double[] forecast(ForecastModel model, ModelInput input, int steps) {
        return clean(model.fit(input).forecast(steps), input, input.length());
    }
}
