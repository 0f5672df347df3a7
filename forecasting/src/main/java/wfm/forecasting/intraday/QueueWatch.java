package wfm.forecasting.intraday;

import java.util.Optional;

/**
 * One queue's intraday picture at a moment of the day: where the day's level stands, the rest of the day
 * reforecast, and whether the surge test has fired.
 *
 * @param queue            the queue
 * @param prior            the day-level prior used
 * @param priorSource      where the prior came from, in words (the forecast's backtest errors or the history)
 * @param dispersion       quasi-Poisson dispersion of interval counts, from the history's own days
 * @param rest             the reforecast from the first unobserved interval to the close
 * @param ratioToDate      the baseline reforecast of the same intervals (actual / forecast so far x forecast)
 * @param surgeTest        the surge CUSUM with its calibrated threshold
 * @param calibrationDays  the ordinary days the threshold was calibrated on
 * @param alert            the surge alert of the day so far, if the test fired
 */
public record QueueWatch(String queue, DayLevelPrior prior, String priorSource, double dispersion, RestOfDay rest,
                         double[] ratioToDate, SurgeCusum surgeTest, int calibrationDays,
                         Optional<SurgeAlert> alert) {
    public QueueWatch {
        ratioToDate = ratioToDate.clone();
    }

    @Override
    public double[] ratioToDate() {
        return ratioToDate.clone();
    }
}
