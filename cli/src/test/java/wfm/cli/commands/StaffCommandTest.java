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

    /** Twenty backtest days at lead day 1 whose 90% quantile (the 18th smallest, R type 1) is 1.25. */
    private Path errorsBeside(Path forecast) throws Exception {
        StringBuilder csv = new StringBuilder("queue,lead_day,calls_ratio,aht_ratio,interval_cv\n");
        double[] ratios = {0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1, 1, 1, 1, 1, 1, 1, 1.25, 1.25, 1.5};
        for (double r : ratios) {
            csv.append("enquiry,1,").append(r).append(",,0.05\n");
        }
        Path file = dir.resolve("forecast.errors.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void withForecastErrorsEachIntervalIsStaffedForTheDayLevelAtTheConfidence() throws Exception {
        Path in = forecast("2026-12-01T08:00,enquiry,80,180", "2026-12-02T08:00,enquiry,80,180");
        Path out = dir.resolve("requirements.csv");
        String[] args = {"staff", "--forecast", in.toString(), "--target", "80/20s", "--max-occupancy", "85%",
                "--interval", "30m", "--absence", "10%", "--off-phone", "20%", "--out", out.toString()};
        Run point = Run.wfm(args);
        assertEquals(ExitCode.OK, point.exitCode(), point.err());
        assertTrue(RequirementsCsv.read(out).get(0).requiredAgents() < 14, "80 calls need fewer than 100");
        errorsBeside(in);
        Run run = Run.wfm(args);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<RequirementsCsv.Row> rows = RequirementsCsv.read(out);
        // 80 calls x 1.25 = 100 calls in 30 minutes at 180 s: the published example, 14 agents on the phones
        assertEquals(14, rows.get(0).requiredAgents());
        assertEquals(100, rows.get(0).calls(), 1e-9);
        assertEquals(14, rows.get(1).requiredAgents(), "lead day 2 pools lead day 1's ratios");
        // scheduled = 14 / ((1 - 10%)(1 - 20%)) = 19.4444
        assertTrue(Files.readString(out).contains("2026-12-01T08:00,2026-12-01T08:30,enquiry,14,100,180,19.4444\n"),
                Files.readString(out));
        assertTrue(run.out().contains("90% probability"), run.out());
        assertTrue(run.out().contains("10% absence, 20% off-phone"), run.out());
        Run lower = Run.wfm(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--confidence", "50%")).toArray(String[]::new));
        assertEquals(ExitCode.OK, lower.exitCode(), lower.err());
        assertEquals(72, RequirementsCsv.read(out).get(0).calls(), 1e-9, "median: the 10th smallest ratio, 0.9");
    }

    @Test
    void shrinkageAndItsPartsAreMutuallyExclusiveAndConfidenceNeedsErrors() throws Exception {
        Path in = forecast("2026-12-01T08:00,enquiry,80,180", "2026-12-01T08:30,enquiry,80,180");
        Run mixed = Run.wfm("staff", "--forecast", in.toString(), "--target", "80/20s", "--shrinkage", "30%",
                "--off-phone", "10%", "--out", dir.resolve("r.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, mixed.exitCode(), mixed.err());
        assertTrue(mixed.err().contains("'--shrinkage' and '--off-phone' are mutually exclusive"), mixed.err());
        Run noErrors = Run.wfm("staff", "--forecast", in.toString(), "--target", "80/20s", "--confidence", "90%",
                "--out", dir.resolve("r.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, noErrors.exitCode(), noErrors.err());
        assertTrue(noErrors.err().contains("--confidence needs the forecast's errors"), noErrors.err());
        Files.writeString(dir.resolve("forecast.errors.csv"), "queue,lead_day,calls_ratio,aht_ratio,interval_cv\n"
                + "billing,1,1.1,,0.1\n");
        Run otherQueue = Run.wfm("staff", "--forecast", in.toString(), "--target", "80/20s", "--out",
                dir.resolve("r.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, otherQueue.exitCode(), otherQueue.err());
        assertTrue(otherQueue.err().contains("no rows for queue 'enquiry' (the file has queues 'billing')"), otherQueue.err());
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
