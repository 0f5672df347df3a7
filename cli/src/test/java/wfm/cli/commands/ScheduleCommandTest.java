package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;
import wfm.cli.io.RosterCsv;

class ScheduleCommandTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    /** A week, 08:00-20:00, 30-minute intervals, two queues: enquiry 2-4 agents, complaints 1. */
    Path requirements() throws IOException {
        StringBuilder csv = new StringBuilder("interval_start,queue,required_agents\n");
        for (int d = 0; d < 7; d++) {
            for (int s = 16; s < 40; s++) {
                LocalDateTime t = MONDAY.plusDays(d).atStartOfDay().plusMinutes(30L * s);
                int enquiry = s >= 20 && s < 34 ? 4 : 2;
                csv.append(t).append(",enquiry,").append(enquiry).append('\n');
                csv.append(t).append(",complaints,1\n");
            }
        }
        return write("requirements.csv", csv.toString());
    }

    Path agents(String extraRow) throws IOException {
        StringBuilder csv = new StringBuilder("agent_id,name,skills,min_hours_per_week,max_hours_per_week,max_consecutive_days\n");
        for (int i = 1; i <= 12; i++) {
            String skills = i <= 3 ? "complaints;enquiry" : "enquiry";
            csv.append(String.format("A%02d,Agent %d,%s,24,40,5%n", i, i, skills));
        }
        return write("agents.csv", csv + extraRow);
    }

    Path shifts() throws IOException {
        return write("shifts.csv", """
                shift_id,start_time,duration,break_minutes,days
                E08,08:00,9h,60,Mon-Sun
                M10,10:00,9h,60,Mon-Sun
                L11,11:00,9h,60,Mon-Sun
                P14,14:00,6h,0,Mon-Fri
                """);
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void absenceAndOffPhoneGrossTheRequirementUpToRosteredHeads() throws IOException {
        // required agent-hours a week: enquiry 7 x (14 x 4 + 10 x 2) / 2 = 266, complaints 7 x 24 / 2 = 84: 350 h;
        // 10% absence and 20% off-phone: 350 / (0.9 x 0.8) = 486.1 rostered agent-hours
        Run run = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents", agents("").toString(),
                "--shifts", shifts().toString(), "--time-limit", "2s", "--steps", "2000", "--seed", "7", "--out",
                dir.resolve("roster.csv").toString(), "--absence", "10%", "--off-phone", "0.2");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("of 486.1 required agent-hours short"), run.out());
        assertTrue(run.err().contains("required_agents x 1.389 rostered heads (absence 10.0%, off-phone 20.0%)"),
                run.err());
        Run none = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents", agents("").toString(),
                "--shifts", shifts().toString(), "--time-limit", "2s", "--steps", "2000", "--out",
                dir.resolve("roster2.csv").toString());
        assertTrue(none.out().contains("of 350.0 required agent-hours short"), none.out());
        Run bad = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents", agents("").toString(),
                "--shifts", shifts().toString(), "--absence", "100%");
        assertEquals(ExitCode.BAD_INPUT, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("--absence"), bad.err());
    }

    @Test
    void schedulesAWeekAndWritesTheRosterWithACoverageSummary() throws IOException {
        Path out = dir.resolve("roster.csv");
        Path chart = dir.resolve("coverage.png");
        Run run = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents", agents("").toString(),
                "--shifts", shifts().toString(), "--time-limit", "3s", "--seed", "7", "--out", out.toString(),
                "--chart", chart.toString(), "--explain");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("seed 7"), run.err());
        assertTrue(run.err().contains("best "), run.err());
        assertTrue(run.out().contains("Coverage:"), run.out());
        assertTrue(run.out().contains("complaints"), run.out());
        assertTrue(run.out().contains("Under-covered intervals") || run.out().contains("No interval is short"), run.out());
        List<RosterCsv.Row> rows = RosterCsv.read(out);
        assertFalse(rows.isEmpty());
        Set<String> agentDays = new HashSet<>();
        for (RosterCsv.Row r : rows) {
            assertTrue(agentDays.add(r.agentId() + r.date()), "one shift per agent per day: " + r);
            if (r.shiftId().equals("P14")) {
                assertTrue(r.breaks().isEmpty());
            } else {
                assertEquals(1, r.breaks().size(), r.toString());
                long afterStart = java.time.Duration.between(r.start(), r.breaks().get(0).start()).toMinutes();
                assertTrue(afterStart >= 180 && afterStart <= 300, "break 3-5 h after the start: " + r);
            }
            if (!r.agentId().matches("A0[123]")) {
                assertEquals("enquiry", r.queue(), "single-skilled agents answer their queue: " + r);
            }
        }
        assertTrue(Files.size(chart) > 1000);
    }

    @Test
    void aContractNoShiftPatternCanMeetIsInfeasibleWithExitThree() throws IOException {
        Path agents = write("agents.csv", "agent_id,min_hours_per_week,max_hours_per_week,max_consecutive_days\n"
                + "A01,50,60,5\n");
        Run run = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents", agents.toString(),
                "--shifts", shifts().toString(), "--time-limit", "1s", "--out", dir.resolve("r.csv").toString());
        assertEquals(ExitCode.INFEASIBLE, run.exitCode(), run.err());
        assertTrue(run.err().contains("A01 must work at least 50.0 h a week"), run.err());
        assertFalse(Files.exists(dir.resolve("r.csv")), "no roster is written when it cannot keep the rules");
    }

    @Test
    void aQueueNobodyCanAnswerIsInfeasible() throws IOException {
        Path agents = write("agents.csv", "agent_id,skills\nA01,enquiry\n");
        Run run = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents", agents.toString(),
                "--shifts", shifts().toString(), "--time-limit", "1s", "--out", dir.resolve("r.csv").toString());
        assertEquals(ExitCode.INFEASIBLE, run.exitCode(), run.err());
        assertTrue(run.err().contains("queue complaints needs"), run.err());
    }

    @Test
    void aBadShiftDurationNamesFileLineAndColumn() throws IOException {
        Path shifts = write("shifts.csv", "shift_id,start_time,duration\nE08,08:00,9h\nL12,12:00,nine\n");
        Run run = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents", agents("").toString(),
                "--shifts", shifts.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("shifts.csv:3"), run.err());
        assertTrue(run.err().contains("duration"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void theSameSeedAndStepsGiveTheSameRosterWhateverTheSpeed() throws IOException {
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        for (Path out : List.of(first, second)) {
            Run run = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents", agents("").toString(),
                    "--shifts", shifts().toString(), "--steps", "20000", "--time-limit", "5m", "--seed", "7", "--out",
                    out.toString());
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertTrue(run.err().contains("seed 7, 20,000 steps"), run.err());
            assertTrue(run.err().contains("(20,000 steps,"), run.err());
            assertTrue(run.out().contains("(seed 7, --steps 20000)"), run.out());
        }
        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void aTimeLimitThatCutsTheStepsShortSaysSoAndBadStepsAreRejected() throws IOException {
        Run cut = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents", agents("").toString(),
                "--shifts", shifts().toString(), "--steps", "100000000", "--time-limit", "1s", "--out",
                dir.resolve("r.csv").toString());
        assertEquals(ExitCode.OK, cut.exitCode(), cut.err());
        assertTrue(cut.err().contains("stopped the search after") && cut.err().contains("of 100,000,000 steps"),
                cut.err());
        Run zero = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents", agents("").toString(),
                "--shifts", shifts().toString(), "--steps", "0");
        assertEquals(ExitCode.BAD_INPUT, zero.exitCode(), zero.err());
        assertEquals(1, zero.err().strip().lines().count(), zero.err());
        assertTrue(zero.err().contains("--steps: 0"), zero.err());
    }

    /**
     * Minimal change, deterministic (step-limited, so machine load cannot change the outcome). What it guarantees:
     * the search starts from the published roster less the sick day (one forced change) and never ends worse, and
     * every change costs {@code CHANGE_MINUTES} = 480 medium; so with k changed days, 480 k + short(re-plan) <=
     * 480 + short(published) + the sick shift's coverage, which is at most 8 paid hours at the busiest weight (2):
     * 960. Hence k <= 1 + (short(published) + 960) / 480, short in the solver's weighted agent-minutes (the
     * published roster's medium score). Measured with seeds 1-5 and 50,000 steps: only the sick day changes.
     */
    @Test
    void replanningAfterSicknessChangesNoMoreDaysThanMinimalChangeAllows() throws IOException {
        Path first = dir.resolve("published.csv");
        Run published = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents",
                agents("").toString(), "--shifts", shifts().toString(), "--steps", "50000", "--time-limit", "5m",
                "--out", first.toString());
        assertEquals(ExitCode.OK, published.exitCode(), published.err());
        java.util.regex.Matcher score = java.util.regex.Pattern.compile("score 0hard/(-?\\d+)medium/").matcher(published.out());
        assertTrue(score.find(), published.out());
        long publishedShort = -Long.parseLong(score.group(1));
        List<RosterCsv.Row> before = RosterCsv.read(first);
        RosterCsv.Row sickDay = before.stream().filter(r -> r.date().equals(MONDAY.plusDays(3))).findFirst().orElseThrow();
        Path sick = write("unavailability.csv", "agent_id,date\n" + sickDay.agentId() + "," + sickDay.date() + "\n");
        Path second = dir.resolve("replanned.csv");
        Run replanned = Run.wfm("schedule", "--requirements", requirements().toString(), "--agents",
                agents("").toString(), "--shifts", shifts().toString(), "--unavailability", sick.toString(),
                "--keep", first.toString(), "--steps", "50000", "--time-limit", "5m", "--out", second.toString(),
                "--explain");
        assertEquals(ExitCode.OK, replanned.exitCode(), replanned.err());
        List<RosterCsv.Row> after = RosterCsv.read(second);
        assertTrue(after.stream().noneMatch(r -> r.agentId().equals(sickDay.agentId()) && r.date().equals(sickDay.date())),
                "the sick agent is off that day");
        Set<String> beforeDays = new HashSet<>();
        before.forEach(r -> beforeDays.add(r.agentId() + "@" + r.date() + "=" + r.shiftId()));
        Set<String> afterDays = new HashSet<>();
        after.forEach(r -> afterDays.add(r.agentId() + "@" + r.date() + "=" + r.shiftId()));
        Set<String> changed = new java.util.TreeSet<>();
        for (String d : beforeDays) {
            if (!afterDays.contains(d)) {
                changed.add(d.substring(0, d.indexOf('=')));
            }
        }
        for (String d : afterDays) {
            if (!beforeDays.contains(d)) {
                changed.add(d.substring(0, d.indexOf('=')));
            }
        }
        long bound = 1 + (publishedShort + 960) / 480;
        assertTrue(changed.size() >= 1 && changed.size() <= bound, "changed " + changed + ", at most " + bound
                + " allowed\n" + published.out() + replanned.err() + replanned.out());
        assertTrue(replanned.out().contains("Days changed from the published roster: " + changed.size()), replanned.out());
    }

    /**
     * 24-hour operation: two agents needed around the clock from Monday 00:00 for three days. The first night can
     * only be covered by night shifts that start on Sunday evening, which the roster dates Sunday; export and the
     * simulation take that row like any other, the simulation for its hours inside the forecast.
     */
    @Test
    void theFirstNightIsCoveredByNightShiftsFromTheEveningBefore() throws IOException {
        StringBuilder req = new StringBuilder("interval_start,queue,required_agents\n");
        StringBuilder forecast = new StringBuilder("interval_start,queue,calls,aht_seconds\n");
        for (int s = 0; s < 3 * 48; s++) {
            LocalDateTime t = MONDAY.atStartOfDay().plusMinutes(30L * s);
            req.append(t).append(",enquiry,2\n");
            forecast.append(t).append(",enquiry,10,180\n");
        }
        Path requirements = write("requirements.csv", req.toString());
        Path agents = write("agents.csv", "agent_id,min_hours_per_week,max_hours_per_week,max_consecutive_days\n"
                + "A1,0,40,5\nA2,0,40,5\nA3,0,40,5\nA4,0,40,5\nA5,0,40,5\nA6,0,40,5\nA7,0,40,5\nA8,0,40,5\n");
        Path shifts = write("shifts.csv", """
                shift_id,start_time,duration,break_minutes,days
                E07,07:00,9h,60,Mon-Sun
                L15,15:00,9h,60,Mon-Sun
                N23,23:00,9h,60,Mon-Sun
                """);
        Path out = dir.resolve("roster.csv");
        Run run = Run.wfm("schedule", "--requirements", requirements.toString(), "--agents", agents.toString(),
                "--shifts", shifts.toString(), "--steps", "10000", "--time-limit", "5m", "--seed", "3", "--out",
                out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("night shifts from the evening before"), run.err());
        List<RosterCsv.Row> rows = RosterCsv.read(out);
        List<RosterCsv.Row> eve = rows.stream().filter(r -> r.date().equals(MONDAY.minusDays(1))).toList();
        // at least the two the requirement asks for; a third is worth its over-staffing to the score, as it fills
        // the dip the two agents' breaks leave (coverage counts a break at its share of the break window)
        assertTrue(eve.size() >= 2 && eve.size() <= 3, "two or three agents start the first night on Sunday 23:00: "
                + rows);
        for (RosterCsv.Row r : eve) {
            assertEquals("N23", r.shiftId());
            assertEquals(MONDAY.minusDays(1).atTime(23, 0), r.start());
            assertTrue(r.breaks().get(0).start().isAfter(MONDAY.atStartOfDay()), r.toString());
        }
        assertTrue(run.out().contains("short_intervals"), run.out());

        for (String format : List.of("csv", "xlsx", "ics")) {
            Path export = dir.resolve("export." + format);
            Run exported = Run.wfm("export", "roster", "--roster", out.toString(), "--format", format, "--out",
                    export.toString());
            assertEquals(ExitCode.OK, exported.exitCode(), format + ": " + exported.err());
            assertTrue(Files.size(export) > 100, format);
        }
        Files.writeString(dir.resolve("forecast.csv"), forecast);
        Path results = dir.resolve("results.csv");
        Run simulated = Run.wfm("simulate", "--roster", out.toString(), "--forecast",
                dir.resolve("forecast.csv").toString(), "--replications", "2", "--seed", "1", "--out",
                results.toString(), "-q");
        assertEquals(ExitCode.OK, simulated.exitCode(), simulated.err());
        // the Sunday-evening agents answer from Monday 00:00 (the first rows of the results)
        String midnight = Files.readAllLines(results).stream()
                .filter(l -> l.startsWith(MONDAY.atStartOfDay() + ",enquiry,")).findFirst().orElseThrow();
        String[] cells = midnight.split(",");
        assertTrue(Double.parseDouble(cells[3]) > 0, "answered at midnight: " + midnight);
    }
}
