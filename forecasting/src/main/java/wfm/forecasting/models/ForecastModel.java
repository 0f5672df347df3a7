package wfm.forecasting.models;

/** A forecasting method: fitting returns an immutable {@link FittedModel}. */
public interface ForecastModel {
    /** The name used on the command line and in reports, e.g. {@code holt-winters}. */
    String name();

    /** Fits the model on all of the input. */
    FittedModel fit(ModelInput input);
}
