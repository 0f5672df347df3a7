package wfm.scheduling.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeasibilityCheckTest {
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @Test
    void anAgentOnLeaveAllMonthDoesNotMakeTheRosterInfeasible() {
        RosterRequest base = SyntheticHotline.request(3, TUESDAY, 4, 30, List.of("billing"), true, 1.0, 1);
        RosterRequest leave = new RosterRequest(base.requirements(), base.agents(), base.shifts(),
                List.of(new RosterRequest.Absence("A001", TUESDAY.minusDays(1).atStartOfDay(), TUESDAY.plusDays(5).atStartOfDay())),
                List.of(), base.rules());
        assertEquals(List.of(), FeasibilityCheck.problems(RosterBuilder.build(leave)));
    }

    @Test
    void contractHoursNoWeekCanHoldAreReported() {
        RosterRequest base = SyntheticHotline.request(1, TUESDAY, 7, 30, List.of("billing"), true, 1.0, 1);
        RosterRequest tooMany = new RosterRequest(base.requirements(),
                List.of(new RosterRequest.AgentContract("A1", null, List.of(), 60, 70, 5)), base.shifts(), null, null, null);
        List<String> problems = FeasibilityCheck.problems(RosterBuilder.build(tooMany));
        // at most 5 days in a row allows 6 working days in a week: 6 x 8 h = 48 h < 60 h
        assertTrue(problems.get(0).contains("A1 must work at least 60.0 h a week")
                && problems.get(0).contains("at most 6 shifts of 8.0 paid hours"), problems.toString());
    }
}
