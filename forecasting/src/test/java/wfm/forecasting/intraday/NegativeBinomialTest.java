package wfm.forecasting.intraday;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PascalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegativeBinomialTest {

    @ParameterizedTest(name = "size {0}, p {1}")
    @CsvSource({"1, 0.5", "3, 0.2", "20, 0.9", "200, 0.6"})
    void integerSizeEqualsThePascalDistribution(int size, double p) {
        NegativeBinomial nb = new NegativeBinomial(size, p);
        PascalDistribution pascal = new PascalDistribution(size, p);
        for (int k = 0; k < 400; k += 7) {
            assertEquals(pascal.probability(k), nb.pmf(k), 1e-12, "pmf " + k);
            assertEquals(pascal.cumulativeProbability(k), nb.cdf(k), 1e-10, "cdf " + k);
        }
        for (double q : new double[] {0.025, 0.1, 0.5, 0.9, 0.975}) {
            assertEquals(pascal.inverseCumulativeProbability(q), nb.quantile(q), "quantile " + q);
        }
    }

    /** The gamma-Poisson mixture integrated numerically (independent of the closed form). */
    @ParameterizedTest(name = "shape {0}, rate {1}, expected {2}")
    @CsvSource({"2.5, 2.0, 10", "40, 38, 32", "400, 410, 300"})
    void gammaPoissonIsTheMixtureOfPoissons(double shape, double rate, double expected) {
        NegativeBinomial nb = NegativeBinomial.gammaPoisson(shape, rate, expected);
        GammaDistribution level = new GammaDistribution(shape, 1 / rate);
        double mean = shape / rate;
        double sd = Math.sqrt(shape) / rate;
        for (int k : new int[] {0, 3, (int) (mean * expected), (int) (1.3 * mean * expected)}) {
            double mixture = trapezoid(t -> level.density(t) * new PoissonDistribution(t * expected).probability(k),
                    Math.max(1e-9, mean - 12 * sd), mean + 12 * sd, 200_000);
            assertEquals(mixture, nb.pmf(k), 1e-9 + 1e-6 * mixture, "P(Y=" + k + ")");
        }
        assertEquals(mean * expected, nb.mean(), 1e-9 * expected);
        assertEquals(mean * expected + expected * expected * shape / (rate * rate), nb.variance(), 1e-6 * nb.variance());
    }

    private static double trapezoid(DoubleUnaryOperator f, double from, double to, int steps) {
        double h = (to - from) / steps;
        double sum = (f.applyAsDouble(from) + f.applyAsDouble(to)) / 2;
        for (int i = 1; i < steps; i++) {
            sum += f.applyAsDouble(from + i * h);
        }
        return sum * h;
    }
}
