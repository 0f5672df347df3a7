package wfm.forecasting.models;

import java.util.List;

/** The models the toolkit offers by name, with their default settings. */
public final class ModelCatalog {
    /** Pseudo-model: the best of the others on the queue's own backtest. */
    public static final String AUTO = "auto";

    private ModelCatalog() {
    }

    /** The base models, baselines first. */
    public static List<ForecastModel> baseModels() {
        return List.of(new SeasonalNaive(), new WeekAverage(4), new DoubleSeasonalHoltWinters(),
                new CalendarRegression());
    }

    /** All names accepted by {@code --model}. */
    public static List<String> names() {
        return List.of(AUTO, SeasonalNaive.NAME, WeekAverage.NAME, DoubleSeasonalHoltWinters.NAME,
                CalendarRegression.NAME, Combination.NAME);
    }

    public static ForecastModel base(String name) {
        return baseModels().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--model '" + name + "' is not a model; expected one of "
                        + String.join(", ", names())));
    }
}
