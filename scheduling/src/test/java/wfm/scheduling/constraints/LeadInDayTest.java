package wfm.scheduling.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.ContractWeek;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.domain.ShiftTemplate;
import wfm.scheduling.domain.SlotCover;
import wfm.scheduling.domain.Unavailability;
import wfm.scheduling.solver.BreakPlanner;
import wfm.scheduling.solver.Coverage;
import wfm.scheduling.solver.RosterBuilder;
import wfm.scheduling.solver.RosterRequest;
import wfm.scheduling.solver.RosterSolver;
import wfm.scheduling.solver.ScheduledShift;

/**
 * The lead-in day: night shifts that start the evening before the horizon and cover its first hours. Every rule
 * the lead-in day touches, on rosters made by the builder (hourly intervals, one agent needed around the clock).
 */
class LeadInDayTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    /** 23:00-08:00 with a 1-hour unpaid break: 8 paid hours, 7 of its 9 hours after midnight. */
    static final ShiftTemplate N23 = new ShiftTemplate("N23", LocalTime.of(23, 0), 540, 60);
    static final ShiftTemplate D08 = new ShiftTemplate("D08", LocalTime.of(8, 0), 540, 60);
    static final ShiftTemplate L15 = new ShiftTemplate("L15", LocalTime.of(15, 0), 540, 60);

    private final ConstraintVerifier<RosterConstraintProvider, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraintProvider(), Roster.class, Assignment.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    static Roster roster(LocalDate first, int days, List<ShiftTemplate> shifts, double maxHours,
                         List<RosterRequest.Absence> absences) {
        List<RosterRequest.Requirement> reqs = new ArrayList<>();
        for (int h = 0; h < days * 24; h++) {
            reqs.add(new RosterRequest.Requirement(first.atStartOfDay().plusHours(h), "enquiry", 1));
        }
        List<RosterRequest.AgentContract> agents = List.of(
                new RosterRequest.AgentContract("ann", null, List.of(), Math.min(32, maxHours), maxHours, 5),
                new RosterRequest.AgentContract("bob", null, List.of(), Math.min(32, maxHours), maxHours, 5));
        return RosterBuilder.build(new RosterRequest(reqs, agents, shifts, absences, List.of(), null));
    }

    static Roster week(LocalDate first) {
        return roster(first, 7, List.of(N23, D08, L15), 40, List.of());
    }

    /** The agent's assignment on a day of the horizon (-1: the lead-in day), working the given template. */
    static Assignment day(Roster roster, String agent, int day, ShiftTemplate template) {
        Assignment a = roster.getAssignments().stream()
                .filter(x -> x.getAgent().id().equals(agent) && x.getDayIndex() == day).findFirst().orElseThrow();
        a.setShift(template == null ? null : a.getShiftRange().stream().filter(o -> o.template() == template)
                .findFirst().orElseThrow());
        return a;
    }

    static List<Assignment> agentDays(Roster roster, String agent) {
        return roster.getAssignments().stream().filter(a -> a.getAgent().id().equals(agent)).toList();
    }

    // ---- the builder

    @Test
    void everyAgentGetsALeadInDayOfferedOnlyTheNightShiftsAllowedThatEvening() {
        Roster roster = week(MONDAY);
        assertEquals(2 * 7 + 2, roster.getAssignments().size());
        Assignment leadIn = roster.getAssignments().get(2 * 7); // after every regular day
        assertTrue(leadIn.isLeadIn());
        assertEquals(LocalDate.of(2026, 11, 29), leadIn.getDate());
        assertEquals(List.of("N23"), leadIn.getShiftRange().stream().map(ShiftOption::id).toList());
        // Sunday before a Monday start: the previous ISO week, planned for this one day only
        assertEquals(-1, leadIn.getWeekIndex());
        // one planned day, six before the horizon (unknown), the evening itself credited: minimum 0, maximum 8 h
        assertEquals(new ContractWeek(1, 6, 0, 1, ContractWeek.UNKNOWN), leadIn.getWeek());
        assertEquals(0, leadIn.getWeekMinMinutes());
        assertEquals(new ContractWeek(7, 0, 0, 0, 0), roster.getAssignments().get(0).getWeek());

        // N23 from the eve covers 00:00-08:00 of day 0; its break window 02:00-05:00 at a third of an agent
        ShiftOption n23 = leadIn.getShiftRange().get(0);
        assertEquals(-60, n23.startMinute());
        List<SlotCover> covers = n23.covers(roster.getQueues().get(0));
        assertEquals(8, covers.size());
        assertEquals(MONDAY.atStartOfDay(), covers.get(0).demand().start());
        assertEquals(List.of(100, 100, 67, 67, 67, 100, 100, 100), covers.stream().map(SlotCover::centiAgents).toList());
    }

    @Test
    void noLeadInDayWithoutANightShiftAllowedTheEveningBefore() {
        assertEquals(2 * 7, roster(MONDAY, 7, List.of(D08, L15), 40, List.of()).getAssignments().size());
        // L15 ends at midnight exactly: it does not reach into the next day
        ShiftTemplate l15 = new ShiftTemplate("L15", LocalTime.of(15, 0), 540, 60);
        assertEquals(2 * 7, roster(MONDAY, 7, List.of(l15), 40, List.of()).getAssignments().size());
        // a weekday-only night shift cannot start on the Sunday before a Monday start
        ShiftTemplate weekdays = new ShiftTemplate("N23", LocalTime.of(23, 0), 540, 60,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertEquals(2 * 7, roster(MONDAY, 7, List.of(weekdays, D08), 40, List.of()).getAssignments().size());
        assertEquals(2 * 7 + 2, roster(WEDNESDAY, 7, List.of(weekdays, D08), 40, List.of()).getAssignments().size());
    }

    @Test
    void theLeadInDayInTheFirstWeekRaisesItsMaximumButNotItsMinimum() {
        // Wed 2 Dec: the lead-in Tuesday is in the first ISO week with Wed-Sun: 6 planned days, 2 credited as before
        Roster roster = week(WEDNESDAY);
        for (Assignment a : agentDays(roster, "ann")) {
            if (a.getWeekIndex() == 0) {
                // Tue (lead-in, credited) and Wed-Sun planned, Monday before the horizon and unknown
                assertEquals(new ContractWeek(6, 1, 0, 1, ContractWeek.UNKNOWN), a.getWeek(), a.toString());
            } else {
                assertEquals(new ContractWeek(2, 0, 5, 0, 0), a.getWeek(), a.toString()); // Mon-Tue of the next week
            }
        }
    }

    @Test
    void anAbsenceThatStartsBeforeTheHorizonRulesOutTheLeadInNight() {
        RosterRequest.Absence eveOff = new RosterRequest.Absence("ann", LocalDateTime.of(2026, 11, 29, 20, 0),
                LocalDateTime.of(2026, 11, 30, 6, 0));
        Roster roster = roster(MONDAY, 7, List.of(N23, D08, L15), 40, List.of(eveOff));
        assertTrue(day(roster, "ann", -1, null).getShiftRange().isEmpty());
        assertEquals(1, day(roster, "bob", -1, null).getShiftRange().size());
    }

    @Test
    void aPublishedNightOnTheEveIsKeptWhenReplanning() {
        List<RosterRequest.Requirement> reqs = new ArrayList<>();
        for (int h = 0; h < 7 * 24; h++) {
            reqs.add(new RosterRequest.Requirement(MONDAY.atStartOfDay().plusHours(h), "enquiry", 1));
        }
        List<RosterRequest.AgentContract> agents = List.of(
                new RosterRequest.AgentContract("ann", null, List.of(), 32, 40, 5));
        List<RosterRequest.PublishedShift> published = List.of(
                new RosterRequest.PublishedShift("ann", MONDAY.minusDays(1), "N23", "enquiry"),
                new RosterRequest.PublishedShift("ann", MONDAY, "N23", "enquiry"));
        Roster roster = RosterBuilder.build(new RosterRequest(reqs, agents, List.of(N23, D08), List.of(), published,
                null));
        Assignment eve = roster.getAssignments().stream().filter(Assignment::isLeadIn).findFirst().orElseThrow();
        assertTrue(eve.isPublished());
        assertEquals("N23", eve.getShift().id());
        assertEquals(eve.getShift(), eve.getPublishedShift());
        assertEquals(List.of("N23", "N23"), roster.getAssignments().stream().filter(Assignment::isWorking)
                .map(a -> a.getShift().id()).toList());
    }

    // ---- the rules

    @Test
    void restAfterTheLeadInNight() {
        Roster roster = week(MONDAY);
        // N23 ends Monday 08:00, L15 starts 15:00: 7 h rest, 4 h missing
        verifier.verifyThat(RosterConstraintProvider::agentsRestBetweenShifts)
                .given(day(roster, "ann", -1, N23), day(roster, "ann", 0, L15)).penalizesBy(240);
        // N23 again on Monday 23:00: 15 h rest
        verifier.verifyThat(RosterConstraintProvider::agentsRestBetweenShifts)
                .given(day(roster, "ann", -1, N23), day(roster, "ann", 0, N23)).penalizesBy(0);
    }

    @Test
    void theLeadInNightStartsARunOfConsecutiveDays() {
        Roster roster = week(MONDAY);
        List<Object> days = new ArrayList<>(List.of(day(roster, "ann", -1, N23)));
        for (int d = 0; d < 5; d++) {
            days.add(day(roster, "ann", d, N23));
        }
        // Sunday night then Monday-Friday nights: 6 in a row, 5 allowed
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirConsecutiveDays)
                .given(days.toArray()).penalizesBy(1440);
        day(roster, "ann", -1, null);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirConsecutiveDays)
                .given(days.toArray()).penalizesBy(0);
    }

    @Test
    void theLeadInNightCountsInTheWeekItStartsIn() {
        // Monday start: the Sunday night is the previous week's only planned day, at most 40/5 = 8 paid hours
        Roster roster = week(MONDAY);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirContractHoursPerWeek)
                .given(day(roster, "ann", -1, N23)).penalizesBy(0);
        // a 20-hour contract allows 4 paid hours that day: the 8-hour night is 240 minutes over
        Roster partTime = roster(MONDAY, 7, List.of(N23, D08, L15), 20, List.of());
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirContractHoursPerWeek)
                .given(day(partTime, "ann", -1, N23)).penalizesBy(240);
        // nobody has to work the lead-in day: the previous week asks for no minimum; week 0 asks 32 h as before
        List<Assignment> off = agentDays(roster, "ann");
        off.forEach(a -> a.setShift(null));
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given(off.toArray()).penalizesBy(32 * 60);

        // Wednesday start: Tuesday night + Wed-Sun in one week; 6 nights x 8 h = 48 h, 8 h over the 40 h maximum
        Roster wednesday = week(WEDNESDAY);
        List<Object> six = new ArrayList<>();
        for (int d = -1; d < 5; d++) {
            six.add(day(wednesday, "ann", d, N23));
        }
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirContractHoursPerWeek)
                .given(six.toArray()).penalizesBy(480);
        // the minimum of a 5-day week is 32 - 2 x 8 = 16 h, with or without the lead-in night: 2 nights are enough
        List<Assignment> two = agentDays(wednesday, "ann");
        two.forEach(a -> a.setShift(null));
        day(wednesday, "ann", -1, N23);
        day(wednesday, "ann", 0, N23);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given(two.stream().filter(a -> a.getWeekIndex() == 0).toArray()).penalizesBy(0);
        day(wednesday, "ann", -1, null);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given(two.stream().filter(a -> a.getWeekIndex() == 0).toArray()).penalizesBy(480);
    }

    @Test
    void unavailabilityBeforeTheHorizonStillApplies() {
        Roster roster = week(MONDAY);
        Assignment night = day(roster, "ann", -1, N23);
        // off from Sunday 22:00 (minute -120) to Monday 01:00: 2 of the shift's hours
        Unavailability u = new Unavailability(night.getAgent(), -120, 60);
        verifier.verifyThat(RosterConstraintProvider::agentsDoNotWorkWhenUnavailable)
                .given(u, night).penalizesBy(120);
    }

    @Test
    void theLeadInNightCoversTheFirstHoursAndCountsAsANight() {
        Roster roster = week(MONDAY);
        Assignment night = day(roster, "ann", -1, N23);
        // 1 agent needed per hour: 00:00-08:00 is covered at 5 x 60 + 3 x 40 agent-minutes (the break window at
        // 67%), each weighted 1 + 1/1 = 2 (every hour is the peak)
        verifier.verifyThat(RosterConstraintProvider::agentsOnDutyCoverTheRequirement)
                .given(roster.getDemands().stream().limit(24).toArray()).rewardsWith(0);
        List<Object> facts = new ArrayList<>(roster.getDemands());
        facts.add(night);
        verifier.verifyThat(RosterConstraintProvider::agentsOnDutyCoverTheRequirement)
                .given(facts.toArray()).rewardsWith(2 * (5 * 60 + 3 * 40));
        verifier.verifyThat(RosterConstraintProvider::nightsAreSharedEvenly)
                .given(night, day(roster, "ann", 0, N23)).penalizesBy(30 * 4);
    }

    // ---- after solving: breaks, coverage, the roster's rows

    @Test
    void theLeadInShiftIsDatedTheDayBeforeAndItsBreakIsPlaced() {
        Roster roster = week(MONDAY);
        day(roster, "ann", -1, N23);
        day(roster, "bob", 0, D08);
        List<ScheduledShift> shifts = BreakPlanner.place(roster);
        ScheduledShift night = shifts.get(0);
        assertEquals(LocalDate.of(2026, 11, 29), night.date());
        assertEquals(LocalDateTime.of(2026, 11, 29, 23, 0), night.start());
        assertEquals(LocalDateTime.of(2026, 11, 30, 8, 0), night.end());
        ScheduledShift.BreakTime b = night.breaks().get(0);
        assertTrue(!b.start().isBefore(MONDAY.atTime(2, 0)) && !b.end().isAfter(MONDAY.atTime(5, 0)), b.toString());
        // coverage counts the night's hours inside the horizon only: 7 on the phones of 8 after midnight
        Coverage coverage = RosterSolver.coverage(roster, shifts);
        double firstEight = coverage.intervals().stream().filter(i -> i.start().isBefore(MONDAY.atTime(8, 0)))
                .mapToDouble(Coverage.Interval::scheduledAgents).sum();
        assertEquals(7, firstEight, 1e-9);
    }
}
