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
        Run run = simulate("--out", out.toString(), "--chart", chart.toString(), "--check");
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
    void understaffedRosterFailsTheCheckNamingDaysAndIntervals() throws IOException {
        write(4, 60);
        Run run = simulate("--check");
        assertEquals(ExitCode.TARGET_MISSED, run.exitCode(), run.err());
        assertTrue(run.err().contains("target missed"), run.err());
        assertTrue(run.err().contains("2026-12-01"), run.err());
        assertTrue(run.err().contains("intervals above target"), run.err());
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
