package wfm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs the wfm command in-process, capturing standard output, standard error and the exit code. */
public record Run(int exitCode, String out, String err) {

    /** Runs {@code wfm args} as if typed in the folder {@code cwd} (workspace discovery starts there). */
    public static Run wfmIn(java.nio.file.Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Wfm.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = Wfm.execute(cli, cwd, args);
        return new Run(code, out.toString(), err.toString());
    }

    public static Run wfm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Wfm.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
