package wfm.forecasting.accuracy;

/**
 * Forecast accuracy over a set of open intervals. WAPE = sum|a-f| / sum a; MAPE = mean |a-f|/a over intervals with
 * a > 0; MASE = mean |a-f| divided by the in-sample mean absolute error of the seasonal naive forecast (one week);
 * bias = sum(f-a) / sum a (positive: over-forecast); coverage = share of actuals inside the 80% / 95% intervals
 * (NaN when no intervals were given). Shares are fractions, not percent.
 */
public record Accuracy(double wape, double mape, double mase, double bias, double coverage80, double coverage95,
                       long intervals) {
}
