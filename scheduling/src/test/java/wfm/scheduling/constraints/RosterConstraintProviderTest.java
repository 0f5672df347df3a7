package wfm.scheduling.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import wfm.scheduling.domain.Agent;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.ContractWeek;
import wfm.scheduling.domain.Horizon;
import wfm.scheduling.domain.Queue;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.domain.ShiftTemplate;
import wfm.scheduling.domain.SlotDemand;
import wfm.scheduling.domain.Unavailability;

/**
 * One test per rule, each with a breaking and a keeping case, on a week from Monday 2026-11-30 with hourly
 * intervals; expected penalties are worked out by hand in the comments.
 */
class RosterConstraintProviderTest {
    private static final Horizon WEEK = new Horizon(LocalDate.of(2026, 11, 30), 7, 60);
    private static final Queue ENQUIRY = new Queue(0, "enquiry");
    private static final Queue COMPLAINTS = new Queue(1, "complaints");
    /** 9-hour shifts with a 1-hour unpaid break: 8 paid hours. */
    private static final ShiftTemplate EARLY = new ShiftTemplate("E06", LocalTime.of(6, 0), 540, 60);
    private static final ShiftTemplate DAY = new ShiftTemplate("D10", LocalTime.of(10, 0), 540, 60);
    private static final ShiftTemplate LATE = new ShiftTemplate("L14", LocalTime.of(14, 0), 540, 60);
    private static final ShiftTemplate NIGHT = new ShiftTemplate("N22", LocalTime.of(22, 0), 540, 60);
    /** Four hours, no break, for exact coverage arithmetic. */
    private static final ShiftTemplate PART = new ShiftTemplate("P08", LocalTime.of(8, 0), 240, 0);

    private final ConstraintVerifier<RosterConstraintProvider, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraintProvider(), Roster.class, Assignment.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private final SlotDemand[][] demands = demands(0);

    private static SlotDemand[][] demands(double required) {
        SlotDemand[][] d = new SlotDemand[2][WEEK.slots()];
        for (Queue q : List.of(ENQUIRY, COMPLAINTS)) {
            for (int s = 0; s < WEEK.slots(); s++) {
                d[q.index()][s] = new SlotDemand(q, s, WEEK.time(s * 60), 60, required, 1);
            }
        }
        return d;
    }

    private static Agent agent(String id) {
        return new Agent(id, id, List.of(ENQUIRY), 32 * 60, 40 * 60, 5, 11 * 60);
    }

    private Assignment day(Agent agent, int dayIndex, ShiftTemplate template) {
        return day(agent, dayIndex, template, demands);
    }

    private static Assignment day(Agent agent, int dayIndex, ShiftTemplate template, SlotDemand[][] demands) {
        LocalDate date = WEEK.date(dayIndex);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        ShiftOption option = template == null ? null : new ShiftOption(template, dayIndex, WEEK, demands);
        Assignment a = new Assignment(agent, dayIndex, date, 0, 7, weekend, dayIndex == 6,
                option == null ? List.of() : List.of(option));
        a.setShift(option);
        return a;
    }

    private Assignment[] week(Agent agent, ShiftTemplate... days) {
        Assignment[] week = new Assignment[7];
        for (int d = 0; d < 7; d++) {
            week[d] = day(agent, d, d < days.length ? days[d] : null);
        }
        return week;
    }

    // ---- Hard

    @Test
    void agentsRestBetweenShifts() {
        Agent ann = agent("ann");
        // L14 ends 23:00, E06 next day starts 06:00: 7 h rest, 11 h needed, 4 h = 240 minutes missing
        verifier.verifyThat(RosterConstraintProvider::agentsRestBetweenShifts)
                .given(day(ann, 0, LATE), day(ann, 1, EARLY)).penalizesBy(240);
        // L14 then D10: exactly 11 h
        verifier.verifyThat(RosterConstraintProvider::agentsRestBetweenShifts)
                .given(day(ann, 0, LATE), day(ann, 1, DAY)).penalizesBy(0);
        // a night shift 22:00-07:00 then E06 two days later: 23 h rest
        verifier.verifyThat(RosterConstraintProvider::agentsRestBetweenShifts)
                .given(day(ann, 0, NIGHT), day(ann, 2, EARLY)).penalizesBy(0);
        // a night shift ending 07:00 then L14 the next day: 7 h rest, 240 missing; other agents do not count
        verifier.verifyThat(RosterConstraintProvider::agentsRestBetweenShifts)
                .given(day(ann, 0, NIGHT), day(ann, 1, LATE), day(agent("bob"), 1, EARLY)).penalizesBy(240);
    }

