package wfm.cli.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;

/** Inside a workspace, stages read what they are not given from it and store what they write as runs. */
class StageFilesTest {
    @TempDir
    Path ws;

    @Test
    void forecastThenStaffInsideAWorkspaceNeedNoFileOptions() throws IOException {
        assertEquals(ExitCode.OK, Run.wfm("init", ws.toString()).exitCode());
        StringBuilder history = new StringBuilder("interval_start,queue,offered,aht_seconds\n");
        LocalDateTime first = LocalDateTime.of(2026, 10, 5, 8, 0);
        for (int day = 0; day < 56; day++) {
            for (int slot = 0; slot < 24; slot++) {
                LocalDateTime t = first.plusDays(day).plusMinutes(30L * slot);
                long calls = Math.round(20 + 10 * Math.sin(slot / 24.0 * Math.PI) + (day % 7 == 6 ? -8 : 0));
                history.append(t).append(",enquiry,").append(calls).append(",180\n");
            }
        }
        Path file = ws.resolve("history.csv");
        Files.writeString(file, history);
        assertEquals(ExitCode.OK, Run.wfm("import", "-w", ws.toString(), file.toString()).exitCode());

        Run forecast = Run.wfmIn(ws, "forecast", "--horizon", "2d", "--out", ws.resolve("f.csv").toString());
        assertEquals(ExitCode.OK, forecast.exitCode(), forecast.err());
        assertTrue(forecast.err().contains("stored as run forecast-"), forecast.err());

        Run staff = Run.wfmIn(ws, "staff", "--target", "80/20s", "--out", ws.resolve("r.csv").toString());
        assertEquals(ExitCode.OK, staff.exitCode(), staff.err());
        assertTrue(staff.err().contains("stored as run staff-"), staff.err());

        Run runs = Run.wfm("sql", "-w", ws.toString(), "--format", "csv",
                "select command, (select count(*) from requirements q where q.run_id = runs.run_id) "
                        + "+ (select count(*) from forecast f where f.run_id = runs.run_id) as rows from runs order by created_at");
        assertEquals("command,rows\nforecast,48\nstaff,48\n", runs.out(), runs.err());
    }

    @Test
    void outsideAWorkspaceTheCommandLineIsLeftAlone() {
        Run run = Run.wfmIn(ws, "forecast", "--horizon", "2d");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("Missing required option: '--history=FILE'"), run.err());
    }
}
