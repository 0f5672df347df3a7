package wfm.scheduling.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;

class FairSharesTest {
    /** Scores a roster from scratch with the constraint provider. */
    private static SolverFactory<Roster> factory() {
        return DemandAwareConstructionTest.constructionOnly(new DemandAwareConstruction());
    }

    /** Runs the construction alone, with or without the fairness pass, and scores it with the constraint provider. */
    private static Roster construct(RosterRequest request, boolean evenShares) {
        return DemandAwareConstructionTest.construct(request, new DemandAwareConstruction(evenShares));
    }

    /** Per agent, how many of its days match. */
    private static Map<String, Integer> countPerAgent(Roster roster, Predicate<Assignment> kind) {
        Map<String, Integer> counts = new HashMap<>();
        for (Assignment a : roster.getAssignments()) {
            counts.merge(a.getAgent().id(), kind.test(a) ? 1 : 0, Integer::sum);
        }
        return counts;
    }

    private static long squares(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(c -> (long) c * c).sum();
    }

    private static int spread(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow()
                - counts.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    private static long fairnessSquares(Roster roster) {
        return squares(countPerAgent(roster, Assignment::isNight))
                + squares(countPerAgent(roster, a -> a.isWorking() && a.isWeekend()))
                + squares(countPerAgent(roster, a -> a.isWorking() && a.isSurgeDay()));
    }

    @Test
    void nightsAndWeekendsEvenOutWithCoverageAndHardRulesUnchanged() {
        // a 24-hour month from a Tuesday: partial first and last weeks, 11 h rest, two queues, month-edge surges
        RosterRequest request = SyntheticHotline.request(30, LocalDate.of(2026, 12, 1), 31, 30,
                List.of("billing", "english"), true, 1.05, 7);
        Roster greedy = construct(request, false);
        Roster fair = construct(request, true);

        Map<String, Integer> nightsBefore = countPerAgent(greedy, Assignment::isNight);
        Map<String, Integer> nightsAfter = countPerAgent(fair, Assignment::isNight);
        assertEquals(0, greedy.getScore().hardScore(), "greedy " + greedy.getScore());
        assertEquals(0, fair.getScore().hardScore(), "after the pass " + fair.getScore());
        assertEquals(greedy.getScore().mediumScore(), fair.getScore().mediumScore(), "coverage is untouched");
        assertTrue(spread(nightsAfter) < spread(nightsBefore),
                "nights per agent before " + nightsBefore.values() + ", after " + nightsAfter.values());
        // the same agent-minutes on duty per interval, so over-staffing is unchanged too: the soft score moves by
        // exactly the fairness rules' 30 per squared count
        long squaresBefore = fairnessSquares(greedy);
        long squaresAfter = fairnessSquares(fair);
        assertTrue(squaresAfter < squaresBefore, squaresBefore + " -> " + squaresAfter);
        assertEquals(30 * (squaresBefore - squaresAfter),
                fair.getScore().softScore() - greedy.getScore().softScore());
    }

    @Test
    void aSolvedRosterIsEvenedOutInPlaceWithCoverageAndHardRulesUnchanged() {
        // the pass the solver runs on its result: here on the greedy roster alone, scored again from scratch
        RosterRequest request = SyntheticHotline.request(30, LocalDate.of(2026, 12, 1), 31, 30,
                List.of("billing", "english"), true, 1.05, 11);
        Roster roster = construct(request, false);
        HardMediumSoftLongScore before = roster.getScore();
        long squaresBefore = fairnessSquares(roster);
        int nightSpreadBefore = spread(countPerAgent(roster, Assignment::isNight));

        assertTrue(FairShares.evenSolved(roster) > 0);
        SolutionManager.create(factory()).update(roster);

        assertEquals(0, before.hardScore());
        assertEquals(0, roster.getScore().hardScore(), "after the pass " + roster.getScore());
        assertEquals(before.mediumScore(), roster.getScore().mediumScore(), "coverage is untouched");
        assertTrue(spread(countPerAgent(roster, Assignment::isNight)) < nightSpreadBefore);
        long squaresAfter = fairnessSquares(roster);
        assertTrue(squaresAfter < squaresBefore, squaresBefore + " -> " + squaresAfter);
        assertEquals(30 * (squaresBefore - squaresAfter), roster.getScore().softScore() - before.softScore());
    }

    @Test
    void anInfeasibleRosterIsLeftAsItIs() {
        RosterRequest request = SyntheticHotline.request(30, LocalDate.of(2026, 12, 1), 31, 30,
                List.of("billing", "english"), true, 1.05, 11);
        Roster roster = construct(request, false);
        roster.setScore(HardMediumSoftLongScore.of(-1, roster.getScore().mediumScore(),
                roster.getScore().softScore()));
        assertEquals(0, FairShares.evenSolved(roster));
    }

    @Test
    void daysAsPublishedStayAsPublished() {
        // changing a day the published roster still has costs the medium level, so the pass leaves such days alone:
        // A001's published month, and the days off the published roster implies for everyone else
        RosterRequest base = SyntheticHotline.request(30, LocalDate.of(2026, 12, 1), 31, 30,
                List.of("billing", "english"), true, 1.05, 11);
        Roster first = construct(base, false);
        List<RosterRequest.PublishedShift> shifts = first.getAssignments().stream()
                .filter(a -> a.getAgent().id().equals("A001") && a.isWorking() && !a.isLeadIn())
                .map(a -> new RosterRequest.PublishedShift("A001", a.getDate(), a.getShift().id(),
                        a.getQueue().name()))
                .toList();
        RosterRequest request = new RosterRequest(base.requirements(), base.agents(), base.shifts(), List.of(),
                shifts, base.rules());
        Roster roster = construct(request, false);
        HardMediumSoftLongScore before = roster.getScore();
        Map<String, String> asPublished = new HashMap<>();
        roster.getAssignments().stream().filter(a -> a.isPublished() && !a.changedFromPublished())
                .forEach(a -> asPublished.put(a.getId(), String.valueOf(a.getShift())));
        long squaresBefore = fairnessSquares(roster);

        assertTrue(FairShares.evenSolved(roster) > 0, "score " + before);
        SolutionManager.create(factory()).update(roster);

        roster.getAssignments().stream().filter(a -> asPublished.containsKey(a.getId()))
                .forEach(a -> assertEquals(asPublished.get(a.getId()), String.valueOf(a.getShift()), a.getId()));
        assertEquals(0, roster.getScore().hardScore());
        assertTrue(roster.getScore().mediumScore() >= before.mediumScore(), before + " -> " + roster.getScore());
        assertTrue(fairnessSquares(roster) < squaresBefore);
    }
}