    @Test
    void agentsWorkAtMostTheirConsecutiveDays() {
        Agent ann = agent("ann"); // at most 5 in a row
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirConsecutiveDays)
                .given((Object[]) week(ann, DAY, DAY, DAY, DAY, DAY, DAY, DAY)).penalizesBy(2 * 1440);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirConsecutiveDays)
                .given((Object[]) week(ann, DAY, DAY, DAY, DAY, DAY, null, DAY)).penalizesBy(0);
    }

    @Test
    void agentsWorkAtLeastTheirContractHoursPerWeek() {
        Agent ann = agent("ann"); // 32..40 h
        // 3 shifts x 8 paid hours = 24 h: 8 h = 480 minutes short of the minimum
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given((Object[]) week(ann, DAY, DAY, DAY)).penalizesBy(480);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given((Object[]) week(ann, DAY, DAY, DAY, DAY)).penalizesBy(0);
        // a whole week off is the worst case, and must be seen although no shift is assigned
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given((Object[]) week(ann)).penalizesBy(32 * 60);
        // two leave days count as worked at 8 h each: 16 h left to work, 8 h done
        Assignment[] leave = week(ann, DAY);
        for (Assignment a : leave) {
            a.setWeek(new ContractWeek(7, 0, 0, 2, 0));
        }
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given((Object[]) leave).penalizesBy(480);
    }

    @Test
    void agentsWorkAtMostTheirContractHoursPerWeek() {
        Agent ann = agent("ann");
        // 6 x 8 = 48 h: 8 h over the 40 h maximum
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirContractHoursPerWeek)
                .given((Object[]) week(ann, DAY, DAY, DAY, null, DAY, DAY, DAY)).penalizesBy(480);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirContractHoursPerWeek)
                .given((Object[]) week(ann, DAY, DAY, DAY, null, DAY, DAY)).penalizesBy(0);
    }

    @Test
    void partialWeeksScaleTheContractAtFullTimePace() {
        Agent ann = agent("ann"); // 32..40 h: 8 h a day at full-time pace
        assertEquals(40 * 60, ContractWeek.prorated(7).maxMinutes(ann));
        assertEquals(8 * 60, ContractWeek.prorated(1).maxMinutes(ann));
        assertEquals(32 * 60 - 8 * 60, ContractWeek.prorated(6).minMinutes(ann));
        assertEquals(0, ContractWeek.prorated(2).minMinutes(ann));
        // Fri-Sun of a Monday week, Mon-Thu unknown: 3 days at 8 h; the minimum credits the 4 days at 8 h
        ContractWeek unseen = new ContractWeek(3, 4, 0, 0, ContractWeek.UNKNOWN);
        assertEquals(24 * 60, unseen.maxMinutes(ann));
        assertEquals(0, unseen.minMinutes(ann));
        // the same days with Mon-Thu known: 30 h worked leave 10 h; the minimum counts the 32 h credit (more)
        ContractWeek seen = new ContractWeek(3, 4, 0, 0, 30 * 60);
        assertEquals(10 * 60, seen.maxMinutes(ann));
        assertEquals(0, seen.minMinutes(ann));
        // 12 h worked Mon-Thu: 28 h may follow; the minimum still credits the four days at 8 h, never more
        ContractWeek light = new ContractWeek(5, 2, 0, 0, 12 * 60);
        assertEquals(28 * 60, light.maxMinutes(ann));
        assertEquals(32 * 60 - 16 * 60, light.minMinutes(ann));
        // more worked than the whole maximum: nothing may follow, nothing is required
        assertEquals(0, new ContractWeek(2, 5, 0, 0, 45 * 60).maxMinutes(ann));
    }

    /** Seven days from a Friday, as a centre whose schedule week starts on Friday plans them. */
    private static Assignment[] fridayWeek(Agent ann, DayOfWeek weekStart, ShiftTemplate... days) {
        Horizon fridays = new Horizon(LocalDate.of(2026, 12, 4), 7, 60, weekStart);
        SlotDemand[][] none = new SlotDemand[1][fridays.slots()];
        for (int s = 0; s < fridays.slots(); s++) {
            none[0][s] = new SlotDemand(ENQUIRY, s, fridays.time(s * 60), 60, 0, 1);
        }
        Assignment[] week = new Assignment[7];
        for (int d = 0; d < 7; d++) {
            int w = fridays.weekIndex(d);
            ShiftOption option = d < days.length && days[d] != null
                    ? new ShiftOption(days[d], d, fridays, none) : null;
            week[d] = new Assignment(ann, d, fridays.date(d), w, fridays.daysInWeek(w), false, false,
                    option == null ? List.of() : List.of(option));
            week[d].setShift(option);
            // Fri-Sun: 4 days before unknown; Mon-Thu: 3 days after; a Friday week: the whole week planned
            week[d].setWeek(fridays.daysInWeek(w) == 7 ? new ContractWeek(7, 0, 0, 0, 0)
                    : w == 0 ? new ContractWeek(3, 4, 0, 0, ContractWeek.UNKNOWN) : ContractWeek.prorated(4));
        }
        return week;
    }

    @Test
    void aScheduleWeekFromFridayHoldsAtMostTheWeeklyMaximumInThoseSevenDays() {
        Agent ann = agent("ann"); // at most 40 h
        // Fri-Thu, seven 8-hour shifts = 56 h: with ISO weeks 24 h (Fri-Sun) + 32 h (Mon-Thu) pass unseen
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirContractHoursPerWeek)
                .given((Object[]) fridayWeek(ann, DayOfWeek.MONDAY, DAY, DAY, DAY, DAY, DAY, DAY, DAY))
                .penalizesBy(0);
        // with the week starting on Friday the same seven days are one week: 16 h over
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirContractHoursPerWeek)
                .given((Object[]) fridayWeek(ann, DayOfWeek.FRIDAY, DAY, DAY, DAY, DAY, DAY, DAY, DAY))
                .penalizesBy(16 * 60);
        // five of the seven days: exactly the maximum
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirContractHoursPerWeek)
                .given((Object[]) fridayWeek(ann, DayOfWeek.FRIDAY, DAY, null, DAY, DAY, null, DAY, DAY))
                .penalizesBy(0);
        // and the minimum is the full 32 h: three days are 8 h short
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given((Object[]) fridayWeek(ann, DayOfWeek.FRIDAY, DAY, null, DAY, null, null, DAY))
                .penalizesBy(8 * 60);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given((Object[]) fridayWeek(ann, DayOfWeek.FRIDAY, DAY, null, DAY, null, DAY, DAY))
                .penalizesBy(0);
    }

    @Test
    void hoursWorkedBeforeTheHorizonCountInItsFirstWeek() {
        Agent ann = agent("ann"); // 32..40 h
        // Thu-Sun planned, Mon-Wed worked 24 h: 16 h may follow; three 8-hour days are 8 h over
        Assignment[] days = week(ann, null, null, null, DAY, DAY, DAY);
        for (Assignment a : days) {
            a.setWeek(new ContractWeek(4, 3, 0, 0, 24 * 60));
        }
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirContractHoursPerWeek)
                .given((Object[]) days).penalizesBy(8 * 60);
        days[5].setShift(null);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtMostTheirContractHoursPerWeek)
                .given((Object[]) days).penalizesBy(0);
        // and toward the minimum: 24 h worked + 8 h here is exactly 32 h; nothing here is 8 h short
        days[4].setShift(null);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given((Object[]) days).penalizesBy(0);
        days[3].setShift(null);
        verifier.verifyThat(RosterConstraintProvider::agentsWorkAtLeastTheirContractHoursPerWeek)
                .given((Object[]) days).penalizesBy(8 * 60);
    }

    @Test
    void agentsAnswerOnlyQueuesTheyAreSkilledFor() {
        Assignment onComplaints = day(agent("ann"), 0, DAY);
        onComplaints.setQueue(COMPLAINTS);
        verifier.verifyThat(RosterConstraintProvider::agentsAnswerOnlyQueuesTheyAreSkilledFor)
                .given(onComplaints).penalizesBy(480);
        verifier.verifyThat(RosterConstraintProvider::agentsAnswerOnlyQueuesTheyAreSkilledFor)
                .given(day(agent("bob"), 0, DAY)).penalizesBy(0);
    }

    @Test
    void agentsDoNotWorkWhenUnavailable() {
        Agent ann = agent("ann");
        // a doctor's appointment 12:00-14:00 on Tuesday (minutes 1440+720 .. 1440+840) against D10 10:00-19:00
        Unavailability doctor = new Unavailability(ann, 1440 + 720, 1440 + 840);
        verifier.verifyThat(RosterConstraintProvider::agentsDoNotWorkWhenUnavailable)
                .given(doctor, day(ann, 1, DAY)).penalizesBy(120);
        verifier.verifyThat(RosterConstraintProvider::agentsDoNotWorkWhenUnavailable)
                .given(doctor, day(ann, 0, DAY), day(ann, 1, null), day(agent("bob"), 1, DAY)).penalizesBy(0);
    }

    // ---- Medium

    @Test
    void everyIntervalNeedsItsRequiredAgents() {
        SlotDemand busy = new SlotDemand(ENQUIRY, 10, WEEK.time(600), 60, 2.5, 1);
        SlotDemand quiet = new SlotDemand(ENQUIRY, 3, WEEK.time(180), 60, 0, 1);
        // 2.5 agents x 60 minutes
        verifier.verifyThat(RosterConstraintProvider::everyIntervalNeedsItsRequiredAgents)
                .given(busy, quiet).penalizesBy(150);
        verifier.verifyThat(RosterConstraintProvider::everyIntervalNeedsItsRequiredAgents)
                .given(quiet).penalizesBy(0);
        // at the horizon's peak a short agent-minute costs twice
        SlotDemand peak = new SlotDemand(ENQUIRY, 10, WEEK.time(600), 60, 2.5, 2);
        verifier.verifyThat(RosterConstraintProvider::everyIntervalNeedsItsRequiredAgents)
                .given(peak).penalizesBy(300);
    }

    @Test
    void agentsOnDutyCoverTheRequirement() {
        SlotDemand[][] need = demands(2);
        // P08 covers 08:00-12:00 fully: two agents cover 2 needed x 4 h = 480 agent-minutes; a third adds nothing
        verifier.verifyThat(RosterConstraintProvider::agentsOnDutyCoverTheRequirement)
                .given(day(agent("ann"), 0, PART, need), day(agent("bob"), 0, PART, need),
                        day(agent("cat"), 0, PART, need))
                .rewardsWith(480);
        verifier.verifyThat(RosterConstraintProvider::agentsOnDutyCoverTheRequirement)
                .given(day(agent("ann"), 0, null, need)).rewardsWith(0);
    }

    @Test
    void coverageNetsToTheAgentMinutesShort() {
        SlotDemand[][] need = demands(2);
        // all rules together: 2 agents needed on both queues around the clock for a week, one agent covers 4 h
        // of it (medium); that agent's 4 paid hours leave 28 h of the 32 h weekly minimum undone (hard)
        Assignment ann = day(agent("ann"), 0, PART, need);
        Object[] facts = Arrays.stream(need).flatMap(Arrays::stream).toArray();
        Object[] given = Arrays.copyOf(facts, facts.length + 1);
        given[facts.length] = ann;
        verifier.verifyThat().given(given).scores(
                org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.of(
                        -(32 * 60 - 240), -(2L * 2 * 7 * 24 * 60 - 240), 0));
    }

    // ---- Soft

    @Test
    void intervalsAreNotOverstaffed() {
        SlotDemand[][] need = demands(1);
        // two agents on P08 where one is needed: 1 agent x 4 h = 240 agent-minutes over
        verifier.verifyThat(RosterConstraintProvider::intervalsAreNotOverstaffed)
                .given(day(agent("ann"), 0, PART, need), day(agent("bob"), 0, PART, need)).penalizesBy(240);
        verifier.verifyThat(RosterConstraintProvider::intervalsAreNotOverstaffed)
                .given(day(agent("ann"), 0, PART, need)).penalizesBy(0);
    }

    @Test
    void weekendsAreSharedEvenly() {
        Agent ann = agent("ann");
        Agent bob = agent("bob");
        // Saturday is day 5, Sunday day 6: one agent on both = 30 x 2^2; one each = 30 x (1 + 1)
        verifier.verifyThat(RosterConstraintProvider::weekendsAreSharedEvenly)
                .given(day(ann, 5, DAY), day(ann, 6, DAY), day(bob, 5, null), day(bob, 6, null)).penalizesBy(120);
        verifier.verifyThat(RosterConstraintProvider::weekendsAreSharedEvenly)
                .given(day(ann, 5, DAY), day(ann, 6, null), day(bob, 5, null), day(bob, 6, DAY)).penalizesBy(60);
        verifier.verifyThat(RosterConstraintProvider::weekendsAreSharedEvenly)
                .given(day(ann, 0, DAY), day(ann, 1, DAY)).penalizesBy(0);
    }

    @Test
    void nightsAreSharedEvenly() {
        Agent ann = agent("ann");
        Agent bob = agent("bob");
        verifier.verifyThat(RosterConstraintProvider::nightsAreSharedEvenly)
                .given(day(ann, 0, NIGHT), day(ann, 2, NIGHT), day(bob, 0, DAY), day(bob, 2, DAY)).penalizesBy(120);
        verifier.verifyThat(RosterConstraintProvider::nightsAreSharedEvenly)
                .given(day(ann, 0, NIGHT), day(ann, 2, DAY), day(bob, 0, DAY), day(bob, 2, NIGHT)).penalizesBy(60);
        // L14 ends 23:00: one hour of night is not a night shift
        verifier.verifyThat(RosterConstraintProvider::nightsAreSharedEvenly)
                .given(day(ann, 0, LATE)).penalizesBy(0);
    }

    @Test
    void surgeDaysAreSharedEvenly() {
        Agent ann = agent("ann");
        // day 6 is the surge day of the fixture
        verifier.verifyThat(RosterConstraintProvider::surgeDaysAreSharedEvenly)
                .given(day(ann, 6, DAY), day(agent("bob"), 6, DAY)).penalizesBy(60);
        verifier.verifyThat(RosterConstraintProvider::surgeDaysAreSharedEvenly)
                .given(day(ann, 5, DAY), day(ann, 6, null)).penalizesBy(0);
    }

    @Test
    void thePublishedRosterIsKept() {
        Agent ann = agent("ann");
        Assignment moved = day(ann, 0, DAY);
        ShiftOption published = new ShiftOption(EARLY, 0, WEEK, demands);
        moved.publish(published, ENQUIRY);
        moved.setShift(new ShiftOption(DAY, 0, WEEK, demands));
        Assignment dropped = day(ann, 1, DAY);
        dropped.publish(dropped.getShift(), ENQUIRY);
        dropped.setShift(null);
        Assignment kept = day(ann, 2, DAY);
        kept.publish(kept.getShift(), ENQUIRY);
        verifier.verifyThat(RosterConstraintProvider::thePublishedRosterIsKept)
                .given(moved, dropped, kept).penalizesBy(2 * RosterConstraintProvider.CHANGE_MINUTES);
        verifier.verifyThat(RosterConstraintProvider::thePublishedRosterIsKept)
                .given(kept, day(ann, 3, DAY)).penalizesBy(0);
        // a published shift the agent can no longer work (now unavailable): off, and changed all the same
        Assignment lost = day(ann, 4, null);
        lost.publishLostShift();
        verifier.verifyThat(RosterConstraintProvider::thePublishedRosterIsKept)
                .given(lost).penalizesBy(RosterConstraintProvider.CHANGE_MINUTES);
    }

    // ---- the meta-test

    @Test
    void everyConstraintHasATest() {
        Set<String> tests = Arrays.stream(getClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).map(Method::getName).collect(Collectors.toSet());
        List<String> rules = Arrays.stream(RosterConstraintProvider.class.getDeclaredMethods())
                .filter(m -> m.getReturnType() == Constraint.class
                        && Arrays.equals(m.getParameterTypes(), new Class<?>[] {ConstraintFactory.class}))
                .map(Method::getName).toList();
        assertTrue(rules.size() >= 13, "constraint methods found: " + rules);
        for (String rule : rules) {
            assertTrue(tests.contains(rule), "no test named " + rule + " for the constraint method " + rule);
        }
    }
}
