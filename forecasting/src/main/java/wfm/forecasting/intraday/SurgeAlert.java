package wfm.forecasting.intraday;

/**
 * A surge warning on one queue and day.
 *
 * @param interval       index (in the day's intervals) of the interval whose count made the test fire; the alert
 *                       is known at that interval's end
 * @param estimatedStart the test's estimate of the surge's first interval (the CUSUM's last return to zero)
 * @param levelRatio     actual / expected calls from the estimated start through the firing interval
 * @param statistic      the CUSUM statistic when it fired (above the threshold)
 */
public record SurgeAlert(int interval, int estimatedStart, double levelRatio, double statistic) {
}
