package wfm.cli.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets the stage commands work inside a workspace: a file option the planner leaves out is filled with the
 * workspace's data (inputs as imported, stage results from the latest run of the stage that makes them), and what
 * a stage writes is stored in the workspace under a new run id with its command line and seed. Outside a workspace,
 * or when every file is named, the command line is left exactly as typed.
 */
public final class StageFiles {
    /** What a stage reads: option to kind of data. */
    private static final Map<String, Map<String, DataKind>> INPUTS = Map.of(
            "forecast", Map.of("--history", DataKind.HISTORY, "--holidays", DataKind.HOLIDAYS),
            "backtest", Map.of("--history", DataKind.HISTORY, "--holidays", DataKind.HOLIDAYS),
            "staff", Map.of("--forecast", DataKind.FORECAST),
            "schedule", Map.of("--requirements", DataKind.REQUIREMENTS, "--agents", DataKind.AGENTS,
                    "--shifts", DataKind.SHIFTS, "--unavailability", DataKind.UNAVAILABILITY),
            "simulate", Map.of("--roster", DataKind.ROSTER, "--forecast", DataKind.FORECAST,
                    "--agents-file", DataKind.AGENTS),
            "whatif", Map.of("--roster", DataKind.ROSTER, "--forecast", DataKind.FORECAST,
                    "--agents-file", DataKind.AGENTS));

    /** What a stage writes with --out (and its default file name). */
    private static final Map<String, DataKind> OUTPUTS = Map.of("forecast", DataKind.FORECAST,
            "staff", DataKind.REQUIREMENTS, "schedule", DataKind.ROSTER);
    private static final Map<String, String> DEFAULT_OUT = Map.of("forecast", "forecast.csv",
            "staff", "requirements.csv", "schedule", "roster.csv");

    private final Path workspace;
    private final String command;
    private final List<String> args;

    private StageFiles(Path workspace, String command, List<String> args) {
        this.workspace = workspace;
        this.command = command;
        this.args = args;
    }

    /** The stage a command line runs inside the workspace holding {@code cwd}, if both apply. */
    public static Optional<StageFiles> of(String[] args, Path cwd) {
        if (args.length == 0 || !INPUTS.containsKey(args[0]) || List.of(args).contains("--help")
                || List.of(args).contains("--stationary")) {
            return Optional.empty();
        }
        return Workspace.find(cwd).map(ws -> new StageFiles(ws, args[0], List.of(args)));
    }

    /** The command line with every missing file option filled from the workspace where it holds that data. */
    public String[] completedArgs() {
        List<String> completed = new ArrayList<>(args);
        try (Workspace ws = Workspace.open(workspace, true)) {
            INPUTS.get(command).forEach((option, kind) -> {
                if (!given(option)) {
                    latestRun(ws, kind).ifPresent(run -> completed.addAll(List.of(option,
                            export(ws, kind, run).toString())));
                }
            });
        }
        return completed.toArray(String[]::new);
    }

    /** Stores what the stage wrote as a new run; returns its id, or empty when the stage writes nothing to keep. */
    public Optional<String> storeOutput(String[] ranWith) {
        DataKind kind = OUTPUTS.get(command);
        if (kind == null) {
            return Optional.empty();
        }
        Path out = Path.of(value(List.of(ranWith), "--out").orElse(DEFAULT_OUT.get(command)));
        if (!Files.isRegularFile(out)) {
            return Optional.empty();
        }
        String runId = command + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        try (Workspace ws = Workspace.open(workspace, false)) {
            new Importer(ws).load(out, kind, runId);
            Long seed = value(List.of(ranWith), "--seed").map(Long::valueOf).orElse(null);
            ws.recordRun(runId, command, String.join(" ", ranWith), seed);
        }
        return Optional.of(runId);
    }

    private boolean given(String option) {
        return args.stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
    }

    private static Optional<String> value(List<String> args, String option) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(option) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(option + "=")) {
                return Optional.of(args.get(i).substring(option.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** For inputs: "" when the table has rows; for stage results: the latest run's id. */
    private static Optional<String> latestRun(Workspace ws, DataKind kind) {
        String sql = kind.hasRunId()
                ? "SELECT run_id FROM " + kind.table() + " t LEFT JOIN runs USING (run_id) "
                        + "GROUP BY run_id ORDER BY max(runs.created_at) DESC NULLS LAST, run_id DESC LIMIT 1"
                : "SELECT '' FROM " + kind.table() + " LIMIT 1";
        try (PreparedStatement p = ws.connection().prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + kind.table() + ": " + Workspace.firstLine(e), e);
        }
    }

    private Path export(Workspace ws, DataKind kind, String runId) {
        Path file = workspace.resolve(".stage-inputs").resolve(kind.table() + ".csv");
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ws.exportCsv(kind, runId, file);
        return file;
    }
}
