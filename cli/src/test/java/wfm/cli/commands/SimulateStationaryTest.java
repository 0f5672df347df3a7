package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import wfm.cli.ExitCode;
import wfm.cli.Run;

class SimulateStationaryTest {

    @Test
    void jsonHasTheContractKeysAndAgreesWithErlangA() throws Exception {
        Run run = Run.wfm("simulate", "--stationary", "--arrival-rate", "1200/h", "--aht", "180s", "--patience", "90s",
                "--agents", "62", "--duration", "200h", "--replications", "4", "--seed", "3", "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(4, json.get("replications").asInt());
        assertEquals(3, json.get("seed").asLong());
        assertTrue(json.get("calls_offered").asLong() > 200 * 1200 * 4 * 0.95, run.out());
        assertTrue(json.get("calls_per_second").asDouble() > 0);
        for (String key : new String[] {"abandon_rate", "service_level", "asa_seconds", "occupancy"}) {
            JsonNode m = json.get(key);
            assertTrue(m.get("ci95_low").asDouble() <= m.get("mean").asDouble()
                    && m.get("mean").asDouble() <= m.get("ci95_high").asDouble(), key + ": " + m);
        }
        // Erlang A, 62 agents, 60 Erlangs, patience 90 s: P(abandon) = 0.04459 (birth-death sum in mpmath, see
        // simulation's QueueingTheory); the estimate must be close (4 replications of 200 h)
        assertEquals(0.04459, json.get("abandon_rate").get("mean").asDouble(), 0.003, run.out());
    }

    @Test
    void oneReplicationTakesItsIntervalFromBatchMeans() throws Exception {
        Run run = Run.wfm("simulate", "--stationary", "--arrival-rate", "20/m", "--aht", "3m", "--agents", "65",
                "--duration", "300h", "--replications", "1", "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode asa = json.get("asa_seconds");
        assertTrue(asa.get("ci95_high").asDouble() > asa.get("ci95_low").asDouble(), run.out());
        assertEquals("batch_means", json.get("ci_method").asText());
        assertEquals(0.0, json.get("abandon_rate").get("mean").asDouble());
    }

    @Test
    void tableEchoesTheSeed() {
        Run run = Run.wfm("simulate", "--stationary", "--arrival-rate", "100/h", "--aht", "180s", "--patience", "60s",
                "--agents", "6", "--duration", "50h", "--seed", "77");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("seed 77"), run.out());
        assertTrue(run.out().contains("abandon_rate"), run.out());
    }

    @Test
    void checkExitsOneWhenAbandonmentIsAboveTheTarget() {
        Run run = Run.wfm("simulate", "--stationary", "--arrival-rate", "1200/h", "--aht", "180s", "--patience", "60s",
                "--agents", "58", "--duration", "20h", "--check", "--max-abandon", "2%", "-q");
        assertEquals(ExitCode.TARGET_MISSED, run.exitCode(), run.err());
        assertTrue(run.err().contains("above 2.00%"), run.err());
    }

    @Test
    void tooFewAgentsWithoutAbandonmentIsBadInputInOneLine() {
        Run run = Run.wfm("simulate", "--stationary", "--arrival-rate", "1200/h", "--aht", "180s", "--agents", "50",
                "--duration", "10h");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--agents (50) must exceed the offered load (60.00 Erlangs)"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void badRateNamesTheOption() {
        Run run = Run.wfm("simulate", "--stationary", "--arrival-rate", "lots", "--aht", "180s", "--agents", "5",
                "--duration", "10h");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--arrival-rate"), run.err());
        assertFalse(run.err().contains("at wfm."), run.err());
    }
}
