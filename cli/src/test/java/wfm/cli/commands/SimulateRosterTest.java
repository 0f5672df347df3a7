package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;

class SimulateRosterTest {
    @TempDir
    Path dir;

    /** Two days, 08:00-20:00, two queues; {@code agentsPerShift} agents on an early and on a late shift per day. */
    private void write(int agentsPerShift, double callsPerInterval) throws IOException {
        StringBuilder f = new StringBuilder("interval_start,queue,calls,aht_seconds\n");
        for (int day = 1; day <= 2; day++) {
            for (int k = 16; k < 40; k++) {
                String t = String.format("2026-12-%02dT%02d:%02d", day, k / 2, (k % 2) * 30);
                f.append(t).append(",enquiry,").append(callsPerInterval).append(",180\n");
                f.append(t).append(",complaint,").append(callsPerInterval / 4).append(",300\n");
            }
        }
        Files.writeString(dir.resolve("forecast.csv"), f);
        StringBuilder r = new StringBuilder("agent_id,date,shift_id,start,end,breaks\n");
        StringBuilder a = new StringBuilder("agent_id,name,skills\n");
        for (int i = 0; i < 2 * agentsPerShift; i++) {
            boolean early = i < agentsPerShift;
            a.append("A").append(i).append(",Agent ").append(i).append(',')
                    .append(i % 3 == 0 ? "enquiry;complaint" : "enquiry").append('\n');
            for (int day = 1; day <= 2; day++) {
                String d = String.format("2026-12-%02d", day);
                r.append("A").append(i).append(',').append(d).append(early ? ",E,"  : ",L,")
                        .append(d).append(early ? "T08:00," : "T13:00,").append(d).append(early ? "T15:00," : "T20:00,")
                        .append(breakOf(early ? 10 : 15, i)).append('\n');
            }
        }
        Files.writeString(dir.resolve("roster.csv"), r);
        Files.writeString(dir.resolve("agents.csv"), a);
    }

    /** Staggered half-hour breaks: hour:00, hour:30, hour+1:00, hour+1:30 by agent. */
    private static String breakOf(int hour, int agent) {
        int start = hour * 60 + (agent % 4) * 30;
        return String.format("%02d:%02d-%02d:%02d", start / 60, start % 60, (start + 30) / 60, (start + 30) % 60);
    }

