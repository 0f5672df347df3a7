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
    void theScheduleWeekStartsOnMondayUnlessPlanYamlSaysOtherwise() throws IOException {
        assertEquals("Monday", PlanSettings.read(dir, "x").weekStart());
        Files.writeString(dir.resolve("plan.yaml"), "week_start: fri\n");
        assertEquals("Friday", PlanSettings.read(dir, "x").weekStart());
        Files.writeString(dir.resolve("plan.yaml"), "week_start: Fryday\n");
        BadInputException e = assertThrows(BadInputException.class, () -> PlanSettings.read(dir, "x"));
        assertTrue(e.getMessage().contains("plan.yaml") && e.getMessage().contains("week_start")
                && e.getMessage().contains("'Fryday' is not a day of the week"), e.getMessage());
    }
}
