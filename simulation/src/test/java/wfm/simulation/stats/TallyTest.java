package wfm.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TallyTest {
    @Test
    void studentIntervalMatchesHandComputation() {
        Tally t = Tally.of(1, 2, 3, 4, 5);
        // mean 3, s^2 = 2.5, t(0.975, 4) = 2.776445105
        ConfidenceInterval ci = t.ci95();
        assertEquals(3, ci.mean(), 1e-12);
        assertEquals(2.776445105 * Math.sqrt(2.5 / 5), ci.halfWidth(), 1e-8);
    }

    @Test
    void timeWeightedAverageWeighsByDuration() {
        TimeWeighted busy = new TimeWeighted(0, 2);
        busy.update(10, 4);
        assertEquals((2 * 10 + 4 * 30) / 40.0, busy.average(40), 1e-12);
        busy.restart(40);
        assertEquals(4, busy.average(50), 1e-12);
    }
}
