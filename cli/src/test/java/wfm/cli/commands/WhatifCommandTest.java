package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;

class WhatifCommandTest {
    @TempDir
    Path dir;

    private void write(String scenarios) throws IOException {
        StringBuilder f = new StringBuilder("interval_start,queue,calls,aht_seconds\n");
        StringBuilder r = new StringBuilder("agent_id,date,shift_id,start,end,breaks\n");
        for (int day = 1; day <= 3; day++) {
            for (int k = 16; k < 40; k++) {
                f.append(String.format("2026-12-%02dT%02d:%02d,enquiry,60,180%n", day, k / 2, (k % 2) * 30));
            }
            for (int i = 0; i < 9; i++) {
                String d = String.format("2026-12-%02d", day);
                r.append("A").append(i).append(',').append(d).append(",D,").append(d).append("T08:00,").append(d)
                        .append("T20:00,\n");
            }
        }
        Files.writeString(dir.resolve("forecast.csv"), f);
        Files.writeString(dir.resolve("roster.csv"), r);
        Files.writeString(dir.resolve("scenarios.yaml"), scenarios);
    }

    private Run whatif(String... extra) {
        var args = new java.util.ArrayList<>(java.util.List.of("whatif", "--roster", dir.resolve("roster.csv").toString(),
                "--forecast", dir.resolve("forecast.csv").toString(), "--scenarios",
                dir.resolve("scenarios.yaml").toString(), "-q"));
        args.addAll(java.util.List.of(extra));
        return Run.wfm(args.toArray(String[]::new));
    }

    @Test
    void scenariosRunWithCommonRandomNumbersAndPrintSideBySide() throws Exception {
        write("""
                replications: 10
                seed: 4
                scenarios:
                  - name: as planned
                  - name: surge on the 2nd
                    volume_on_days: {2026-12-02: 1.3}
                  - name: IVR
                    ivr_share: 20%
                """);
        Path chart = dir.resolve("whatif.png");
        Run table = whatif("--chart", chart.toString());
        assertEquals(ExitCode.OK, table.exitCode(), table.err());
        assertTrue(table.out().contains("surge on the 2nd") && table.out().contains("seed 4"), table.out());
        assertTrue(Files.size(chart) > 1000);

        Run run = whatif("--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(3, json.get("scenarios").size());
        JsonNode planned = json.get("scenarios").get(0);
        JsonNode surge = json.get("scenarios").get(1);
        JsonNode ivr = json.get("scenarios").get(2);
        // a third more calls on one of three days: about 10% more calls overall
        assertEquals(1.1, surge.get("calls_offered").asDouble() / planned.get("calls_offered").asDouble(), 0.02);
        assertTrue(surge.get("abandon_rate_difference").get("ci95_low").asDouble() > 0, surge.toString());
        assertTrue(ivr.get("abandon_rate_difference").get("ci95_high").asDouble() < 0, ivr.toString());
    }

    @Test
    void unknownScenarioKeyIsBadInputNamingIt() throws IOException {
        write("""
                scenarios:
                  - name: faster
                    speed: 2
                """);
        Run run = whatif();
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("scenarios.yaml:3: scenario 'faster': unknown key 'speed' (known keys: "
                + "absenteeism, aht, callbacks,"), run.err());
    }

    @Test
    void misspeltOrRepeatedKeysAreBadInputWithTheLineAndTheNearestKey() throws IOException {
        write("""
                scenarios:
                  - name: sick
                    absenteism: 8%
                """);
        Run run = whatif();
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("wfm: " + dir.resolve("scenarios.yaml") + ":3: scenario 'sick': unknown key 'absenteism' "
                + "(did you mean absenteeism?)", run.err().strip());

        write("""
                replication: 5
                scenarios:
                  - name: as planned
                """);
        run = whatif();
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("scenarios.yaml:1: unknown key 'replication' (did you mean replications?)"),
                run.err());

        write("""
                scenarios:
                  - name: surge
                    volume: 1.2
                    volume: 1.5
                """);
        run = whatif();
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("scenarios.yaml:4: key 'volume' given twice (also on line 3)"), run.err());
    }

    @Test
    void dayOutsideTheForecastIsBadInput() throws IOException {
        write("""
                scenarios:
                  - name: new year
                    volume_on_days: {2027-01-01: 1.5}
                """);
        Run run = whatif();
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("2027-01-01 is outside the forecast"), run.err());
    }
}
