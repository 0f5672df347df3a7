package wfm.forecasting;

import java.time.LocalDateTime;

import wfm.forecasting.series.TimeGrid;

/**
 * One queue's forecast over a horizon: per interval (index {@code h} starts at {@code grid.start(firstIndex + h)})
 * the expected calls, handle time (seconds, NaN when the history has none) and 80%/95% prediction bounds; closed
 * intervals have {@code open[h] == false} and zeros. {@code backtestWape} is NaN when nothing could be backtested;
 * {@code note} says why the forecast departs from the usual backtest-and-choose (a short history), else null.
 */
public record QueueForecast(String queue, String model, double backtestWape, String note, TimeGrid grid, int firstIndex,
                            boolean[] open, double[] calls, double[] ahtSeconds, double[] lo80, double[] hi80,
                            double[] lo95, double[] hi95) {

    public int steps() {
        return calls.length;
    }

    public LocalDateTime start(int h) {
        return grid.start(firstIndex + h);
    }
}
