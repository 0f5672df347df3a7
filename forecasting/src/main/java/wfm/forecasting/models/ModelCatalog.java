package wfm.forecasting.models;

import java.util.List;

/** The models the toolkit offers by name, with their default settings. */
public final class ModelCatalog {
    /** Pseudo-model: the combination, or a base model clearly better on the queue's own backtest ({@link AutoChoice}). */
    public static final String AUTO = "auto";

    private ModelCatalog() {
    }

    /** The base models, baselines first. */
    public static List<ForecastModel> baseModels() {
        return List.of(new SeasonalNaive(), new WeekAverage(4), new DoubleSeasonalHoltWinters(),
                new CalendarRegression(), new ScaledAverage());
    }

    /**
     * The members of {@code combination}, averaged with equal weights: three models that err differently (a 4-week
     * slot average, daily totals by calendar regression times an intraday profile, a 12-week shape scaled to the
     * recent level). Equal weights rather than weights from backtest errors: estimated weights rarely beat them
     * out of sample (the "forecast combination puzzle", Smith &amp; Wallis 2009), and did not on the real series.
     */
    public static List<String> ensemble() {
        return List.of(WeekAverage.NAME, CalendarRegression.NAME, ScaledAverage.NAME);
    }

    /** All names accepted by {@code --model}. */
    public static List<String> names() {
        return List.of(AUTO, SeasonalNaive.NAME, WeekAverage.NAME, DoubleSeasonalHoltWinters.NAME,
                CalendarRegression.NAME, ScaledAverage.NAME, Combination.NAME);
    }

    public static ForecastModel base(String name) {
        return baseModels().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--model '" + name + "' is not a model; expected one of "
                        + String.join(", ", names())));
    }
}
