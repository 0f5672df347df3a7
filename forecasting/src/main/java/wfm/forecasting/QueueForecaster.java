package wfm.forecasting;

import java.time.LocalDate;
import java.util.List;

import wfm.forecasting.accuracy.Backtest;
import wfm.forecasting.accuracy.ForecastErrors;
import wfm.forecasting.accuracy.PredictionIntervals;
import wfm.forecasting.models.AhtProfile;
import wfm.forecasting.models.Combination;
import wfm.forecasting.models.ForecastModel;
import wfm.forecasting.models.Forecasts;
import wfm.forecasting.models.ModelCatalog;
import wfm.forecasting.models.ModelInput;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

/**
 * Forecasts one queue: backtests the candidate models on the queue's own history (rolling origin, weekly origins,
 * the forecast's own lead times), picks the model ({@code auto}: {@link wfm.forecasting.models.AutoChoice}), refits it on the whole
 * history and attaches prediction intervals from that model's backtest residuals. A history too short for any
 * backtest (but at least a week) is forecast by {@link ShortHistory}, and the forecast's note says so.
 */
public final class QueueForecaster {
    private static final int MAX_BACKTEST_DAYS = 42;
    private static final int AHT_WEEKS = 8;

    private QueueForecaster() {
    }

    /** A forecast's 80%/95% bounds: {lo80, hi80, lo95, hi95} for a forecast {@code step} intervals after the origin. */
    interface Bounds {
        double[] bounds(int step, double forecast);
    }

    /** As {@link #forecast(IntervalSeries, HolidayCalendar, String, LocalDate, int, int, boolean)}, not insisting. */
    public static QueueForecast forecast(IntervalSeries series, HolidayCalendar holidays, String model,
                                         LocalDate start, int horizonDays, int folds) {
        return forecast(series, holidays, model, start, horizonDays, folds, false);
    }

    /**
     * @param model            a name from {@link ModelCatalog#names()}
     * @param start            first day of the horizon, after the last day of history (null: the day after)
     * @param horizonDays      days to forecast
     * @param folds            backtest origins (reduced down to 2 when the history is short)
     * @param insistOnBacktest true when {@code --model auto} was asked for explicitly: a history too short for a
     *                         backtest is then an error naming the days needed, instead of a {@link ShortHistory}
     *                         forecast (at least a week of history)
     */
    public static QueueForecast forecast(IntervalSeries series, HolidayCalendar holidays, String model,
                                         LocalDate start, int horizonDays, int folds, boolean insistOnBacktest) {
        LocalDate first = start == null ? series.lastDay().plusDays(1) : start;
        if (!first.isAfter(series.lastDay())) {
            throw new IllegalArgumentException("--start " + first + " is inside the history of queue '"
                    + series.queue() + "' (it ends " + series.lastDay() + ")");
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("--horizon must be at least one day, got " + horizonDays);
        }
        int gapDays = (int) (first.toEpochDay() - series.lastDay().toEpochDay() - 1);
        int backtestDays = Math.min(MAX_BACKTEST_DAYS, gapDays + horizonDays);
        List<ForecastModel> candidates = model.equals(ModelCatalog.AUTO) || model.equals(Combination.NAME)
                ? ModelCatalog.baseModels() : List.of(ModelCatalog.base(model));
        Backtest backtest;
        try {
            backtest = backtest(series, holidays, candidates, backtestDays, folds);
        } catch (IllegalArgumentException tooShort) {
            if (insistOnBacktest && series.days() >= ShortHistory.MIN_DAYS) {
                throw new IllegalArgumentException(tooShort.getMessage() + "; --model auto insists on a backtest "
                        + "(leave --model out to forecast from a shorter history)");
            }
            String why = tooShort.getMessage().replaceFirst("^queue '[^']*': ", "");
            ShortHistory.Fit fit = ShortHistory.fit(series, holidays, model, why);
            return assemble(series, holidays, fit.model(), fit.bounds(), fit.label(), fit.wape(), fit.note(), gapDays,
                    horizonDays, new ForecastErrors(series.queue(), List.of(), 0));
        }
        String chosen = model.equals(ModelCatalog.AUTO) ? backtest.best() : model;
        ForecastModel fitted = chosen.equals(Combination.NAME)
                ? new Combination(backtest.combinationMembers().stream().map(ModelCatalog::base).toList())
                : ModelCatalog.base(chosen);
        PredictionIntervals intervals = backtest.intervals(chosen);
        double wape = backtest.wape(chosen, java.util.stream.IntStream.range(0, foldsOf(backtest)).boxed().toList());
        String label = chosen.equals(Combination.NAME) ? chosen + "(" + String.join("+", backtest.combinationMembers()) + ")"
                : chosen;
        return assemble(series, holidays, fitted, intervals::bounds, label, wape, null, gapDays, horizonDays,
                backtest.errors(chosen, AHT_WEEKS));
    }

    private static QueueForecast assemble(IntervalSeries series, HolidayCalendar holidays, ForecastModel fitted,
                                          Bounds intervals, String label, double wape, String note, int gapDays,
                                          int horizonDays, ForecastErrors errors) {
        int spd = series.grid().slotsPerDay();
        ModelInput input = ModelInput.of(series, holidays, series.days());
        int gap = gapDays * spd;
        int steps = horizonDays * spd;
        double[] all = Forecasts.forecast(fitted, input, gap + steps);
        double[] aht = AhtProfile.fit(series, series.length(), AHT_WEEKS).forecast(series.length() + gap, steps);
        int firstIndex = series.length() + gap;
        boolean[] open = new boolean[steps];
        double[] calls = new double[steps];
        double[] lo80 = new double[steps];
        double[] hi80 = new double[steps];
        double[] lo95 = new double[steps];
        double[] hi95 = new double[steps];
        for (int h = 0; h < steps; h++) {
            open[h] = series.hours().isOpen(series.grid(), firstIndex + h);
            calls[h] = all[gap + h];
            double[] b = intervals.bounds(gap + h, calls[h]);
            lo80[h] = b[0];
            hi80[h] = b[1];
            lo95[h] = b[2];
            hi95[h] = b[3];
        }
        return new QueueForecast(series.queue(), label, wape, note, series.grid(), firstIndex, open, calls, aht, lo80,
                hi80, lo95, hi95, errors, gapDays + 1);
    }

    private static int foldsOf(Backtest backtest) {
        return backtest.folds();
    }

    /**
     * The backtest with the most folds (down to 2) and the longest horizon (down to a week) the history allows;
     * lead days beyond the backtest horizon take the last lead day's interval widths.
     */
    private static Backtest backtest(IntervalSeries series, HolidayCalendar holidays, List<ForecastModel> models,
                                     int days, int folds) {
        IllegalArgumentException last = null;
        for (int d = days; d >= Math.min(days, 7); d = d > 7 ? Math.max(7, d - 7) : d - 1) {
            for (int k = folds; k >= 2; k--) {
                try {
                    return Backtest.run(series, holidays, models, d, k);
                } catch (IllegalArgumentException e) {
                    last = e; // the smallest backtest tried names the least history needed
                }
            }
        }
        throw last != null ? last : new IllegalArgumentException("folds (" + folds + ") must be at least 2");
    }
}
