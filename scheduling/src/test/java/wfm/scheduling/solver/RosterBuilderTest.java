package wfm.scheduling.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.ContractWeek;
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
        assertEquals(new ContractWeek(7, 0, 0, 1, 0), first.getWeek());
        assertEquals(1, last.getWeekIndex());
        assertEquals(3, last.getDaysInWeek());
    }

    /** Fri 4 Dec 2026 for seven days, ann and bob at 32..40 h, a day shift and a night shift from 23:00. */
    static RosterRequest fridayToThursday(DayOfWeek weekStart, RosterRequest.Worked worked) {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        List<RosterRequest.Requirement> reqs = new java.util.ArrayList<>();
        for (int h = 0; h < 7 * 24; h++) {
            reqs.add(new RosterRequest.Requirement(friday.atStartOfDay().plusHours(h), "enquiry", 1));
        }
        List<RosterRequest.AgentContract> agents = List.of(
                new RosterRequest.AgentContract("ann", null, List.of(), 32, 40, 5),
                new RosterRequest.AgentContract("bob", null, List.of(), 32, 40, 5));
        List<ShiftTemplate> shifts = List.of(new ShiftTemplate("N23", LocalTime.of(23, 0), 540, 60),
                new ShiftTemplate("D08", LocalTime.of(8, 0), 540, 60));
        return new RosterRequest(reqs, agents, shifts, List.of(), List.of(),
                RosterRequest.Rules.DEFAULT.withWeekStart(weekStart), worked);
    }

    static ContractWeek weekOf(Roster roster, String agent, int day) {
        return roster.getAssignments().stream().filter(a -> a.getAgent().id().equals(agent) && a.getDayIndex() == day)
                .findFirst().orElseThrow().getWeek();
    }

    @Test
    void theScheduleWeekStartsOnTheCentresDay() {
        // ISO weeks: the lead-in Thursday and Fri-Sun (Mon-Wed before, unknown), then Mon-Thu (Fri-Sun after)
        Roster iso = RosterBuilder.build(fridayToThursday(DayOfWeek.MONDAY, RosterRequest.Worked.NOTHING_KNOWN));
        assertEquals(new ContractWeek(4, 3, 0, 1, ContractWeek.UNKNOWN), weekOf(iso, "ann", 0));
        assertEquals(new ContractWeek(4, 0, 3, 0, 0), weekOf(iso, "ann", 6));
        // weeks from Friday: the seven days are one whole week; the lead-in Thursday ends the week before
        Roster fridays = RosterBuilder.build(fridayToThursday(DayOfWeek.FRIDAY, RosterRequest.Worked.NOTHING_KNOWN));
        assertEquals(0, fridays.getAssignments().stream().filter(a -> a.getDayIndex() >= 0)
                .mapToInt(Assignment::getWeekIndex).max().orElseThrow());
        assertEquals(new ContractWeek(7, 0, 0, 0, 0), weekOf(fridays, "ann", 3));
        assertEquals(40 * 60, fridays.getAssignments().get(3).getWeekMaxMinutes());
        assertEquals(32 * 60, fridays.getAssignments().get(3).getWeekMinMinutes());
        assertEquals(new ContractWeek(1, 6, 0, 1, ContractWeek.UNKNOWN), weekOf(fridays, "ann", -1));
    }

    @Test
    void daysWorkedBeforeTheHorizonFillItsFirstWeekAndFixTheEvening() {
        // from Monday 30 Nov: ann worked D08 Mon and Tue (16 h) and the night N23 on Thursday (the lead-in evening);
        // bob worked D08 on Thursday, which is no night shift: his evening is fixed off and its 8 h count before
        List<RosterRequest.WorkedShift> shifts = List.of(
                new RosterRequest.WorkedShift("ann", LocalDate.of(2026, 11, 30), "D08", 480),
                new RosterRequest.WorkedShift("ann", LocalDate.of(2026, 12, 1), "D08", 480),
                new RosterRequest.WorkedShift("ann", LocalDate.of(2026, 12, 3), "N23", 480),
                new RosterRequest.WorkedShift("bob", LocalDate.of(2026, 12, 3), "D08", 480));
        Roster roster = RosterBuilder.build(fridayToThursday(DayOfWeek.MONDAY, RosterRequest.Worked.from(shifts)));
        Assignment annEve = roster.getAssignments().stream()
                .filter(a -> a.isLeadIn() && a.getAgent().id().equals("ann")).findFirst().orElseThrow();
        assertTrue(annEve.isPinned());
        assertEquals("N23", annEve.getShift().id());
        // ann: 16 h before (Mon-Wed), the evening itself planned and pinned: 24 h may follow in the planned days
        assertEquals(new ContractWeek(4, 3, 0, 0, 16 * 60), weekOf(roster, "ann", 0));
        assertEquals(24 * 60, annEve.getWeekMaxMinutes());
        // the minimum credits Mon-Wed at 8 h each (24 h): 8 h are still due, here the evening's 8 h already
        assertEquals(8 * 60, annEve.getWeekMinMinutes());
        // bob: the Thursday day shift counts before the horizon: 8 h; his evening is off and pinned
        assertEquals(new ContractWeek(4, 3, 0, 0, 8 * 60), weekOf(roster, "bob", 0));
        assertEquals(32 * 60, roster.getAssignments().stream().filter(a -> a.getAgent().id().equals("bob"))
                .findFirst().orElseThrow().getWeekMaxMinutes());
        // a record that begins after the week's Monday does not know the week: it stays prorated
        Roster late = RosterBuilder.build(fridayToThursday(DayOfWeek.MONDAY,
                RosterRequest.Worked.from(shifts.subList(1, 4))));
        assertEquals(ContractWeek.UNKNOWN, weekOf(late, "ann", 0).workedMinutes());
        // a record that ends before the evening (a published roster's days before it) counts Mon-Wed, leaves the
        // evening open to the search (and credited toward the minimum)
        Roster open = RosterBuilder.build(fridayToThursday(DayOfWeek.MONDAY,
                RosterRequest.Worked.until(LocalDate.of(2026, 12, 3), shifts)));
        assertEquals(new ContractWeek(4, 3, 0, 1, 16 * 60), weekOf(open, "ann", 0));
        assertTrue(open.getAssignments().stream().filter(Assignment::isLeadIn).noneMatch(Assignment::isPinned));
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
