package wfm.cli.plan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import wfm.cli.workspace.DataKind;
import wfm.cli.workspace.Importer;
import wfm.cli.workspace.Workspace;

/** Files a finished plan in the workspace under a run id, so planners can compare plans with {@code wfm sql}. */
final class PlanArchive {
    private PlanArchive() {
    }

    static String store(Path workspaceDir, PlanRun run, PlanOutcome outcome, PrintWriter progress) {
        String runId = "plan-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-seed" + run.seed();
        try (Workspace ws = Workspace.open(workspaceDir, false)) {
            Importer importer = new Importer(ws);
            importer.load(run.files().forecast(), DataKind.FORECAST, runId);
            importer.load(run.files().requirements(), DataKind.REQUIREMENTS, runId);
            importer.load(run.files().roster(), DataKind.ROSTER, runId);
            ws.storeResults("simulation", runId, run.files().simulation());
            ws.recordRun(runId, "plan", run.settings().toString() + (outcome.holds() ? " holds" : " misses"),
                    run.seed());
        }
        progress.println("stored in workspace " + workspaceDir + " as run " + runId);
        return runId;
    }
}
