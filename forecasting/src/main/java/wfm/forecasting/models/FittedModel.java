package wfm.forecasting.models;

/** A model fitted on a history; immutable. */
public interface FittedModel {
    /**
     * Expected calls for the {@code steps} intervals right after the history. Raw model output: callers zero the
     * closed intervals and clip negatives (see {@link Forecasts#clean}).
     */
    double[] forecast(int steps);
}
