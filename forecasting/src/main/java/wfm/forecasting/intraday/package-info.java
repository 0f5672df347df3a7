/**
 * Intraday: what the morning says about the rest of the day. {@link wfm.forecasting.intraday.DayLevelUpdate}
 * reforecasts the rest of the day by a Bayesian update of the day's level (gamma prior from the forecast's
 * backtest errors, quasi-Poisson likelihood of the counts so far), {@link wfm.forecasting.intraday.RatioToDate} is
 * the plain actual/forecast-so-far baseline it must beat, and {@link wfm.forecasting.intraday.SurgeCusum} warns of
 * surges with a threshold calibrated on the history's own days ({@link wfm.forecasting.intraday.PastDays}).
 */
package wfm.forecasting.intraday;
