package wfm.cli;

/** A request that cannot be met with what was given, with the explanation as message. Maps to exit code 3. */
public class InfeasibleException extends RuntimeException {
    public InfeasibleException(String message) {
        super(message);
    }
}
