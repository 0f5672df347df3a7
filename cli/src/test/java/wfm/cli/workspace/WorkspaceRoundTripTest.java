package wfm.cli.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import wfm.cli.io.AgentsCsv;
import wfm.cli.io.ForecastCsv;
import wfm.cli.io.RequirementsCsv;
import wfm.cli.io.RosterCsv;
import wfm.cli.io.ShiftsCsv;
import wfm.cli.io.UnavailabilityCsv;

/**
 * A file imported into a workspace and exported back for a stage reads as the same values as the file itself,
 * through the stage's own reader: the workspace's column types must not change what a stage accepts or sees
 * (a whole number stored as a decimal came back as {@code 60.0}, which shifts.csv rejects).
 */
class WorkspaceRoundTripTest {
    @TempDir
    Path dir;

    static Stream<String> samples() throws IOException, URISyntaxException {
        Path root = Path.of(WorkspaceRoundTripTest.class.getResource("/samples").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("agents.csv")))
                    .map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleInputReadsTheSameAfterImportAndExport(String sample) throws URISyntaxException {
        Path folder = Path.of(getClass().getResource("/samples/" + sample).toURI());
        try (Workspace ws = Workspace.create(dir.resolve("ws"))) {
            assertRoundTrip(ws, DataKind.AGENTS, folder.resolve("agents.csv"), AgentsCsv::read);
            assertRoundTrip(ws, DataKind.SHIFTS, folder.resolve("shifts.csv"), ShiftsCsv::read);
            assertRoundTrip(ws, DataKind.UNAVAILABILITY, folder.resolve("unavailability.csv"),
                    UnavailabilityCsv::read);
        }
    }

    @Test
    void stageResultsReadTheSameAfterStoreAndExportIncludingTheRostersQueueOfTheDay() throws IOException {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, """
                agent_id,date,shift_id,start,end,breaks,queue
                A1,2026-12-01,N22,2026-11-30T22:00,2026-12-01T07:00,02:00-03:00,complaints
                A2,2026-12-01,E08,2026-12-01T08:00,2026-12-01T17:00,11:30-12:30;15:00-15:15,enquiry
                """);
        Path requirements = dir.resolve("requirements.csv");
        Files.writeString(requirements, """
                interval_start,interval_end,queue,required_agents,calls,aht_seconds,scheduled_agents
                2026-12-01T08:00,2026-12-01T08:30,enquiry,12.25,100,181.5,17.5
                2026-12-01T08:30,2026-12-01T09:00,enquiry,0,0,180,0
                """);
        Path forecast = dir.resolve("forecast.csv");
        Files.writeString(forecast, """
                interval_start,queue,calls,aht_seconds,calls_lo80,calls_hi80,calls_lo95,calls_hi95
                2026-12-01T08:00,enquiry,100.5,181.5,90,111,85,117
                """);
        try (Workspace ws = Workspace.create(dir.resolve("ws"))) {
            assertFalse(RosterCsv.read(roster).get(0).queue().isEmpty());
            assertRoundTrip(ws, DataKind.ROSTER, roster, RosterCsv::read);
            assertRoundTrip(ws, DataKind.REQUIREMENTS, requirements, RequirementsCsv::read);
            assertRoundTrip(ws, DataKind.FORECAST, forecast, ForecastCsv::read);
        }
    }

    @Test
    void aWorkspaceMadeBeforeAColumnChangedIsBroughtUpToDate() throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace ws = Workspace.create(folder); var s = ws.connection().createStatement()) {
            // the tables as an older version made them: break_minutes a decimal, no queue in the roster
            s.execute("ALTER TABLE shifts ALTER break_minutes TYPE DOUBLE");
            s.execute("ALTER TABLE roster DROP COLUMN queue");
            s.execute("INSERT INTO shifts VALUES ('E08', TIME '08:00', '9h', 60.0, 'Mon-Fri')");
            // and unavailability keyed by agent and day only
            s.execute("DROP TABLE unavailability");
            s.execute("CREATE TABLE unavailability (agent_id VARCHAR, date DATE, \"from\" TIME, \"to\" TIME, "
                    + "PRIMARY KEY (agent_id, date))");
            s.execute("INSERT INTO unavailability VALUES ('A1', DATE '2026-12-01', NULL, NULL)");
        }
        Path shifts = dir.resolve("shifts.csv");
        try (Workspace old = Workspace.open(folder, true)) {
            old.exportCsv(DataKind.SHIFTS, "", shifts);
            old.exportCsv(DataKind.ROSTER, "", dir.resolve("roster.csv"));
        }
        assertEquals(60, ShiftsCsv.read(shifts).get(0).breakMinutes(), "read-only: exported as the reader expects");
        try (Workspace upgraded = Workspace.open(folder, false)) {
            assertEquals(java.util.Map.of("break_minutes", "BIGINT", "queue", "VARCHAR"), java.util.Map.of(
                    "break_minutes", type(upgraded, "shifts", "break_minutes"),
                    "queue", type(upgraded, "roster", "queue")));
            Path leave = dir.resolve("leave.csv");
            Files.writeString(leave, "agent_id,date,from,to\nA1,2026-12-01,,\nA1,2026-12-01,14:00,18:00\n");
            new Importer(upgraded).load(leave, DataKind.UNAVAILABILITY, "");
            assertEquals(2, upgraded.count(DataKind.UNAVAILABILITY, null), "a day's leave and a training that day");
        }
    }

    private static String type(Workspace ws, String table, String column) throws Exception {
        try (var p = ws.connection().prepareStatement("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = ? AND column_name = ?")) {
            p.setString(1, table);
            p.setString(2, column);
            try (var rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : "missing";
            }
        }
    }

    private <T> void assertRoundTrip(Workspace ws, DataKind kind, Path file, Function<Path, List<T>> reader) {
        new Importer(ws).load(file, kind, "run-1");
        Path back = dir.resolve("back-" + kind.table() + ".csv");
        ws.exportCsv(kind, "run-1", back);
        List<T> original = reader.apply(file);
        List<T> exported = reader.apply(back);
        // the same set: a row repeated word for word (a day off both requested and granted) is kept once
        assertEquals(new HashSet<>(original), new HashSet<>(exported), file.toString());
    }
}
