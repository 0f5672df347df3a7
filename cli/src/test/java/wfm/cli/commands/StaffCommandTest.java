package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wfm.cli.ExitCode;
import wfm.cli.Run;
import wfm.cli.io.RequirementsCsv;

class StaffCommandTest {
    @TempDir
    Path dir;

    private Path forecast(String... rows) throws Exception {
        Path file = dir.resolve("forecast.csv");
        Files.writeString(file, "interval_start,queue,calls,aht_seconds\n" + String.join("\n", rows) + "\n");
        return file;
    }

    @Test
    void eachIntervalGetsTheErlangRequirementAndScheduledAgentsAfterShrinkage() throws Exception {
        Path in = forecast("2026-12-01T08:00,enquiry,100,180", "2026-12-01T08:30,enquiry,0,0",
                "2026-12-01T09:00,enquiry,200,180", "2026-12-01T08:00,complaint,25,360",
                "2026-12-01T08:15,complaint,25,360");
        Path out = dir.resolve("requirements.csv");
        Run run = Run.wfm("staff", "--forecast", in.toString(), "--target", "80/20s", "--max-occupancy", "85%",
                "--shrinkage", "30%", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<RequirementsCsv.Row> rows = RequirementsCsv.read(out);
        assertEquals(5, rows.size());
        assertEquals(14, rows.get(0).requiredAgents(), "the published 100 calls / 30 min example");
        assertEquals(rows.get(0).intervalStart().plusMinutes(30), rows.get(0).intervalEnd());
        assertEquals(0, rows.get(1).requiredAgents(), "no calls, no agents");
        // complaint: 15-minute intervals inferred from its own starts: 25 calls x 360 s / 900 s = 10 Erlangs
        assertEquals(rows.get(3).intervalStart().plusMinutes(15), rows.get(3).intervalEnd());
        // 13 agents: 1 - 0.28527 exp(-3 x 20 / 360) = 0.759; 14 agents: 1 - 0.17413 exp(-4 x 20 / 360) = 0.861
        assertEquals(14, rows.get(3).requiredAgents());
        String csv = Files.readString(out);
        assertTrue(csv.lines().findFirst().orElse("").contains("scheduled_agents"), csv);
        assertTrue(csv.contains("2026-12-01T08:00,2026-12-01T08:30,enquiry,14,100,180,20\n"), csv);
        assertTrue(run.out().contains("Staffed 5 intervals in 2 queues"), run.out());
        assertTrue(run.out().contains("Peak: "), run.out());
    }

    @Test
    void erlangAWithAbandonmentTargetAsThePlanCallsIt() throws Exception {
        Path in = forecast("2026-12-01T08:00,default,100,180", "2026-12-01T08:30,default,300,180");
        Path out = dir.resolve("req.csv");
        Run run = Run.wfm("staff", "--forecast", in.toString(), "--target", "80/20s", "--patience", "120s",
                "--max-abandon", "2%", "--shrinkage", "30%", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<RequirementsCsv.Row> rows = RequirementsCsv.read(out);
        assertEquals(15, rows.get(0).requiredAgents(), "same as wfm erlang --patience 120s --max-abandon 2%");
        assertTrue(run.out().contains("Erlang A"), run.out());
    }

    @Test
    void badForecastCellIsReportedWithFileLineAndColumn() throws Exception {
        Path in = forecast("2026-12-01T08:00,default,100,180", "2026-12-01T08:30,default,-3,180");
        Run run = Run.wfm("staff", "--forecast", in.toString(), "--target", "80/20s", "--out",
                dir.resolve("r.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(":3") && run.err().contains("calls"), run.err());
    }

    @Test
    void aSingleIntervalNeedsAnExplicitLength() throws Exception {
        Path in = forecast("2026-12-01T08:00,default,100,180");
        Run run = Run.wfm("staff", "--forecast", in.toString(), "--target", "80/20s", "--out",
                dir.resolve("r.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("--interval"), run.err());
        Run given = Run.wfm("staff", "--forecast", in.toString(), "--target", "80/20s", "--interval", "30m",
                "--out", dir.resolve("r.csv").toString());
        assertEquals(ExitCode.OK, given.exitCode(), given.err());
    }

    @Test
    void noTargetIsBadUsageAndAnImpossibleOneIsInfeasible() throws Exception {
        Path in = forecast("2026-12-01T08:00,default,100,180", "2026-12-01T08:30,default,100,180");
        Run none = Run.wfm("staff", "--forecast", in.toString(), "--out", dir.resolve("r.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, none.exitCode(), none.err());
        Run impossible = Run.wfm("staff", "--forecast", in.toString(), "--patience", "60s", "--max-abandon", "0",
                "--out", dir.resolve("r.csv").toString());
        assertEquals(ExitCode.INFEASIBLE, impossible.exitCode(), impossible.err());
        assertTrue(impossible.err().contains("2026-12-01T08:00"), impossible.err());
    }
}
