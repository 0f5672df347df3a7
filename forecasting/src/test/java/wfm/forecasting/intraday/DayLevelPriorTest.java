package wfm.forecasting.intraday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class DayLevelPriorTest {

    /** Day totals drawn as gamma-level Poisson counts: the count noise is taken out of the ratios' spread. */
    @Test
    void recoversTheLevelSpreadUnderTheCountNoise() {
        GammaDistribution level = new GammaDistribution(new MersenneTwister(3), 1 / (0.06 * 0.06), 0.06 * 0.06 * 1.02);
        MersenneTwister random = new MersenneTwister(5);
        double dayCalls = 2000;
        double[] ratios = new double[4000];
        for (int d = 0; d < ratios.length; d++) {
            ratios[d] = new PoissonDistribution(random, level.sample() * dayCalls, 1e-12, 10_000).sample() / dayCalls;
        }
        DayLevelPrior prior = DayLevelPrior.fromRatios(ratios, dayCalls, 1);
        assertEquals(1.02, prior.mean(), 0.005);
        assertEquals(0.06, prior.cv(), 0.004);
    }

    @Test
    void aSpreadBelowTheCountNoiseIsFlooredAndBadRatiosAreRefused() {
        DayLevelPrior prior = DayLevelPrior.fromRatios(new double[] {1.0, 1.001, 0.999}, 100, 1);
        assertEquals(DayLevelPrior.MIN_CV, prior.cv(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> DayLevelPrior.fromRatios(new double[] {1.0}, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> DayLevelPrior.fromRatios(new double[] {1.0, -1}, 100, 1));
    }
}
