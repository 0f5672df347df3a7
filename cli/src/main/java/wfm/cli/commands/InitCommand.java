package wfm.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wfm.cli.ExitCode;
import wfm.cli.workspace.Workspace;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a workspace: a folder with one embedded DuckDB file (" + Workspace.FILE_NAME + ") "
                + "that keeps history, agents, shifts and every run's results.",
                "Running 'init' on an existing workspace keeps everything in it."},
        footer = {"", "Example:", "  wfm init plans/95504 && cd plans/95504 && wfm import history.csv"})
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The folder (default: the current one).")
    Path dir = Path.of(".");

    @Override
    public Integer call() {
        boolean existed = Files.exists(dir.resolve(Workspace.FILE_NAME));
        try (Workspace ignored = Workspace.create(dir)) {
            spec.commandLine().getOut().println((existed ? "Workspace already there, kept: " : "Created workspace ")
                    + dir.resolve(Workspace.FILE_NAME).normalize());
        }
        return ExitCode.OK;
    }
}
