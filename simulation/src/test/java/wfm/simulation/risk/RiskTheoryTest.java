package wfm.simulation.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

import wfm.forecasting.erlang.ErlangA;
import wfm.simulation.experiment.ReplayExperiment;
import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.ReplayOptions;
import wfm.simulation.model.ReplayRun;
import wfm.simulation.model.StaffingPlan;

/**
 * The risk verdict on a case theory answers. Ten agents are rostered for one 24-hour day at 6 Erlangs (AHT 15 s,
 * patience 10 s: the Erlang A of AHT 180 s and patience 120 s with twelve times the calls, so the day's rate is
 * sharp); each is absent with probability 0.1. With k agents the day's abandonment is Erlang A's A(k): A(10) =
 * 1.6%, A(9) = 3.3%, A(8) = 6.2%, A(7) = 10.8%. Against a 4.5% target the day is met exactly when k >= 9, so
 * P(met) = P(Binomial(10, 0.9) >= 9) = 0.7361, the mean abandonment is the Binomial mixture of A(k), and the 90th
 * percentile is A(8) (P(k <= 7) = 7% < 10% <= P(k <= 8) = 26%). At confidence 0.9 the day clearly fails, so the
 * adaptive experiment must stop well before its maximum with a verdict that does not hold; without absence the
 * same roster holds.
 */
class RiskTheoryTest {
    private static final double AHT = 15;
    private static final double PATIENCE = 10;
    private static final double ERLANGS = 6;
    private static final int AGENTS = 10;
    private static final RiskTarget TARGET = new RiskTarget(0.045, 0.9, TargetScope.QUEUE);

    @Test
    void pMetMeanAndP90AreThoseOfTheBinomialMixture() {
        ArrivalProfile p = oneDay();
        List<ReplayRun> runs = ReplayExperiment.runs(p, roster(), null,
                ReplayOptions.defaults(PATIENCE).withAbsence(0.1), 300, 2026, 2);
        RiskVerdict v = RiskVerdict.of(p, runs, TARGET);
        DayRisk day = v.byQueueDay().get(0).get(0);
        BinomialDistribution k = new BinomialDistribution(null, AGENTS, 0.9);
        double theory = 1 - k.cumulativeProbability(8);
        double mixture = 0;
        for (int n = 0; n <= AGENTS; n++) {
            mixture += k.probability(n) * (n == 0 ? 1 : erlangA(n));
        }
        System.out.printf(Locale.ROOT, "300 replications: P(met) %.4f [%.4f, %.4f], theory %.4f; mean %.5f "
                        + "(mixture %.5f); p90 %.5f (A(8) %.5f)%n", day.pMet(), day.pMetLow95(),
                day.pMetHigh95(), theory, day.meanAbandon(), mixture, day.p90Abandon(), erlangA(8));
        assertEquals(0.7361, theory, 1e-4);
        assertTrue(day.pMetLow95() <= theory && theory <= day.pMetHigh95(), "theory outside the interval");
        assertTrue(day.pMetHigh95() - day.pMetLow95() < 0.11, "narrow enough to mean something");
        // the mean over 300 days of Binomial agents: sd of A(k) about 0.025, so the mean is within 0.0015 (1 sd)
        assertEquals(mixture, day.meanAbandon(), 0.005);
        assertEquals(erlangA(8), day.p90Abandon(), 0.008);
        assertFalse(v.holds());
        assertEquals(List.of(day), v.misses());
        assertEquals(day.pMet(), v.days().get(0).pMet(), "one queue: the centre is the queue");
    }

    @Test
    void theAdaptiveExperimentStopsOnceTheFailingDayIsClear() {
        RiskResult r = RiskExperiment.run(oneDay(), roster(), null, ReplayOptions.defaults(PATIENCE).withAbsence(0.1),
                TARGET, 20, 640, 2026, 2);
        DayRisk day = r.verdict().byQueueDay().get(0).get(0);
        assertTrue(day.pMetHigh95() < TARGET.confidence(), "decided: fails " + day);
        assertTrue(r.replications() < 640, "stopped once decided, after " + r.replications());
        assertEquals(r.replications(), r.summary().replications());
        assertFalse(r.verdict().holds());
        // the certification loop's view: the intervals' P90 sits above A(9), the k = 8 days' level
        double[] p90 = r.p90AbandonByQueueInterval()[0];
        assertTrue(Arrays.stream(p90).average().orElseThrow() > erlangA(9));
    }

    @Test
    void withoutAbsenceTheSameRosterHoldsAndIsDecidedEarly() {
        RiskResult r = RiskExperiment.run(oneDay(), roster(), null, ReplayOptions.defaults(PATIENCE), TARGET, 20,
                640, 2026, 2);
        assertTrue(r.verdict().holds());
        // every replication meets 4.5% with A(10) = 1.6%: decided at 40 (20, then doubled past 35)
        assertEquals(40, r.replications());
        assertTrue(r.verdict().decided());
    }

    private static double erlangA(int n) {
        return new ErlangA(ERLANGS, AHT, PATIENCE, 20).performance(n).abandonRate();
    }

    private static ArrivalProfile oneDay() {
        double[][] calls = new double[1][48];
        double[][] aht = new double[1][48];
        Arrays.fill(calls[0], ERLANGS / AHT * 1800);
        Arrays.fill(aht[0], AHT);
        return new ArrivalProfile(List.of("q"), 1800, calls, aht);
    }

    private static StaffingPlan roster() {
        List<StaffingPlan.Agent> agents = new ArrayList<>();
        for (int a = 0; a < AGENTS; a++) {
            agents.add(new StaffingPlan.Agent("a" + a, new int[] {0},
                    List.of(new StaffingPlan.Shift(0, 86400, List.of()))));
        }
        return new StaffingPlan(agents);
    }
}
