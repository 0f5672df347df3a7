package wfm.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.Run;

class PlanSettingsTest {
    @TempDir
    Path dir;

    @Test
    void scheduleStepsAreReadFromPlanYamlAndAbsentByDefault() throws IOException {
        assertNull(PlanSettings.read(dir, "x").scheduleSteps(), "no plan.yaml: search until the time limit");
        Files.writeString(dir.resolve("plan.yaml"), "schedule_time_limit: 20s\n");
        assertNull(PlanSettings.read(dir, "x").scheduleSteps(), "no schedule_steps key");
        Files.writeString(dir.resolve("plan.yaml"), "schedule_time_limit: 2m\nschedule_steps: 60_000\n");
        PlanSettings s = PlanSettings.read(dir, "x");
        assertEquals(60_000, s.scheduleSteps());
        assertEquals("2m", s.scheduleTime());
        Files.writeString(dir.resolve("plan.yaml"), "schedule_steps: 0\n");
        BadInputException e = assertThrows(BadInputException.class, () -> PlanSettings.read(dir, "x"));
        assertTrue(e.getMessage().contains("plan.yaml") && e.getMessage().contains("schedule_steps: 0"), e.getMessage());
    }

    @Test
    void aMisspeltKeyNamesFileLineAndTheNearestKnownKey() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), """
                # comment lines count
                horizon: 7d
                shrinkge: 50%
                """);
        assertEquals(dir.resolve("plan.yaml") + ":3: unknown key 'shrinkge' (did you mean shrinkage?)", message());
        Files.writeString(dir.resolve("plan.yaml"), "absense: 8%\n");
        assertEquals(dir.resolve("plan.yaml") + ":1: unknown key 'absense' (did you mean absence?)", message());
        Files.writeString(dir.resolve("plan.yaml"), "Off_Phone: 5%\n");
        assertTrue(message().endsWith("unknown key 'Off_Phone' (did you mean off_phone?)"), message());
        Files.writeString(dir.resolve("plan.yaml"), "schedule_time: 20s\n");
        assertTrue(message().endsWith("(did you mean schedule_time_limit?)"), message());
        Files.writeString(dir.resolve("plan.yaml"), "colour: blue\n");
        assertTrue(message().endsWith("unknown key 'colour' (known keys: absence, confidence, horizon, hotline, "
                + "max_abandon, off_phone, patience, pool_skills, replications, rounds, schedule_steps, "
                + "schedule_time_limit, shrinkage, start, target, target_scope, week_start)"), message());
    }

    @Test
    void aKeyGivenTwiceNamesBothLines() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), "replications: 10\nrounds: 1\nreplications: 30\n");
        assertEquals(dir.resolve("plan.yaml") + ":3: key 'replications' given twice (also on line 1)", message());
    }

    @Test
    void theContractsKeysAreKnownAndANestedValueIsBadInput() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), """
                absence: 8%
                off_phone: 5%
                confidence: 90%
                target_scope: queue
                week_start: Sunday
                horizon:
                """);
        assertEquals("7d", PlanSettings.read(dir, "x").horizon(), "an empty value keeps the default");
        Files.writeString(dir.resolve("plan.yaml"), "target:\n  service_level: 80%\n");
        assertEquals(dir.resolve("plan.yaml") + ":1: 'target' takes one value, e.g. 'target: ...' on one line",
                message());
        Files.writeString(dir.resolve("plan.yaml"), "horizon: [7d\n");
        assertTrue(message().startsWith(dir.resolve("plan.yaml") + ":1: not valid YAML: "), message());
    }

    @Test
    void planStopsWithExitCode2BeforeAnyWork() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), "shrinkage: 30%\nshrinkge: 50%\n");
        Run run = Run.wfm("plan", "--dir", dir.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertEquals("wfm: " + dir.resolve("plan.yaml") + ":2: unknown key 'shrinkge' (did you mean shrinkage?)",
                run.err().strip());
        assertTrue(Files.notExists(dir.resolve("out").resolve("forecast.csv")));
    }

    private String message() {
        return assertThrows(BadInputException.class, () -> PlanSettings.read(dir, "x")).getMessage();
    }
}
