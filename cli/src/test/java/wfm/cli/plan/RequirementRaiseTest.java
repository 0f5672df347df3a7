package wfm.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import wfm.cli.commands.RosterInputs;
import wfm.cli.io.RequirementsCsv;
import wfm.simulation.experiment.ReplayExperiment;
import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.ReplayRun;
import wfm.simulation.risk.RiskResult;
import wfm.simulation.risk.RiskTarget;
import wfm.simulation.risk.RiskVerdict;
import wfm.simulation.risk.TargetScope;

/** The certification loop's raise, on replications made by hand so every count is known. */
class RequirementRaiseTest {
    private static final LocalDateTime MIDNIGHT = LocalDateTime.of(2026, 12, 1, 0, 0);
    /** One day of four six-hour intervals, two queues. */
    private static final ArrivalProfile PROFILE = new ArrivalProfile(List.of("card-info", "enquiry"), 21600,
            new double[][] {{10, 10, 10, 10}, {10, 10, 10, 10}}, new double[][] {{180, 180, 180, 180},
                    {180, 180, 180, 180}});

    /**
     * Ten futures, 10 calls per queue and interval; card-info drops 1 call at 06:00 in 3 of them: that day's
     * card-info rate is 1/40 = 2.5% there, so P(met) = 70% (below 90%), and the 06:00 interval's P90 is 1/10.
     * All queues together drop 1 of 80 (1.25%): the centre meets the target in every future.
     */
    private static Certification.Judged judged(TargetScope scope) {
        List<ReplayRun> runs = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            long[][] offered = {{10, 10, 10, 10}, {10, 10, 10, 10}};
            long[][] abandoned = {{0, r < 3 ? 1 : 0, 0, 0}, {0, 0, 0, 0}};
            long[][] answered = new long[2][4];
            for (int q = 0; q < 2; q++) {
                for (int k = 0; k < 4; k++) {
                    answered[q][k] = offered[q][k] - abandoned[q][k];
                }
            }
            runs.add(new ReplayRun(offered, answered, answered, abandoned, new double[2][4], new long[2][4],
                    new long[2][4], new double[4], new double[4], 80));
        }
        RiskVerdict verdict = RiskVerdict.of(PROFILE, runs, new RiskTarget(0.02, 0.9, scope));
        RiskResult risk = new RiskResult(runs, ReplayExperiment.summarize(PROFILE, runs, 1, 0), verdict);
        return new Certification.Judged(null, new RosterInputs(MIDNIGHT, PROFILE, null), risk);
    }

    private static List<RequirementsCsv.Row> requirement() {
        List<RequirementsCsv.Row> rows = new ArrayList<>();
        for (String queue : PROFILE.queues()) {
            for (int k = 0; k < 4; k++) {
                rows.add(new RequirementsCsv.Row(MIDNIGHT.plusHours(6L * k), null, queue, 4, 10, 180));
            }
        }
        return rows;
    }

    @Test
    void aQueueDayBelowTheConfidenceRaisesOnlyItsIntervalsAboveTheTarget() {
        Certification.Judged judged = judged(TargetScope.QUEUE);
        assertFalse(judged.holds());
        RequirementRaise.Raised raised = RequirementRaise.raise(requirement(), judged, 0.02);
        assertEquals(1, raised.intervals());
        assertEquals(1.0, raised.agents()); // max(1, ceil(sqrt(4) / 3))
        for (RequirementsCsv.Row r : raised.requirements()) {
            boolean raisedHere = r.queue().equals("card-info") && r.intervalStart().equals(MIDNIGHT.plusHours(6));
            assertEquals(raisedHere ? 5.0 : 4.0, r.requiredAgents(), r.toString());
        }
    }

    @Test
    void theCentreWideRuleSeesNoMissAndRaisesNothing() {
        Certification.Judged judged = judged(TargetScope.ALL);
        assertTrue(judged.holds(), "1 of 80 calls: 1.25% in every future");
        assertEquals(0, RequirementRaise.raise(requirement(), judged, 0.02).intervals());
    }

    @Test
    void theStepFollowsSquareRootStaffing() {
        assertEquals(1, RequirementRaise.step(2));
        assertEquals(2, RequirementRaise.step(16)); // ceil(4 / 3)
        assertEquals(4, RequirementRaise.step(100)); // ceil(10 / 3)
    }
}
