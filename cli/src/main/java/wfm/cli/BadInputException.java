package wfm.cli;

/**
 * Bad input found by the command line: a file, line, column or option and what is wrong with it.
 * Maps to exit code 2. The message is the one line the user sees.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