    private Run simulate(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("simulate", "--roster", dir.resolve("roster.csv").toString(),
                "--forecast", dir.resolve("forecast.csv").toString(), "--agents-file",
                dir.resolve("agents.csv").toString(), "--replications", "8", "--seed", "5", "-q"));
        args.addAll(List.of(extra));
        return Run.wfm(args.toArray(String[]::new));
    }

    @Test
    void wellStaffedRosterMeetsTheTargetAndWritesResultsAndChart() throws IOException {
        write(16, 40);
        Path out = dir.resolve("results.csv");
        Path chart = dir.resolve("abandonment.png");
        Run run = simulate("--out", out.toString(), "--chart", chart.toString(), "--check", "--target-scope", "all");
        assertEquals(ExitCode.OK, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("seed 5"), run.out());
        assertTrue(run.out().contains("2026-12-01") && run.out().contains("2026-12-02"), run.out());
        assertTrue(run.out().contains("target met"), run.out());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith("interval_start,queue,offered,answered,abandoned,abandon_rate,"),
                lines.get(0));
        // 2 days x 48 intervals x (2 queues + all)
        assertEquals(1 + 2 * 48 * 3, lines.size());
        byte[] png = Files.readAllBytes(chart);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void aQueueThatAloneDropsTooManyCallersMissesByDefaultThoughTheCentreMeetsTheTarget() throws IOException {
        write(16, 40); // the complaint line (a third of the agents can take it) drops ~5%, the centre ~0.6%
        Run run = simulate("--check");
        assertEquals(ExitCode.TARGET_MISSED, run.exitCode(), run.err() + run.out());
        assertTrue(run.err().contains("risk verdict: MISSED: 2 of 4 queue-days"), run.err());
        assertTrue(run.err().contains("2026-12-01 complaint (P(met) "), run.err());
        assertTrue(run.out().contains("MISSED: complaint"), run.out());
    }

    @Test
    void understaffedRosterFailsTheCheckNamingDaysAndIntervals() throws IOException {
        write(4, 60);
        Run run = simulate("--check");
        assertEquals(ExitCode.TARGET_MISSED, run.exitCode(), run.err());
        assertTrue(run.err().contains("target missed"), run.err());
        assertTrue(run.err().contains("2026-12-01"), run.err());
        assertTrue(run.err().contains("intervals above target"), run.err());
        assertTrue(run.err().contains("risk verdict: MISSED"), run.err());
    }

    @Test
    void riskVerdictAddsJsonKeysAndWritesItsCsv() throws Exception {
        write(16, 40);
        Path risk = dir.resolve("risk.csv");
        Run run = simulate("--format", "json", "--risk-out", risk.toString(), "--confidence", "80%",
                "--target-scope", "all", "--absence", "5%", "--off-phone", "10%", "--no-forecast-errors");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("target_met").isBoolean(), "the existing keys stay");
        assertEquals(2, json.get("days").size());
        boolean everyDay = true;
        for (JsonNode d : json.get("risk_days")) {
            everyDay &= d.get("holds").asBoolean();
        }
        assertEquals(everyDay, json.get("holds").asBoolean(), "scope all: holds when every day holds");
        assertEquals(0.8, json.get("confidence").asDouble());
        assertEquals("all", json.get("target_scope").asText());
        assertEquals(0.05, json.get("absence").asDouble());
        assertEquals(0.1, json.get("off_phone").asDouble());
        assertTrue(json.get("forecast_errors").asText().startsWith("none (--no-forecast-errors)"), run.out());
        JsonNode days = json.get("risk_days");
        assertEquals(2, days.size());
        for (JsonNode d : days) {
            for (String key : new String[] {"date", "mean_abandon", "p90_abandon", "p_met", "p_met_ci95_low",
                    "p_met_ci95_high", "holds"}) {
                assertTrue(d.has(key), key + " in " + d);
            }
            assertEquals(2, d.get("queues").size());
            assertTrue(d.get("p_met_ci95_low").asDouble() <= d.get("p_met").asDouble());
        }
        List<String> lines = Files.readAllLines(risk);
        assertEquals(String.join(",", wfm.cli.report.RiskReport.CSV_COLUMNS), lines.get(0));
        assertEquals(1 + 2 * 3, lines.size(), "2 days x (all queues + 2 queues)");
        assertTrue(lines.get(1).startsWith("2026-12-01,*,"), lines.get(1));
    }

    @Test
    void tableEchoesWhatTheVerdictAssumedAndAddsReplicationsUntilDecided() throws IOException {
        write(16, 40);
        Run run = simulate("--max-replications", "64", "--absenteeism", "4%");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("assumed: absence 4.0% of agent-days, off-phone 0.0% of on-shift time, "
                + "forecast error: none: no forecast.errors.csv beside the forecast"), run.out());
        assertTrue(run.out().contains("in at least 90.0% of the futures"), run.out());
        assertTrue(run.out().contains("P(target met)"), run.out());
        // a day met in every replication is decided only past 35 replications at 90% (Wilson): 8 -> 16 -> 32 -> 64
        assertTrue(run.out().contains("64 replication(s)"), run.out());
    }

    @Test
    void forecastErrorsBesideTheForecastAreReplayedByDefault() throws Exception {
        write(12, 40);
        Run exact = simulate("--format", "json");
        // every backtest origin found 30% more calls than forecast, on both lead days, for both queues
        Files.writeString(dir.resolve("forecast.errors.csv"), """
                queue,lead_day,calls_ratio,aht_ratio,interval_cv
                enquiry,1,1.3,1,0
                enquiry,2,1.3,1,0
                complaint,1,1.3,1,0
                complaint,2,1.3,1,0
                """);
        Run errors = simulate("--format", "json");
        assertEquals(ExitCode.OK, errors.exitCode(), errors.err());
        ObjectMapper mapper = new ObjectMapper();
        double before = mapper.readTree(exact.out()).get("calls_offered").asDouble();
        JsonNode json = mapper.readTree(errors.out());
        assertEquals(1.3, json.get("calls_offered").asDouble() / before, 0.03, "30% more calls in every future");
        assertTrue(json.get("forecast_errors").asText().startsWith("the forecast's backtest errors"), errors.out());
        Run off = simulate("--format", "json", "--no-forecast-errors");
        assertEquals(before, mapper.readTree(off.out()).get("calls_offered").asDouble(), 1e-9);
    }

    @Test
    void riskOptionsAreCheckedAsBadInput() throws IOException {
        write(4, 10);
        Run scope = simulate("--target-scope", "centre");
        assertEquals(ExitCode.BAD_INPUT, scope.exitCode());
        assertTrue(scope.err().contains("--target-scope: 'centre' is not queue or all"), scope.err());
        Run max = simulate("--max-replications", "4");
        assertEquals(ExitCode.BAD_INPUT, max.exitCode());
        assertTrue(max.err().contains("--max-replications: 4 must be at least --replications (8)"), max.err());
        Run errors = simulate("--forecast-errors", dir.resolve("nope.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, errors.exitCode());
        assertTrue(errors.err().contains("--forecast-errors:"), errors.err());
        Run confidence = simulate("--confidence", "100%");
        assertEquals(ExitCode.BAD_INPUT, confidence.exitCode());
        assertTrue(confidence.err().contains("--confidence"), confidence.err());
    }

    @Test
    void jsonHasTheSummaryDaysAndVerdict() throws Exception {
        write(12, 40);
        Run run = simulate("--format", "json", "--callbacks", "--absenteeism", "5%", "--ivr-share", "10%");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(8, json.get("replications").asInt());
        assertEquals(5, json.get("seed").asInt());
        assertEquals(2, json.get("days").size());
        for (String key : new String[] {"abandon_rate", "service_level", "asa_seconds", "occupancy"}) {
            assertTrue(json.get(key).has("ci95_low"), key);
        }
        // 2 days x 24 intervals x (40 + 10) calls, 10% to IVR
        assertEquals(2 * 24 * 50 * 0.9, json.get("calls_offered").asDouble(), 100);
        assertTrue(json.get("target_met").isBoolean());
    }

    @Test
    void unknownQueueInAnOptionIsBadInput() throws IOException {
        write(4, 10);
        Run run = simulate("--priority", "billing=2");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--priority: queue 'billing' is not in the forecast"), run.err());
    }

    @Test
    void badRosterCellNamesFileLineAndColumn() throws IOException {
        write(4, 10);
        Files.writeString(dir.resolve("roster.csv"), "agent_id,date,shift_id,start,end,breaks\n"
                + "A1,2026-12-01,E,2026-12-01T08:00,yesterday,\n");
        Run run = simulate();
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("roster.csv:2"), run.err());
        assertTrue(run.err().contains("end"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
