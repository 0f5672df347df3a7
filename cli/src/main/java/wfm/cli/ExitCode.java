package wfm.cli;

/** Every exit code of the {@code wfm} command, as published in the contract. */
public final class ExitCode {
    /** The work ran and every target asked for was met. */
    public static final int OK = 0;
    /** The work ran but a target was not met (e.g. simulated abandonment above the limit with --check). */
    public static final int TARGET_MISSED = 1;
    /** Bad input or usage: one line names the file, line, column or option and what is wrong. */
    public static final int BAD_INPUT = 2;
    /** An infeasible or impossible request, explained. */
    public static final int INFEASIBLE = 3;
    /** A bug: an internal error. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
