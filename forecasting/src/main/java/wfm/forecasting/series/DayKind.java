package wfm.forecasting.series;

/** What a holidays file says about a date. */
public enum DayKind {
    /** A public holiday: the centre sees holiday traffic even on a weekday. */
    HOLIDAY,
    /** A make-up working day (调休): a weekend date that is worked like a weekday. */
    WORKDAY
}
