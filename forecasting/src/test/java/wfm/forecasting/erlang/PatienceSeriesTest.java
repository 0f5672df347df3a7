package wfm.forecasting.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;

/**
 * The four Erlang A sums against their defining series summed in 50-digit BigDecimal, on both sides of the boundary
 * where {@link PatienceSeries} switches from summing the series to the closed form (load above the agents by at
 * least 5 standard deviations, {@code x >= 30}), and far inside the closed form up to {@code z = 500,000}.
 */
class PatienceSeriesTest {
    private static final MathContext MC = new MathContext(50);
    private static final double RELATIVE = 1e-9;

    /** {x, z, 1 if the closed form applies}: pairs straddle each edge of the closed form's region. */
    private static final double[][] CASES = {
            {4645, 5000, 1}, {4646, 5000, 0}, // z - (x + 1) = 354 vs 353 against 5 sqrt(5000) = 353.55
            {4551, 5000, 1}, {4000, 5000, 1}, // the staffing benchmark's answer at 5,000 Erlangs; deep overload
            {4000, 4474.3, 1}, {4551, 4474.3, 0}, // the same agents at the late share's argument 5000 e^{-1/9}
            {30, 100, 1}, {29.999, 100, 0}, {30, 75, 1}, {30, 74, 0}, // x >= 30; 5 sqrt(75) = 43.30, z - 31 = 44
            {1000, 1200, 1}, {60000, 200000.0 / 3, 1}, {450000, 500000, 1}, {5000, 300000, 1}, {49999, 50000, 0}};

    @Test
    void sumsEqualFiftyDigitSeriesOnBothSidesOfTheClosedFormBoundary() {
        for (double[] k : CASES) {
            double x = k[0];
            double z = k[1];
            String at = "x " + x + ", z " + z;
            assertEquals(k[2] == 1, PatienceSeries.closedForm(x, z), "closed form applies at " + at);
            assertFalse(PatienceSeries.closedForm(x, 7e6), "no closed form beyond z = 6e6 (inexact rescaling)");
            BigDecimal bx = new BigDecimal(x);
            BigDecimal bz = new BigDecimal(z);
            BigDecimal c = BigDecimal.ONE.divide(bx.add(BigDecimal.ONE), MC);
            BigDecimal h = c;
            BigDecimal served = c;
            BigDecimal waiting = BigDecimal.ONE;
            BigDecimal queue = BigDecimal.ZERO;
            BigDecimal servedWait = c.multiply(h, MC);
            BigDecimal tiny = new BigDecimal("1e-30");
            for (int i = 1; ; i++) {
                BigDecimal d = bx.add(BigDecimal.valueOf(i + 1));
                c = c.multiply(bz).divide(d, MC);
                h = h.add(BigDecimal.ONE.divide(d, MC), MC);
                served = served.add(c, MC);
                BigDecimal w = c.multiply(d, MC);
                waiting = waiting.add(w, MC);
                queue = queue.add(w.multiply(BigDecimal.valueOf(i)), MC);
                servedWait = servedWait.add(c.multiply(h, MC), MC);
                if (d.compareTo(bz) > 0 && w.multiply(BigDecimal.valueOf(i)).compareTo(queue.multiply(tiny)) < 0) {
                    break;
                }
            }
            PatienceSeries all = PatienceSeries.sum(x, z);
            BigDecimal scale = new BigDecimal(2).pow(PatienceSeries.SCALE_BITS * all.exponent);
            assertRelative(served.divide(scale, MC).doubleValue(), all.served, "served at " + at);
            assertRelative(waiting.divide(scale, MC).doubleValue(), all.waiting, "waiting at " + at);
            assertRelative(queue.divide(scale, MC).doubleValue(), all.queueLength, "queue length at " + at);
            assertRelative(servedWait.divide(scale, MC).doubleValue(), all.servedWait, "served wait at " + at);
            PatienceSeries only = PatienceSeries.servedOnly(x, z);
            BigDecimal onlyScale = new BigDecimal(2).pow(PatienceSeries.SCALE_BITS * only.exponent);
            assertRelative(served.divide(onlyScale, MC).doubleValue(), only.served, "served only at " + at);
        }
    }

    private static void assertRelative(double expected, double actual, String what) {
        if (!(Math.abs(actual - expected) <= RELATIVE * Math.abs(expected))) {
            fail(what + ": expected " + expected + " but was " + actual + " (relative error "
                    + Math.abs(actual - expected) / Math.abs(expected) + ")");
        }
    }
}
