package wfm.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;
import wfm.cli.io.ForecastCsv;
import wfm.cli.io.RequirementsCsv;
import wfm.cli.io.RosterCsv;

/** The README's main job, end to end on the 95504 sample: every stage's file, the report and the verdict. */
@Tag("e2e")
class PlanEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void plansHotline95504EndToEndWithAVerdictThatMatchesItsExitCode() throws IOException {
        Path out = dir.resolve("plan");
        Path workspace = dir.resolve("ws");
        assertEquals(ExitCode.OK, Run.wfm("init", workspace.toString()).exitCode());
        Run run = Run.wfm("plan", "--sample", "hotline-95504", "--out", out.toString(), "--horizon", "7d",
                "--time-limit", "10s", "--replications", "5", "--workspace", workspace.toString());
        assertTrue(run.exitCode() == ExitCode.OK || run.exitCode() == ExitCode.TARGET_MISSED, run.out() + run.err());
        boolean holds = run.out().contains("Verdict: the roster holds");
        assertEquals(holds ? ExitCode.OK : ExitCode.TARGET_MISSED, run.exitCode(), run.out());
        assertTrue(holds || run.out().contains("Verdict: the roster does NOT hold"), run.out());
        assertTrue(run.err().contains("seed 1"), "the seed is echoed: " + run.err());
        assertTrue(run.out().contains("Assumed: 5% unplanned absence (whole agent-days) and 8% off-phone time"),
                "the verdict says what it assumed: " + run.out());
        assertTrue(run.out().contains("P(target met)") && run.out().contains("Risk per queue:"), run.out());
        assertTrue(run.err().contains("--absence 5.0% --off-phone 8.0%"), "the equivalent commands: " + run.err());
        assertTrue(holds || run.out().contains("agent-hours") || run.out().contains("re-planning rounds"), run.out());
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("Verdict:"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("Plan summary: assumptions, verdict"));

        List<ForecastCsv.Row> forecast = ForecastCsv.read(out.resolve("forecast.csv"));
        assertEquals(7 * 24 * 4, forecast.size(), "7 days x 24 open half-hours (08:00-20:00) x 4 queues");
        List<RequirementsCsv.Row> requirement = RequirementsCsv.read(out.resolve("requirements.csv"));
        assertEquals(forecast.size(), requirement.size());
        List<RosterCsv.Row> roster = RosterCsv.read(out.resolve("roster.csv"));
        assertTrue(roster.stream().map(RosterCsv.Row::agentId).distinct().count() <= 50, "95504 has 50 seats");
        assertTrue(roster.stream().allMatch(r -> r.start().getHour() >= 8 && !r.end().toLocalTime().isAfter(
                java.time.LocalTime.of(20, 0))), "every shift within opening hours");
        Run stored = Run.wfm("sql", "-w", workspace.toString(), "--format", "csv",
                "select command, seed, (select count(*) from roster r where r.run_id = runs.run_id) as shifts from runs");
        assertEquals("command,seed,shifts\nplan,1," + roster.size() + "\n", stored.out(), stored.err());
        for (String file : List.of("simulation.csv", "daily-kpi.csv", "report.html", "forecast.png", "coverage.png",
                "abandonment.png")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
    }
}
