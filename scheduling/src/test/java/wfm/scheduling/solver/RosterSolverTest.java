package wfm.scheduling.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;

class RosterSolverTest {
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    /** FULL_ASSERT recomputes the score from scratch after every move: the incremental coverage must agree. */
    @Test
    void incrementalScoreAgreesWithAFullRecalculation() {
        RosterRequest request = SyntheticHotline.request(6, TUESDAY, 5, 30, List.of("billing", "english"), true, 1.0, 5);
        var config = RosterSolver.config(new RosterSolver.Options(Duration.ofSeconds(3), 1))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(RosterBuilder.build(request));
        assertTrue(solved.getScore().isSolutionInitialized());
    }

    @Test
    void aSmallWeekIsFeasibleRespectsUnavailabilityAndCoversMostOfTheRequirement() {
        RosterRequest base = SyntheticHotline.request(20, TUESDAY, 7, 30, List.of("billing", "english"), true, 0.9, 2);
        List<RosterRequest.Absence> absences = new ArrayList<>();
        absences.add(new RosterRequest.Absence("A001", TUESDAY.atStartOfDay(), TUESDAY.plusDays(3).atStartOfDay()));
        RosterRequest request = new RosterRequest(base.requirements(), base.agents(), base.shifts(), absences,
                List.of(), base.rules());
        RosterSolver.Result result = RosterSolver.solve(RosterBuilder.build(request),
                new RosterSolver.Options(Duration.ofSeconds(5), 1), p -> { });
        assertTrue(result.feasible(), "score " + result.score());
        assertEquals(1, result.seed());
        for (Assignment a : result.roster().getAssignments()) {
            if (a.getAgent().id().equals("A001") && a.getDayIndex() < 3) {
                assertEquals(null, a.getShift(), "A001 is on leave: " + a);
            }
        }
        // 90% load with 8-hour shifts on a 24-hour curve: a reasonable roster leaves under a fifth short
        double shortShare = result.coverage().shortAgentHours() / result.coverage().requiredAgentHours();
        assertTrue(shortShare < 0.2, "short share " + shortShare);
        assertTrue(result.shifts().stream().allMatch(s -> s.breaks().size() == 1));
    }

    /** A step limit, unlike time, makes the search independent of the machine: same seed and steps, same roster. */
    @Test
    void theSameSeedAndStepLimitGiveTheSameRoster() {
        RosterRequest request = SyntheticHotline.request(10, TUESDAY, 7, 30, List.of("billing", "english"), true, 1.0, 4);
        RosterSolver.Options options = new RosterSolver.Options(Duration.ofMinutes(5), 3).withSteps(1500);
        RosterSolver.Result first = RosterSolver.solve(RosterBuilder.build(request), options, p -> { });
        RosterSolver.Result second = RosterSolver.solve(RosterBuilder.build(request), options, p -> { });
        assertEquals(1500, first.stepsDone());
        assertEquals(first.score(), second.score());
        assertEquals(first.shifts(), second.shifts());
        RosterSolver.Result otherSeed = RosterSolver.solve(RosterBuilder.build(request),
                new RosterSolver.Options(Duration.ofMinutes(5), 4).withSteps(1500), p -> { });
        assertTrue(!otherSeed.shifts().equals(first.shifts()), "another seed searches elsewhere");
    }
}
