package wfm.forecasting.erlang;

/** No number of agents can meet the staffing targets (e.g. no abandonment at all with impatient callers). */
public class UnreachableTargetException extends RuntimeException {
    public UnreachableTargetException(String message) {
        super(message);
    }
}
