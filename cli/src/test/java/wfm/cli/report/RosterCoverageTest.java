package wfm.cli.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import wfm.cli.io.RosterCsv;

class RosterCoverageTest {
    private static final LocalDateTime EIGHT = LocalDateTime.of(2026, 12, 1, 8, 0);

    @Test
    void countsAgentsOnDutyProRataAndLessBreaks() {
        List<RosterCsv.Row> roster = List.of(
                new RosterCsv.Row("A1", EIGHT.toLocalDate(), "E0800", EIGHT, EIGHT.plusHours(2),
                        List.of(new RosterCsv.Break(EIGHT.plusMinutes(60), EIGHT.plusMinutes(90)))),
                new RosterCsv.Row("A2", EIGHT.toLocalDate(), "E0815", EIGHT.plusMinutes(15), EIGHT.plusHours(3),
                        List.of()));
        double[] onDuty = RosterCoverage.onDuty(roster, EIGHT, Duration.ofMinutes(30), 6);
        assertArrayEquals(new double[] {1.5, 2, 1, 2, 1, 1}, onDuty, 1e-12);
        assertEquals(1.5 + 2.75, RosterCoverage.paidHoursPerDay(roster).get(LocalDate.of(2026, 12, 1)), 1e-12);
    }

    @Test
    void nightShiftCoversTheNextDayIntervals() {
        LocalDateTime ten = LocalDateTime.of(2026, 12, 1, 22, 0);
        List<RosterCsv.Row> roster = List.of(new RosterCsv.Row("N1", ten.toLocalDate(), "N2200", ten,
                ten.plusHours(9), List.of()));
        double[] onDuty = RosterCoverage.onDuty(roster, LocalDateTime.of(2026, 12, 2, 0, 0), Duration.ofHours(1), 8);
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1, 0}, onDuty, 1e-12);
    }
}
