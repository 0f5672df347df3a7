package wfm.forecasting.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaffingSolverTest {

    /** The first agent count that meets the targets, by brute force from one agent. */
    private static int bruteForce(QueueModel model, StaffingTargets targets) {
        for (int n = 1; ; n++) {
            if (targets.metBy(model.performance(n))) {
                return n;
            }
        }
    }

    @Test
    void findsTheSameAnswerAsBruteForceAcrossLoadsTargetsAndModels() {
        double[] loads = {0.05, 0.9, 4.2, 10, 33.3, 167, 800};
        StaffingTargets[] targets = {
                StaffingTargets.none().withServiceLevel(0.8),
                StaffingTargets.none().withServiceLevel(0.95),
                StaffingTargets.none().withServiceLevel(0.5).withMaxOccupancy(0.7),
                StaffingTargets.none().withMaxAsaSeconds(15),
                StaffingTargets.none().withMaxOccupancy(0.9),
                StaffingTargets.none().withServiceLevel(0.9).withMaxAsaSeconds(5).withMaxOccupancy(0.95)};
        for (double load : loads) {
            for (StaffingTargets t : targets) {
                QueueModel c = new ErlangC(load, 180, 20);
                assertEquals(bruteForce(c, t), StaffingSolver.requiredAgents(c, t).agents(), c + " " + t);
                for (double patience : new double[] {30, 120, 1200}) {
                    QueueModel a = new ErlangA(load, 180, patience, 20);
                    assertEquals(bruteForce(a, t), StaffingSolver.requiredAgents(a, t).agents(), a + " " + t);
                    StaffingTargets withAbandon = t.withMaxAbandonRate(0.02);
                    assertEquals(bruteForce(a, withAbandon), StaffingSolver.requiredAgents(a, withAbandon).agents(),
                            a + " " + withAbandon);
                }
            }
        }
    }

    @Test
    void theRequirementMeetsTheTargetsAndOneAgentFewerDoesNot() {
        QueueModel model = new ErlangC(5000, 180, 20);
        StaffingTargets t = StaffingTargets.none().withServiceLevel(0.8);
        Requirement r = StaffingSolver.requiredAgents(model, t);
        assertTrue(t.metBy(r.performance()));
        assertTrue(!t.metBy(model.performance(r.agents() - 1)));
        assertTrue(r.evaluations() <= 6, "square-root staffing should land close: " + r.evaluations());
    }

    @Test
    void noTargetNeedsOneAgent() {
        assertEquals(1, StaffingSolver.requiredAgents(new ErlangC(10, 180, 20), StaffingTargets.none()).agents());
    }

    @Test
    void impossibleTargetsAreExplained() {
        ErlangA impatient = new ErlangA(10, 180, 60, 20);
        UnreachableTargetException e = assertThrows(UnreachableTargetException.class,
                () -> StaffingSolver.requiredAgents(impatient, StaffingTargets.none().withMaxAbandonRate(0)));
        assertTrue(e.getMessage().contains("abandonment of 0%"), e.getMessage());
        assertThrows(UnreachableTargetException.class, () -> StaffingSolver.requiredAgents(new ErlangC(10, 180, 20),
                StaffingTargets.none().withServiceLevel(1.0)));
        assertThrows(UnreachableTargetException.class, () -> StaffingSolver.requiredAgents(new ErlangC(10, 180, 20),
                StaffingTargets.none().withMaxAsaSeconds(0)));
    }

    @Test
    void shrinkageGrossesUpAndRoundsUpOnlyRealExcess() {
        Shrinkage s = new Shrinkage(0.3);
        assertEquals(20, s.scheduledAgentsRoundedUp(14));
        assertEquals(21, s.scheduledAgentsRoundedUp(14.1));
        assertEquals(14.0 / 0.7, s.scheduledAgents(14), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Shrinkage(1.0));
    }
}
