package wfm.cli.plan;

import java.nio.file.Path;
import java.util.List;

import wfm.cli.io.HistoryCsv;
import wfm.cli.io.HolidaysCsv;
import wfm.forecasting.accuracy.Backtest;
import wfm.forecasting.accuracy.Evaluation;
import wfm.forecasting.accuracy.ModelAccuracy;
import wfm.forecasting.models.ModelCatalog;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

/**
 * How accurate the automatically chosen model was per queue: the rolling-origin backtest of every model on each
 * queue's history (the library call behind {@code wfm backtest}), the chosen model's WAPE and 80% interval coverage
 * against the 4-week-average baseline.
 */
record ForecastAccuracy(int horizonDays, int folds, List<Queue> queues) {

    /** The baseline the literature finds hard to beat: the same slot averaged over the last weeks. */
    static final String BASELINE = "week-average";

    /** One queue: the chosen model, its WAPE and the share of actuals inside its 80% interval. */
    record Queue(String queue, String model, double wape, double coverage80, double baselineWape) {
    }

    /** Backtests every model on every queue of {@code history} ({@code holidays} may be null). */
    static ForecastAccuracy measure(Path history, Path holidays, int horizonDays, int folds) {
        List<IntervalSeries> series = HistoryCsv.read(history, 0);
        HolidayCalendar calendar = holidays == null ? HolidayCalendar.NONE : HolidaysCsv.read(holidays);
        List<Queue> queues = series.parallelStream().map(s -> {
            Backtest backtest = Backtest.run(s, calendar, ModelCatalog.baseModels(), horizonDays, folds);
            Evaluation evaluation = new Evaluation();
            backtest.addTo(evaluation);
            List<ModelAccuracy> models = evaluation.results();
            ModelAccuracy chosen = models.stream().filter(m -> m.model().equals(backtest.best())).findFirst()
                    .orElse(null);
            double baseline = models.stream().filter(m -> m.model().equals(BASELINE))
                    .mapToDouble(m -> m.overall().wape()).findFirst().orElse(Double.NaN);
            return new Queue(s.queue(), backtest.best(), chosen == null ? Double.NaN : chosen.overall().wape(),
                    chosen == null ? Double.NaN : chosen.overall().coverage80(), baseline);
        }).toList();
        return new ForecastAccuracy(horizonDays, folds, queues);
    }
}
