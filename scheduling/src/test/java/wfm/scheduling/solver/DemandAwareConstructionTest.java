package wfm.scheduling.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;

import wfm.scheduling.constraints.RosterConstraintProvider;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftTemplate;

class DemandAwareConstructionTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final ShiftTemplate EIGHT_TO_FOUR = new ShiftTemplate("D08", LocalTime.of(8, 0), 480, 0);

    /** A solver that runs only the given construction; also scores rosters with the constraint provider. */
    static SolverFactory<Roster> constructionOnly(DemandAwareConstruction construction) {
        return SolverFactory.create(new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(Assignment.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(RosterConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(construction))));
    }

    /** Runs the construction alone and scores its roster from scratch with the constraint provider. */
    static Roster construct(RosterRequest request, DemandAwareConstruction construction) {
        SolverFactory<Roster> factory = constructionOnly(construction);
        Roster roster = factory.buildSolver().solve(RosterBuilder.build(request));
        SolutionManager.create(factory).update(roster);
        return roster;
    }

    private static Roster construct(RosterRequest request) {
        return construct(request, new DemandAwareConstruction());
    }

    /** One queue, one week from Monday, hourly intervals; {@code agentsByDay[d]} needed 08:00-16:00 on day d. */
    private static List<RosterRequest.Requirement> daytime(int[] agentsByDay) {
        List<RosterRequest.Requirement> list = new ArrayList<>();
        for (int d = 0; d < agentsByDay.length; d++) {
            for (int h = 0; h < 24; h++) {
                list.add(new RosterRequest.Requirement(MONDAY.plusDays(d).atTime(h, 0), "q",
                        h >= 8 && h < 16 ? agentsByDay[d] : 0));
            }
        }
        return list;
    }

    private static List<RosterRequest.AgentContract> agents(int count, double minHours, double maxHours) {
        List<RosterRequest.AgentContract> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(new RosterRequest.AgentContract("A" + i, null, List.of("q"), minHours, maxHours, 6));
        }
        return list;
    }

    private static int working(Roster roster, int day) {
        return (int) roster.getAssignments().stream().filter(a -> a.getDayIndex() == day && a.isWorking()).count();
    }

    @Test
    void shiftsGoWhereTheRequirementIsAndNowhereElse() {
        // 3 agents needed on Thursday, 1 on Friday, none otherwise; each agent must work at least one 8-hour day.
        // The only roster with nobody short and nobody idle on the phones: all three on Thursday, one on Friday.
        RosterRequest request = new RosterRequest(daytime(new int[] {0, 0, 0, 3, 1, 0, 0}), agents(3, 8, 40),
                List.of(EIGHT_TO_FOUR), List.of(), List.of(), RosterRequest.Rules.DEFAULT);
        Roster roster = construct(request);
        assertEquals(HardMediumSoftLongScore.of(0, 0, 0), roster.getScore());
        int[] expected = {0, 0, 0, 3, 1, 0, 0};
        for (int d = 0; d < 7; d++) {
            assertEquals(expected[d], working(roster, d), "agents on day " + d);
        }
    }

    @Test
    void daysOffLandAwayFromTheDemandWhenTheMinimumForcesExtraDays() {
        // Every agent must work 3 days (24 h); the requirement is 2 agents on Wednesday and Thursday only: both
        // busy days get their 2 agents, and the forced extra days fall on the other days.
        RosterRequest request = new RosterRequest(daytime(new int[] {0, 0, 2, 2, 0, 0, 0}), agents(2, 24, 40),
                List.of(EIGHT_TO_FOUR), List.of(), List.of(), RosterRequest.Rules.DEFAULT);
        Roster roster = construct(request);
        assertEquals(0, roster.getScore().hardScore());
        assertEquals(0, roster.getScore().mediumScore(), "nobody short on Wednesday and Thursday");
        assertEquals(2, working(roster, 2));
        assertEquals(2, working(roster, 3));
        for (Assignment a : roster.getAssignments()) {
            assertEquals(3 * 480, roster.getAssignments().stream()
                    .filter(b -> b.getAgent() == a.getAgent()).mapToInt(Assignment::paidMinutes).sum());
        }
    }

    @Test
    void aMonthWithNightsLeavePartialWeeksAndTwoQueuesKeepsEveryHardRule() {
        // Tuesday start (partial first and last weeks), 24 h, night shifts, 11 h rest, 6 days in a row at most,
        // multi-skilled agents, three days of leave and a half-day of training
        RosterRequest base = SyntheticHotline.request(30, LocalDate.of(2026, 12, 1), 31, 30,
                List.of("billing", "english"), true, 1.05, 7);
        List<RosterRequest.Absence> absences = List.of(
                new RosterRequest.Absence("A001", LocalDate.of(2026, 12, 8).atStartOfDay(),
                        LocalDate.of(2026, 12, 11).atStartOfDay()),
                new RosterRequest.Absence("A002", LocalDate.of(2026, 12, 15).atTime(9, 0),
                        LocalDate.of(2026, 12, 15).atTime(13, 0)));
        RosterRequest request = new RosterRequest(base.requirements(), base.agents(), base.shifts(), absences,
                List.of(), base.rules());
        Roster roster = construct(request);
        assertEquals(0, roster.getScore().hardScore(), "score " + roster.getScore());
        for (var contract : request.agents()) {
            assertTrue(roster.getAssignments().stream()
                    .anyMatch(a -> a.getAgent().id().equals(contract.id()) && a.isWorking()),
                    contract.id() + " was planned by the construction itself");
        }
        for (Assignment a : roster.getAssignments()) {
            if (a.getAgent().id().equals("A001") && a.getDate().isAfter(LocalDate.of(2026, 12, 7))
                    && a.getDate().isBefore(LocalDate.of(2026, 12, 11))) {
                assertNull(a.getShift(), "A001 is on leave: " + a);
            }
        }
    }

    @Test
    void coversMoreThanOptaPlannersFirstFitConstruction() {
        // the yardstick the solver started from before: OptaPlanner's first-fit construction heuristic, alone
        RosterRequest request = SyntheticHotline.request(30, LocalDate.of(2026, 12, 1), 31, 30,
                List.of("billing", "english"), true, 1.05, 11);
        Roster ours = construct(request);
        Roster firstFit = SolverFactory.<Roster>create(new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(Assignment.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(RosterConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(new ConstructionHeuristicPhaseConfig())).buildSolver().solve(RosterBuilder.build(request));
        assertEquals(0, ours.getScore().hardScore());
        assertTrue(ours.getScore().mediumScore() > firstFit.getScore().mediumScore(),
                "ours " + ours.getScore() + ", first fit " + firstFit.getScore());
    }

    @Test
    void surgeDaysEndNoShorterThanOrdinaryDaysWhenAgentsAreShort() {
        // Two weeks; the agents can cover about 73% of the hours; month-edge days need 1.5 times the others
        int[] byDay = new int[14];
        for (int d = 0; d < 14; d++) {
            byDay[d] = d <= 1 || d >= 12 ? 9 : 6;
        }
        RosterRequest request = new RosterRequest(daytime(byDay), agents(7, 24, 40), List.of(EIGHT_TO_FOUR),
                List.of(), List.of(), RosterRequest.Rules.DEFAULT);
        Roster roster = construct(request);
        assertEquals(0, roster.getScore().hardScore());
        double[] shortShare = new double[2];
        double[] required = new double[2];
        for (int d = 0; d < 14; d++) {
            int k = d <= 1 || d >= 12 ? 0 : 1;
            required[k] += byDay[d];
            shortShare[k] += Math.max(0, byDay[d] - working(roster, d));
        }
        double surge = shortShare[0] / required[0];
        double ordinary = shortShare[1] / required[1];
        assertTrue(surge <= ordinary, "surge days " + surge + " short, ordinary days " + ordinary);
    }

    @Test
    void aPublishedRosterIsKeptAsItIs() {
        List<RosterRequest.PublishedShift> published = List.of(
                new RosterRequest.PublishedShift("A1", MONDAY, "D08", "q"),
                new RosterRequest.PublishedShift("A1", MONDAY.plusDays(1), "D08", "q"));
        RosterRequest request = new RosterRequest(daytime(new int[] {2, 2, 2, 2, 2, 0, 0}), agents(2, 16, 40),
                List.of(EIGHT_TO_FOUR), List.of(), published, RosterRequest.Rules.DEFAULT);
        Roster roster = construct(request);
        for (Assignment a : roster.getAssignments()) {
            if (a.getAgent().id().equals("A1")) {
                assertEquals(a.getDayIndex() <= 1, a.isWorking(), "A1 keeps the published days only: " + a);
            } else {
                assertEquals(a.getDayIndex() <= 4, a.isWorking(), "A2 fills Monday to Friday: " + a);
            }
        }
    }

    @Test
    void anAgentTheGreedyCannotPlanIsLeftToTheConstructionHeuristic() {
        // 56 hours of 8-hour shifts need all 7 days, but at most 6 in a row: no roster keeps A2's rules, so the
        // construction leaves A2 alone and the first-fit construction heuristic places A2 as it always did
        List<RosterRequest.AgentContract> agents = List.of(
                new RosterRequest.AgentContract("A1", null, List.of("q"), 8, 40, 6),
                new RosterRequest.AgentContract("A2", null, List.of("q"), 56, 56, 6));
        RosterRequest request = new RosterRequest(daytime(new int[] {1, 1, 1, 1, 1, 1, 1}), agents,
                List.of(EIGHT_TO_FOUR), List.of(), List.of(), RosterRequest.Rules.DEFAULT);
        Roster constructed = construct(request);
        assertTrue(constructed.getAssignments().stream()
                .noneMatch(a -> a.getAgent().id().equals("A2") && a.isWorking()));
        RosterSolver.Result solved = RosterSolver.solve(RosterBuilder.build(request),
                new RosterSolver.Options(Duration.ofSeconds(1), 1), p -> { });
        assertTrue(solved.roster().getAssignments().stream()
                .anyMatch(a -> a.getAgent().id().equals("A2") && a.isWorking()));
    }
}
