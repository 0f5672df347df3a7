package wfm.cli.plan;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import wfm.cli.ExitCode;
import wfm.cli.Wfm;

/**
 * Runs the stage commands of a plan ({@code forecast}, {@code staff}, {@code schedule}, {@code simulate}, ...)
 * in-process with the same options a planner would type, so a plan is exactly the chain of commands the README
 * shows, checked the same way. A stage's standard output is captured for the plan; its standard error (progress)
 * passes through.
 */
final class StageRunner {
    private final PrintWriter err;
    private final PrintWriter progress;
    private final boolean verbose;
    private final boolean quiet;

    /** Stages report errors on {@code err} always, and progress (theirs and the plan's) unless quiet. */
    StageRunner(PrintWriter err, PrintWriter progress, boolean verbose, boolean quiet) {
        this.err = err;
        this.progress = progress;
        this.verbose = verbose;
        this.quiet = quiet;
    }

    /** A finished stage: its exit code and what it printed on standard output. */
    record Outcome(int exitCode, String out) {
    }

    /**
     * Runs {@code wfm args...}; exit codes 0 and 1 (a target missed) are outcomes, anything else ends the plan with
     * the stage's own exit code, its error message already printed.
     */
    Outcome run(List<String> args) {
        List<String> all = new ArrayList<>(args);
        if (verbose) {
            all.add("--verbose");
        }
        if (quiet) {
            all.add("--quiet");
        }
        progress.println("  $ wfm " + String.join(" ", args));
        progress.flush();
        StringWriter out = new StringWriter();
        CommandLine cli = Wfm.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(err);
        int code = cli.execute(all.toArray(String[]::new));
        if (code != ExitCode.OK && code != ExitCode.TARGET_MISSED) {
            throw new StageFailed(args.get(0), code);
        }
        return new Outcome(code, out.toString());
    }

    /** A stage that could not do its work; the plan stops with the stage's exit code. */
    static final class StageFailed extends RuntimeException {
        final int exitCode;

        StageFailed(String stage, int exitCode) {
            super("the plan stopped at 'wfm " + stage + "' (exit code " + exitCode + ")");
            this.exitCode = exitCode;
        }
    }
}
