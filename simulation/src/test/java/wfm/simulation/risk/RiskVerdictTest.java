package wfm.simulation.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.ReplayRun;

/** The verdict's arithmetic on replications with known outcomes. */
class RiskVerdictTest {
    /** Two queues, two days of two 12-hour intervals. */
    private static final ArrivalProfile PROFILE = new ArrivalProfile(List.of("enquiry", "complaint"), 43200,
            new double[][] {{100, 100, 100, 100}, {1, 1, 1, 1}}, new double[][] {{60, 60, 60, 60}, {60, 60, 60, 60}});

    /** A run with the given offered and abandoned calls per queue and interval. */
    private static ReplayRun run(long[][] offered, long[][] abandoned) {
        int q = offered.length;
        int k = offered[0].length;
        long[][] answered = new long[q][k];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < k; j++) {
                answered[i][j] = offered[i][j] - abandoned[i][j];
            }
        }
        return new ReplayRun(offered, answered, answered, abandoned, new double[q][k], new long[q][k],
                new long[q][k], new double[k], new double[k], 0);
    }

    /**
     * Ten replications. Queue 0: 200 calls a day; day 0 abandons 2 (1%) in nine replications and 10 (5%) in one;
     * day 1 abandons 2 in all. Queue 1: no calls on day 0; on day 1 20 calls, abandoning 0 in eight replications
     * and 1 (5%) in two.
     */
    private static List<ReplayRun> tenRuns() {
        List<ReplayRun> runs = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            long[][] offered = {{100, 100, 100, 100}, {0, 0, 10, 10}};
            long[][] abandoned = {{r == 9 ? 5 : 1, r == 9 ? 5 : 1, 1, 1}, {0, 0, r < 2 ? 1 : 0, 0}};
            runs.add(run(offered, abandoned));
        }
        return runs;
    }

    @Test
    void perQueueDaysCountReplicationsMeetingTheTarget() {
        RiskVerdict v = RiskVerdict.of(PROFILE, tenRuns(), new RiskTarget(0.02, 0.9, TargetScope.QUEUE));
        assertEquals(10, v.replications());
        DayRisk q0d0 = v.byQueueDay().get(0).get(0);
        assertEquals(0.9, q0d0.pMet(), 1e-12);
        assertEquals((9 * 0.01 + 0.05) / 10, q0d0.meanAbandon(), 1e-12);
        // nearest rank: the 9th of ten sorted rates is still 1%
        assertEquals(0.01, q0d0.p90Abandon(), 1e-12);
        // Wilson 95% for 9 of 10, by hand: (0.9 + 0.1921 -+ 0.2673) / 1.3841 = 0.5959 to 0.9821
        assertEquals(0.5958, q0d0.pMetLow95(), 5e-5);
        assertEquals(0.9821, q0d0.pMetHigh95(), 5e-5);
        assertTrue(q0d0.holds(), "0.9 >= 0.9 holds");
        assertFalse(q0d0.decided(0.9));
        DayRisk q1d0 = v.byQueueDay().get(1).get(0);
        assertEquals(1.0, q1d0.pMet(), "no calls counts as met");
        assertEquals(0.0, q1d0.meanAbandon());
        DayRisk q1d1 = v.byQueueDay().get(1).get(1);
        assertEquals(0.8, q1d1.pMet(), 1e-12);
        assertEquals(0.05, q1d1.p90Abandon(), 1e-12);
        assertFalse(q1d1.holds());
        assertFalse(v.holds());
        assertEquals(List.of(q1d1), v.misses());
    }

    @Test
    void centreWideScopeJudgesTheDaysOfAllQueuesTogether() {
        RiskVerdict v = RiskVerdict.of(PROFILE, tenRuns(), new RiskTarget(0.02, 0.9, TargetScope.ALL));
        DayRisk d1 = v.days().get(1);
        assertEquals(-1, d1.queue());
        // day 1: 220 calls, 2 or 3 abandoned: at most 1.4%, met in every replication
        assertEquals(1.0, d1.pMet());
        assertEquals(3.0 / 220, d1.p90Abandon(), 1e-12);
        // day 0: 200 calls, 2 abandoned (1%) or 10 (5%) in replication 9
        assertEquals(0.9, v.days().get(0).pMet(), 1e-12);
        assertTrue(v.holds(), "centre-wide, every day reaches 0.9");
        assertTrue(v.misses().isEmpty());
        assertFalse(RiskVerdict.of(PROFILE, tenRuns(), new RiskTarget(0.02, 0.95, TargetScope.ALL)).holds());
    }

    @Test
    void wilsonIntervalMatchesPublishedValuesAndStaysInsideZeroOne() {
        // Newcombe (1998), Table I: 81/263 -> 0.2553 to 0.3662; 0/10 -> 0 to 0.2775
        double[] a = RiskVerdict.wilson(81, 263);
        assertEquals(0.2553, a[0], 5e-5);
        assertEquals(0.3662, a[1], 5e-5);
        double[] b = RiskVerdict.wilson(0, 10);
        assertEquals(0, b[0], 1e-12);
        assertEquals(0.2775, b[1], 5e-5);
        double[] c = RiskVerdict.wilson(35, 35);
        assertTrue(c[0] > 0.9 && c[1] <= 1, "35 of 35 decides confidence 0.9: " + c[0]);
        assertTrue(RiskVerdict.wilson(34, 34)[0] < 0.9);
    }

    @Test
    void nearestRankQuantile() {
        double[] v = {5, 1, 4, 2, 3};
        assertEquals(5, RiskVerdict.nearestRank(v, 0.9));
        assertEquals(4, RiskVerdict.nearestRank(v, 0.8));
        assertEquals(1, RiskVerdict.nearestRank(v, 0.1));
        assertEquals(5, v[0], "input untouched");
    }

    @Test
    void intervalQuantilesPerQueue() {
        double[][] p90 = AbandonQuantiles.byQueueInterval(tenRuns(), 0.9);
        assertEquals(0.01, p90[0][0], 1e-12);
        assertEquals(0.05, AbandonQuantiles.byQueueInterval(tenRuns(), 1.0)[0][0], 1e-12);
        assertEquals(0.1, p90[1][2], 1e-12, "two of ten replications drop 1 of 10");
        assertEquals(0.0, p90[1][0], "no calls: 0");
        assertEquals(2.0 / 110, AbandonQuantiles.byInterval(tenRuns(), 1.0)[2], 1e-12);
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RiskTarget(0.02, 1.0, TargetScope.ALL));
        assertThrows(IllegalArgumentException.class, () -> new RiskTarget(-0.1, 0.9, TargetScope.ALL));
        assertThrows(IllegalArgumentException.class, () -> RiskVerdict.of(PROFILE, List.of(),
                new RiskTarget(0.02, 0.9, TargetScope.ALL)));
    }
}
