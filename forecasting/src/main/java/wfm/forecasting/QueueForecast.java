package wfm.forecasting;

import java.time.LocalDate;
import java.time.LocalDateTime;

import wfm.forecasting.accuracy.ForecastErrors;
import wfm.forecasting.series.TimeGrid;

/**
 * One queue's forecast over a horizon: per interval (index {@code h} starts at {@code grid.start(firstIndex + h)})
 * the expected calls, handle time (seconds, NaN when the history has none) and 80%/95% prediction bounds; closed
 * intervals have {@code open[h] == false} and zeros. {@code backtestWape} is NaN when nothing could be backtested;
 * {@code note} says why the forecast departs from the usual backtest-and-choose (a short history), else null.
 * {@code errors} are the chosen model's backtest errors (no days when nothing could be backtested); the horizon's
 * first day is lead day {@code firstLeadDay} of those errors.
 */
public record QueueForecast(String queue, String model, double backtestWape, String note, TimeGrid grid, int firstIndex,
                            boolean[] open, double[] calls, double[] ahtSeconds, double[] lo80, double[] hi80,
                            double[] lo95, double[] hi95, ForecastErrors errors, int firstLeadDay) {

    /** A forecast without measured errors. */
    public QueueForecast(String queue, String model, double backtestWape, String note, TimeGrid grid, int firstIndex,
                         boolean[] open, double[] calls, double[] ahtSeconds, double[] lo80, double[] hi80,
                         double[] lo95, double[] hi95) {
        this(queue, model, backtestWape, note, grid, firstIndex, open, calls, ahtSeconds, lo80, hi80, lo95, hi95,
                new ForecastErrors(queue, java.util.List.of(), 0), 1);
    }

    public int steps() {
        return calls.length;
    }

    public LocalDateTime start(int h) {
        return grid.start(firstIndex + h);
    }

    /** Days in the horizon. */
    public int days() {
        return steps() / grid.slotsPerDay();
    }

    public LocalDate day(int d) {
        return start(d * grid.slotsPerDay()).toLocalDate();
    }

    /** Forecast calls of day {@code d} of the horizon (0 = the first day). */
    public double dayCalls(int d) {
        double sum = 0;
        for (int h = d * grid.slotsPerDay(); h < (d + 1) * grid.slotsPerDay(); h++) {
            sum += calls[h];
        }
        return sum;
    }

    /**
     * {lo80, hi80, lo95, hi95} of day {@code d}'s total calls: the forecast day total times the 10/90/2.5/97.5%
     * quantiles of the backtest's day-total ratios at that lead day ({@link ForecastErrors#dayTotalBounds}).
     */
    public double[] dayTotalBounds(int d) {
        if (errors.days().isEmpty()) {
            throw new IllegalStateException("queue '" + queue + "': the forecast has no measured errors");
        }
        return errors.dayTotalBounds(firstLeadDay + d, dayCalls(d));
    }
}
