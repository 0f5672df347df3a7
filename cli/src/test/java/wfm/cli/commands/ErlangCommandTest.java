package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import wfm.cli.ExitCode;
import wfm.cli.Run;

class ErlangCommandTest {
    private static final String[] REFERENCE = {"erlang", "--calls", "100", "--period", "30m", "--aht", "180s",
            "--target", "80/20s"};

    private static String[] with(String... more) {
        String[] args = new String[REFERENCE.length + more.length];
        System.arraycopy(REFERENCE, 0, args, 0, REFERENCE.length);
        System.arraycopy(more, 0, args, REFERENCE.length, more.length);
        return args;
    }

    @Test
    void jsonHasTheContractKeysAndTheReferenceAnswer() throws Exception {
        Run run = Run.wfm(with("--max-occupancy", "85%", "--shrinkage", "30%", "--agents", "11..14", "--format", "json"));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("erlang-c", json.get("model").asText());
        assertEquals(10.0, json.get("offered_load_erlangs").asDouble(), 1e-12);
        assertEquals(14, json.get("required_agents").asInt());
        assertEquals(20.0, json.get("scheduled_agents").asDouble(), 1e-9);
        JsonNode rows = json.get("rows");
        assertEquals(4, rows.size());
        JsonNode r13 = rows.get(2);
        assertEquals(13, r13.get("agents").asInt());
        assertEquals(0.2852705, r13.get("p_wait").asDouble(), 1e-7);
        assertEquals(0.7955948, r13.get("service_level").asDouble(), 1e-7);
        assertEquals(17.1162271821896, r13.get("asa_seconds").asDouble(), 1e-9);
        assertEquals(0.7692308, r13.get("occupancy").asDouble(), 1e-7);
        assertEquals(0.7147295, r13.get("answered_immediately").asDouble(), 1e-7);
        assertTrue(r13.get("abandon_rate").isNull());
        assertTrue(rows.get(0).has("asa_seconds"));
    }

    @Test
    void tableIsTheDefaultAndMarksTheRequirement() {
        Run run = Run.wfm(with("--shrinkage", "30%"));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("offered load 10 Erlangs"), run.out());
        assertTrue(run.out().contains("Required: 14 agents on the phones; 20 to schedule with 30% shrinkage"), run.out());
        assertTrue(run.out().contains("<- required"), run.out());
    }

    @Test
    void csvHasOneRowPerAgentCount() {
        Run run = Run.wfm(with("--agents", "11..14", "--format", "csv"));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals("agents,p_wait,service_level,asa_seconds,occupancy,answered_immediately,abandon_rate", lines[0]);
        assertEquals(5, lines.length);
        assertTrue(lines[1].startsWith("11,0.68211820"), lines[1]);
    }

    @Test
    void erlangAWithPatienceReportsAbandonment() throws Exception {
        Run run = Run.wfm(with("--patience", "120s", "--max-abandon", "2%", "--format", "json"));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("erlang-a", json.get("model").asText());
        int required = json.get("required_agents").asInt();
        for (JsonNode row : json.get("rows")) {
            assertTrue(row.get("abandon_rate").isNumber(), row.toString());
            if (row.get("agents").asInt() == required) {
                assertTrue(row.get("abandon_rate").asDouble() <= 0.02, row.toString());
            }
            if (row.get("agents").asInt() == required - 1) {
                assertTrue(row.get("abandon_rate").asDouble() > 0.02 || row.get("service_level").asDouble() < 0.8,
                        row.toString());
            }
        }
    }

    @Test
    void agentsAloneEvaluatesWithoutARequirement() throws Exception {
        Run run = Run.wfm("erlang", "--calls", "100", "--period", "30m", "--aht", "3m", "--agents", "9..10",
                "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("required_agents").isNull());
        assertEquals(1.0, json.get("rows").get(0).get("p_wait").asDouble());
        assertTrue(json.get("rows").get(0).get("asa_seconds").isNull(), "unbounded wait is null in JSON");
    }

    @Test
    void badInputIsOneLineNamingTheOptionAndTheValue() {
        assertBad(new String[] {"erlang", "--calls", "-5", "--period", "30m", "--aht", "180s"}, "--calls", "-5");
        assertBad(new String[] {"erlang", "--calls", "100", "--period", "0s", "--aht", "180s"}, "--period", "0s");
        assertBad(new String[] {"erlang", "--calls", "100", "--period", "30m", "--aht", "0s"}, "--aht", "0s");
        assertBad(with("--agents", "14..11"), "--agents", "14..11");
        assertBad(new String[] {"erlang", "--calls", "100", "--period", "30x", "--aht", "180s"}, "--period", "30x");
        assertBad(new String[] {"erlang", "--calls", "100", "--period", "30m", "--aht", "180s", "--target", "120/20s"},
                "--target", "120/20s");
        assertBad(with("--max-abandon", "2%"), "--max-abandon", "--patience");
        assertBad(with("--model", "erlang-a"), "--patience", "erlang-a");
    }

    private static void assertBad(String[] args, String option, String value) {
        Run run = Run.wfm(args);
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), String.join(" ", args) + " -> " + run.err());
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(first.contains(option) && first.contains(value), "first line names option and value: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals("", run.out());
    }

    @Test
    void unreachableTargetIsExplainedWithExitThree() {
        Run run = Run.wfm(with("--patience", "60s", "--max-abandon", "0%"));
        assertEquals(ExitCode.INFEASIBLE, run.exitCode(), run.err());
        assertTrue(run.err().contains("abandonment of 0% cannot be met"), run.err());
    }

    @Test
    void helpExplainsEveryOptionWithUnitsAndDefaults() {
        Run run = Run.wfm("erlang", "--help");
        assertEquals(ExitCode.OK, run.exitCode());
        for (String option : new String[] {"--calls", "--period", "--aht", "--target", "--model", "--patience",
                "--agents", "--max-occupancy", "--max-abandon", "--max-asa", "--shrinkage", "--format"}) {
            assertTrue(run.out().contains(option), option + " in help:\n" + run.out());
        }
        assertTrue(run.out().contains("Default: table"), run.out());
    }
}
