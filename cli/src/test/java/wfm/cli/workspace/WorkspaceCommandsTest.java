package wfm.cli.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;

class WorkspaceCommandsTest {
    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void init() {
        ws = dir.resolve("plan");
        Run run = Run.wfm("init", ws.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.exists(ws.resolve(Workspace.FILE_NAME)));
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private String sql(String query, String format) {
        Run run = Run.wfm("sql", "-w", ws.toString(), "--format", format, query);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        return run.out();
    }

    @Test
    void importRecognisesTheKindAndIsIdempotent() throws IOException {
        Path history = file("history.csv", "interval_start,queue,offered,aht_seconds\n"
                + "2026-12-01T08:00,enquiry,12,175.5\n2026-12-01T08:30+08:00,enquiry,15,181\n"
                + "2026-12-01T08:00,complaints,3,\n");
        Run first = Run.wfm("import", "-w", ws.toString(), history.toString());
        assertEquals(ExitCode.OK, first.exitCode(), first.err());
        assertTrue(first.out().contains("3 history rows imported"), first.out());
        Run again = Run.wfm("import", "-w", ws.toString(), history.toString());
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        assertEquals("n\n3\n", sql("select count(*) as n from history", "csv"));
        assertEquals("offered\n27\n", sql("select sum(offered) as offered from history where queue = 'enquiry'", "csv"));
    }

    @Test
    void aBadRowChangesNothingAndNamesFileLineAndColumn() throws IOException {
        Path good = file("agents.csv", "agent_id,name,skills\nA1,Li Wei,enquiry\n");
        assertEquals(ExitCode.OK, Run.wfm("import", "-w", ws.toString(), good.toString()).exitCode());
        Path bad = file("agents2.csv", "agent_id,name,max_hours_per_week\nA2,Wang Fang,40\nA3,Zhao Lei,forty\n");
        Run run = Run.wfm("import", "-w", ws.toString(), bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("wfm: " + bad + ":3: column 'max_hours_per_week': 'forty' is not a number\n", run.err());
        assertEquals("agent_id\nA1\n", sql("select agent_id from agents order by 1", "csv"));
    }

    @Test
    void duplicateKeysInOneFileAreReported() throws IOException {
        Path bad = file("holidays.csv", "date,name,kind\n2026-10-01,National Day,holiday\n2026-10-01,again,holiday\n");
        Run run = Run.wfm("import", "-w", ws.toString(), bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(":3: column 'date': the same date as line 2"), run.err());
    }

    @Test
    void unknownHeaderAsksForKind() throws IOException {
        Path odd = file("odd.csv", "a,b\n1,2\n");
        Run run = Run.wfm("import", "-w", ws.toString(), odd.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("name it with --kind"), run.err());
    }

    @Test
    void sqlIsReadOnlyByDefaultAndPrintsJson() throws IOException {
        Run denied = Run.wfm("sql", "-w", ws.toString(), "delete from agents");
        assertEquals(ExitCode.BAD_INPUT, denied.exitCode());
        assertTrue(denied.err().contains("--write"), denied.err());
        Path shifts = file("shifts.csv", "shift_id,start_time,duration,break_minutes,days\nE0800,08:00,9h,60,Mon-Fri\n");
        assertEquals(ExitCode.OK, Run.wfm("import", "-w", ws.toString(), shifts.toString()).exitCode());
        assertEquals("{\"rows\":[{\"shift_id\":\"E0800\",\"duration\":\"9h\"}]}\n",
                sql("select shift_id, duration from shifts", "json"));
    }

    @Test
    void outsideAWorkspaceSaysHowToMakeOne() {
        Run run = Run.wfm("sql", "-w", dir.resolve("nowhere").toString(), "select 1");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("wfm init"), run.err());
    }

    @Test
    void stageResultsAreKeptPerRunAndExportBackToTheContractFormat() throws IOException {
        Path forecast = file("forecast.csv", "interval_start,queue,calls,aht_seconds,calls_lo80,calls_hi80\n"
                + "2026-12-01T08:00,enquiry,12.5,180,9,16\n2026-12-01T08:30,enquiry,14,181.5,10,18\n");
        try (Workspace w = Workspace.open(ws, false)) {
            Importer importer = new Importer(w);
            importer.load(forecast, DataKind.FORECAST, "run-1");
            importer.load(forecast, DataKind.FORECAST, "run-2");
            w.recordRun("run-1", "forecast", "--horizon 1d", 7L);
            assertEquals(2, w.count(DataKind.FORECAST, "run-1"));
            assertEquals(4, w.count(DataKind.FORECAST, null));
            Path back = dir.resolve("back.csv");
            w.exportCsv(DataKind.FORECAST, "run-2", back);
            List<wfm.cli.io.ForecastCsv.Row> rows = wfm.cli.io.ForecastCsv.read(back);
            assertEquals(2, rows.size());
            assertEquals(java.time.LocalDateTime.of(2026, 12, 1, 8, 30), rows.get(1).intervalStart());
            assertEquals(18, rows.get(1).callsHi80(), 1e-12);
            Path sim = file("sim.csv", "date,queue,abandon_rate\n2026-12-01,enquiry,0.012\n");
            w.storeResults("simulation", "run-1", sim);
            w.storeResults("simulation", "run-1", sim);
        }
        assertEquals("run_id,abandon_rate\nrun-1,0.012\n", sql("select run_id, abandon_rate from simulation", "csv"));
        assertEquals("seed\n7\n", sql("select seed from runs", "csv"));
    }
}
