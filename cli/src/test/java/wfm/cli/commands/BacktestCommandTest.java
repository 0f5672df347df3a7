package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import wfm.cli.ExitCode;
import wfm.cli.Run;

class BacktestCommandTest {

    @Test
    void reportsEveryModelPerLeadDayAndTheAutomaticChoice(@TempDir Path dir) throws IOException {
        Path h = ForecastCommandTest.history(dir);
        Run run = Run.wfm("backtest", "--history", h.toString(), "--horizon", "7d", "--folds", "4", "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(2, json.get("queues").size());
        JsonNode all = json.get("all").get("models");
        assertEquals(7, all.size(), "five models, combination, auto");
        for (JsonNode m : all) {
            assertEquals(7, m.get("by_lead_day").size());
            assertTrue(m.get("wape").asDouble() > 0 && m.get("wape").asDouble() < 0.5, m.toString());
            assertEquals(4 * 5 * 10 * 2, m.get("intervals").asInt(), "4 folds x 5 weekdays x 10 open hours x 2 queues");
        }
        Run table = Run.wfm("backtest", "--history", h.toString(), "--folds", "4");
        assertTrue(table.out().contains("WAPE by lead day"), table.out());
    }

    @Test
    void tooShortAHistoryIsBadInputNamingTheDaysNeeded(@TempDir Path dir) throws IOException {
        Path h = ForecastCommandTest.history(dir);
        Run run = Run.wfm("backtest", "--history", h.toString(), "--folds", "20");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("needs at least 161 days"), run.err());
    }
}
