package wfm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import wfm.cli.workspace.StageFiles;
import wfm.cli.commands.ErlangCommand;
import wfm.cli.commands.StaffCommand;
import wfm.cli.commands.ImportCommand;
import wfm.cli.commands.ReportCommand;
import wfm.cli.plan.PlanCommand;
import wfm.cli.commands.InitCommand;
import wfm.cli.commands.ExportCommand;
import wfm.cli.commands.ScheduleCommand;
import wfm.cli.commands.SimulateCommand;
import wfm.cli.commands.WhatifCommand;
import wfm.cli.commands.SqlCommand;
import wfm.cli.commands.ForecastCommand;
import wfm.cli.commands.BacktestCommand;
import wfm.cli.commands.SamplesCommand;
import wfm.cli.commands.CallsCommand;
import wfm.cli.commands.IntradayCommand;

/** The root {@code wfm} command: global options and the list of subcommands. */
@Command(name = "wfm",
        mixinStandardHelpOptions = true,
        versionProvider = Wfm.Version.class,
        description = {"Hotline WFM: forecast calls, staff with Erlang C/A, roster agents, and simulate the roster.",
                "",
                "Run 'wfm COMMAND --help' for a command's options."},
        subcommands = {
                PlanCommand.class,
                SamplesCommand.class,
                InitCommand.class,
                ImportCommand.class,
                ForecastCommand.class,
                BacktestCommand.class,
                CallsCommand.class,
                ErlangCommand.class,
                StaffCommand.class,
                ScheduleCommand.class,
                ExportCommand.class,
                SimulateCommand.class,
                WhatifCommand.class,
                IntradayCommand.class,
                ReportCommand.class,
                SqlCommand.class,
                CommandLine.HelpCommand.class,
        },
        usageHelpAutoWidth = true,
        sortOptions = false)
public final class Wfm implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces and diagnostics on standard error.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print no progress or notices on standard error, only results and errors.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line, with the project's error handling; used by {@link Main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Wfm());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Wfm::badUsage);
        cli.setExecutionExceptionHandler(Wfm::failure);
        return cli;
    }

    /** True when --quiet was given: commands print no notices on standard error. */

    /**
     * Runs a command line; inside a workspace a stage command reads the files it is not given from the workspace
     * and stores what it writes there as a new run (see {@link StageFiles}).
     */
    public static int execute(CommandLine cli, Path cwd, String... args) {
        Optional<StageFiles> stage;
        try {
            stage = StageFiles.of(args, cwd);
        } catch (RuntimeException e) {
            return failure(e, cli, null);
        }
        if (stage.isEmpty()) {
            return cli.execute(args);
        }
        try {
            String[] completed = stage.get().completedArgs();
            int code = cli.execute(completed);
            if (code == ExitCode.OK || code == ExitCode.TARGET_MISSED) {
                stage.get().storeOutput(completed).ifPresent(run -> cli.getErr().println("stored as run " + run
                        + " in the workspace"));
            }
            return code;
        } catch (RuntimeException e) {
            return failure(e, cli, null);
        }
    }

    /** True when --quiet was given anywhere on the command line of this command. */
    public static boolean quiet(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof Wfm wfm && wfm.quiet;
    }

    /** True when --verbose was given anywhere on the command line. */
    public static boolean verbose(CommandLine cli) {
        Object root = cli.getCommandSpec().root().userObject();
        return root instanceof Wfm wfm && wfm.verbose;
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        if (verbose(cli) || Arrays.asList(args).contains("--verbose")) {
            e.printStackTrace(err);
        }
        err.println("wfm: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.BAD_INPUT;
    }

    private static int failure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (verbose(cli)) {
            e.printStackTrace(err);
        }
        int code = exitCodeOf(e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (code == ExitCode.INTERNAL) {
            err.println("wfm: internal error: " + e + (verbose(cli) ? "" : " (run with --verbose for the stack trace)"));
        } else {
            err.println("wfm: " + message);
        }
        err.flush();
        return code;
    }

    /** Maps an exception to the contract's exit code; every module's documented exception is listed here. */
    static int exitCodeOf(Throwable e) {
        if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof InfeasibleException) {
            return ExitCode.INFEASIBLE;
        }
        if (e instanceof java.io.UncheckedIOException) {
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.INTERNAL;
    }

    /** The version from the jar manifest (set by Maven), or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Wfm.class.getPackage().getImplementationVersion();
            return new String[] {"wfm " + (version == null ? "development" : version),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
