package wfm.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.Run;

/**
 * Contracts and shift templates: what no week or day can hold is bad input naming file, line and column; what
 * China's Labour Law does not allow (40 h a week + 36 h overtime a month, 8 h a day + 3 h overtime, a day off a
 * week) is a warning naming the line.
 */
class ContractChecksTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String agentsError(String row) throws IOException {
        Path file = write("agents.csv", "agent_id,min_hours_per_week,max_hours_per_week,max_consecutive_days\n"
                + "A1,32,40,6\n" + row + "\n");
        return assertThrows(BadInputException.class, () -> AgentsCsv.read(file, warnings::add)).getMessage();
    }

    @Test
    void weeklyHoursBeyondTheWeekOrAMinimumAboveTheMaximumAreBadInput() throws IOException {
        Path agents = dir.resolve("agents.csv");
        assertEquals(agents + ":3: column 'max_hours_per_week': '200' hours is more than a week has (168)",
                agentsError("A2,32,200,6"));
        assertEquals(agents + ":3: column 'min_hours_per_week': '170' hours is more than a week has (168)",
                agentsError("A2,170,,6"));
        assertEquals(agents + ":3: column 'min_hours_per_week': 40 is above max_hours_per_week 32",
                agentsError("A2,40,32,6"));
        assertEquals(agents + ":3: column 'max_hours_per_week': '-8' must not be negative",
                agentsError("A2,,-8,6"));
        assertEquals(agents + ":3: column 'max_consecutive_days': '0' must be at least 1", agentsError("A2,32,40,0"));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void contractsAboveChinasLegalWeekWarnNamingTheLineButRead() throws IOException {
        Path agents = write("agents.csv", """
                agent_id,min_hours_per_week,max_hours_per_week,max_consecutive_days
                A1,32,40,6
                A2,40,60,6
                A3,50,,6
                A4,32,48,7
                """);
        assertEquals(4, AgentsCsv.read(agents, warnings::add).size());
        assertEquals(List.of(
                agents + ":3: column 'max_hours_per_week': 60 hours a week is more than China's Labour Law allows "
                        + "(40 h plus at most 36 h overtime a month, about 48 h; Art. 36, 41) unless a special "
                        + "working-hours system is approved",
                agents + ":4: column 'min_hours_per_week': 50 hours a week is more than China's Labour Law allows "
                        + "(40 h plus at most 36 h overtime a month, about 48 h; Art. 36, 41) unless a special "
                        + "working-hours system is approved",
                agents + ":5: column 'max_consecutive_days': 7 days in a row leave a week without the day off "
                        + "China's Labour Law requires (Art. 38)"), warnings);
    }

    @Test
    void shiftsLongerThanADayCanHoldOrBreaksAsLongAsTheShiftAreBadInputAndLongPaidDaysWarn() throws IOException {
        Path shifts = dir.resolve("shifts.csv");
        String header = "shift_id,start_time,duration,break_minutes\nE08,08:00,9h,60\n";
        for (String[] bad : new String[][] {
                {"X,08:00,25h,60", "column 'duration': '25h' must be whole minutes between 1m and 16h (a longer "
                        + "shift leaves under 8 hours to rest)"},
                {"X,08:00,0m,0", "column 'duration': '0m' must be whole minutes between 1m and 16h"},
                {"X,08:00,4h,240", "column 'break_minutes': '240' must be at least 0 and shorter than the shift (4h)"},
                {"X,08:00,4h,-5", "column 'break_minutes': '-5' must be at least 0"},
                {"X,08:00,4h,7.5", "column 'break_minutes': '7.5' is not a whole number"}}) {
            write("shifts.csv", header + bad[0] + "\n");
            String message = assertThrows(BadInputException.class, () -> ShiftsCsv.read(shifts)).getMessage();
            assertTrue(message.startsWith(shifts + ":3: " + bad[1]), message);
        }
        write("shifts.csv", header + "L08,08:00,13h,60\nT08,08:00,12h,60\n");
        assertEquals(3, ShiftsCsv.read(shifts, warnings::add).size());
        assertEquals(List.of(shifts + ":3: column 'duration': 12 paid hours in a day is more than China's Labour "
                + "Law allows (8 h plus at most 3 h overtime; Art. 36, 41)"), warnings);
    }

    @Test
    void unavailabilityOfSomeoneNotInTheAgentsFileIsBadInputNamingTheLine() throws IOException {
        Path file = write("unavailability.csv", "agent_id,date,from,to\nA1,2026-12-01,,\nA7,2026-12-02,14:00,18:00\n");
        assertEquals(2, UnavailabilityCsv.read(file, Set.of("A1", "A7")).size());
        String message = assertThrows(BadInputException.class,
                () -> UnavailabilityCsv.read(file, Set.of("A1", "A2"))).getMessage();
        assertEquals(file + ":3: column 'agent_id': 'A7' is not in the agents file", message);
    }

    @Test
    void scheduleAndImportStopWithExitCode2AndScheduleWarnsOnStandardError() throws IOException {
        Path requirements = write("requirements.csv", "interval_start,queue,required_agents\n"
                + "2026-11-30T08:00,enquiry,1\n2026-11-30T08:30,enquiry,1\n");
        Path shifts = write("shifts.csv", "shift_id,start_time,duration,break_minutes\nE08,08:00,9h,60\n");
        Path agents = write("agents.csv", "agent_id,max_hours_per_week\nA1,200\n");
        Run run = Run.wfm("schedule", "--requirements", requirements.toString(), "--agents", agents.toString(),
                "--shifts", shifts.toString(), "--steps", "100", "--out", dir.resolve("roster.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertEquals("wfm: " + agents + ":2: column 'max_hours_per_week': '200' hours is more than a week has (168)",
                run.err().strip());

        Path workspace = dir.resolve("ws");
        assertEquals(ExitCode.OK, Run.wfm("init", workspace.toString()).exitCode());
        Run imported = Run.wfm("import", "-w", workspace.toString(), agents.toString());
        assertEquals(ExitCode.BAD_INPUT, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains(agents + ":2: column 'max_hours_per_week'"), imported.err());

        write("agents.csv", "agent_id,max_hours_per_week\nA1,60\n");
        run = Run.wfm("schedule", "--requirements", requirements.toString(), "--agents", agents.toString(),
                "--shifts", shifts.toString(), "--steps", "100", "--out", dir.resolve("roster.csv").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("wfm: warning: " + agents + ":2: column 'max_hours_per_week': 60 hours a week"),
                run.err());
    }
}
