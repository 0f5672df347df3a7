package wfm.scheduling.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Horizon;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.domain.ShiftTemplate;
import wfm.scheduling.domain.SlotCover;

class RosterBuilderTest {
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    static RosterRequest request(int days) {
        return SyntheticHotline.request(4, TUESDAY, days, 30, List.of("billing", "english"), true, 1.0, 3);
    }

    @Test
    void oneAssignmentPerAgentPerDayOnTheInferredGrid() {
        Roster roster = RosterBuilder.build(request(9));
        assertEquals(30, roster.getHorizon().slotMinutes());
        assertEquals(9, roster.getHorizon().days());
        // and, as the night shifts cross midnight, one lead-in day (the Monday before) per agent
        assertEquals(4 * 9 + 4, roster.getAssignments().size());
        assertEquals(4 * 9 + 4, roster.getAssignments().stream().map(Assignment::getId).distinct().count());
        assertEquals(4, roster.getAssignments().stream().filter(Assignment::isLeadIn).count());
        assertEquals(2 * 9 * 48, roster.getDemands().size());
    }

    @Test
    void partialWeeksAtTheEdgesKnowTheirLength() {
        // Tue 1 Dec .. Wed 9 Dec 2026: Tue-Sun (6 days, and the lead-in Monday night), Mon-Wed (3 days)
        Roster roster = RosterBuilder.build(request(9));
        Assignment first = roster.getAssignments().get(0);
        Assignment last = roster.getAssignments().get(8);
        assertEquals(7, first.getDaysInWeek());
        assertEquals(1, first.getCreditedDaysInWeek());
        assertEquals(1, last.getWeekIndex());
        assertEquals(3, last.getDaysInWeek());
    }

    @Test
    void theMonthEndSurgeDaysAreFound() {
        // Nov 30 and Dec 1 need 30% more than the median day; 5% more is not a surge
        Horizon h = new Horizon(LocalDate.of(2026, 11, 27), 7, 60);
        double[][] required = new double[1][h.slots()];
        double[] daily = {10, 10, 10, 13, 13, 10.5, 10};
        for (int s = 0; s < h.slots(); s++) {
            required[0][s] = daily[s / 24];
        }
        assertArrayEquals(new boolean[] {false, false, false, true, true, false, false},
                RosterBuilder.surgeDays(h, required));
    }

    @Test
    void aNightShiftCoversIntervalsAcrossMidnightAndCountsItsBreakWindowAtTheExpectedShare() {
        Roster roster = RosterBuilder.build(request(3));
        ShiftOption n22 = roster.getAssignments().get(0).getShiftRange().stream()
                .filter(o -> o.id().equals("N22")).findFirst().orElseThrow();
        assertTrue(n22.night());
        List<SlotCover> covers = n22.covers(roster.getQueues().get(0));
        assertEquals(LocalDateTime.of(2026, 12, 1, 22, 0), covers.get(0).demand().start());
        assertEquals(LocalDateTime.of(2026, 12, 2, 6, 30), covers.get(covers.size() - 1).demand().start());
        // 9 h with a 1 h break placed 3-5 h after the start: a 3-hour window (01:00-04:00) loses 1/3 of an agent
        int centiAgentHours = covers.stream().mapToInt(SlotCover::centiAgents).sum();
        assertEquals(8 * 2 * 100, centiAgentHours, 2);
        assertEquals(67, covers.get(6).centiAgents());
        assertEquals(100, covers.get(5).centiAgents());
    }

    @Test
    void unknownAgentsAndQueuesAreRejectedWithTheirNames() {
        RosterRequest base = request(2);
        RosterRequest absent = new RosterRequest(base.requirements(), base.agents(), base.shifts(),
                List.of(new RosterRequest.Absence("Z99", TUESDAY.atStartOfDay(), TUESDAY.plusDays(1).atStartOfDay())),
                List.of(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RosterBuilder.build(absent));
        assertTrue(e.getMessage().contains("Z99"), e.getMessage());
        RosterRequest unskilled = new RosterRequest(base.requirements(),
                List.of(new RosterRequest.AgentContract("A1", null, List.of("wlan"), Double.NaN, Double.NaN, 0)),
                List.of(new ShiftTemplate("D", LocalTime.of(9, 0), 480, 0)), null, null, null);
        e = assertThrows(IllegalArgumentException.class, () -> RosterBuilder.build(unskilled));
        assertTrue(e.getMessage().contains("wlan") && e.getMessage().contains("billing"), e.getMessage());
    }
}
