package wfm.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wfm.cli.ExitCode;
import wfm.cli.workspace.DataKind;
import wfm.cli.workspace.Importer;
import wfm.cli.workspace.Workspace;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load CSV files into the workspace: interval history, call-by-call records, agents, shift "
                + "templates, unavailability, holidays (and forecasts, requirements or rosters made elsewhere).",
                "The kind of file is recognised from its header. Every row is checked before anything is stored; "
                        + "a bad row stops the import of its file, names file, line and column, and changes nothing. "
                        + "Rows whose key is already stored replace the stored row, so importing a file twice "
                        + "changes nothing."},
        footer = {"", "Example:", "  wfm import history.csv agents.csv shifts.csv holidays.csv"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "What the files hold when the header does not tell: history, calls, agents, shifts, "
                    + "unavailability, holidays, forecast, requirements, roster.")
    String kind;

    @Option(names = "--run", paramLabel = "ID", defaultValue = "imported",
            description = "Run id to file forecasts, requirements and rosters under (default: ${DEFAULT-VALUE}).")
    String runId;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files to import.")
    List<Path> files;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(workspace.require(), false)) {
            Importer importer = new Importer(ws);
            for (Path file : files) {
                DataKind k = kind == null ? Importer.detect(file) : DataKind.named(kind);
                Importer.Result result = importer.load(file, k, runId);
                spec.commandLine().getOut().printf("%s: %,d %s rows %s%n", file, result.rows(), k.table(),
                        result.unchanged() ? "already imported, unchanged" : "imported");
            }
        }
        return ExitCode.OK;
    }
}
