package wfm.simulation.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import wfm.simulation.stats.Tally;

/** Sample moments against the distributions' exact moments (tolerance: 5 standard errors). */
class VariatesTest {
    private static final int N = 200_000;

    @Test
    void exponentialHasItsMean() {
        Mrg32k3a g = new RandomStreams(11, 1).stream(0, 0);
        Tally t = new Tally();
        for (int i = 0; i < N; i++) {
            t.add(Variates.exponential(g, 180));
        }
        assertEquals(180, t.mean(), 5 * 180 / Math.sqrt(N));
    }

    @Test
    void lognormalHasItsMeanAndCoefficientOfVariation() {
        Mrg32k3a g = new RandomStreams(12, 1).stream(0, 0);
        Tally t = new Tally();
        for (int i = 0; i < N; i++) {
            t.add(Variates.lognormal(g, 200, 0.8));
        }
        assertEquals(200, t.mean(), 5 * 160 / Math.sqrt(N));
        assertEquals(0.8, Math.sqrt(t.variance()) / t.mean(), 0.03);
    }

    @Test
    void weibullHasItsMean() {
        Mrg32k3a g = new RandomStreams(13, 1).stream(0, 0);
        Tally t = new Tally();
        for (int i = 0; i < N; i++) {
            t.add(Variates.weibull(g, 2, 100));
        }
        // mean = scale * Gamma(1 + 1/k) = 100 * sqrt(pi)/2; sd = 100 * sqrt(1 - pi/4)
        assertEquals(100 * Math.sqrt(Math.PI) / 2, t.mean(), 5 * 100 * Math.sqrt(1 - Math.PI / 4) / Math.sqrt(N));
    }

    @Test
    void gammaDailyLevelHasMeanOneAndItsCoefficientOfVariation() {
        for (double cv : new double[] {0.1, 1.5}) {
            Mrg32k3a g = new RandomStreams(14, 1).stream(0, 0);
            Tally t = new Tally();
            for (int i = 0; i < N; i++) {
                t.add(Variates.gammaMeanOne(g, cv));
            }
            assertEquals(1, t.mean(), 5 * cv / Math.sqrt(N), "cv " + cv);
            assertEquals(cv, Math.sqrt(t.variance()), 0.05 * cv, "cv " + cv);
        }
    }

    @Test
    void normalQuantileMatchesKnownValues() {
        assertEquals(0, Variates.normalQuantile(0.5), 1e-9);
        assertEquals(1.959963984540054, Variates.normalQuantile(0.975), 1e-8);
        assertEquals(-2.326347874040841, Variates.normalQuantile(0.01), 1e-8);
    }
}
