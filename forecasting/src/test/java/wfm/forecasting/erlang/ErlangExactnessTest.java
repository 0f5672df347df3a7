package wfm.forecasting.erlang;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Exactness against independent high-precision computations: 50-digit BigDecimal sums over the birth-death chain
 * (Erlang B/C, and Erlang A's probability of waiting and abandonment), and mpmath reference values for Erlang A's
 * service level and ASA (test resource, with the script that made it).
 */
class ErlangExactnessTest {
    private static final MathContext MC = new MathContext(50);
    private static final double RELATIVE = 1e-9;

    /** R(n) = sum_{j<n} pi_j / pi_n by the recursion in 50 digits, from n = 0. */
    private static BigDecimal massBelowRatio(double load, int agents) {
        BigDecimal a = new BigDecimal(load);
        BigDecimal r = BigDecimal.ZERO;
        for (int m = 1; m <= agents; m++) {
            r = BigDecimal.valueOf(m).multiply(r.add(BigDecimal.ONE, MC), MC).divide(a, MC);
        }
        return r;
    }

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        if (expected == 0 ? actual != 0 : !(Math.abs(actual - expected) <= tolerance * Math.abs(expected))) {
            fail(what + ": expected " + expected + " but was " + actual + " (relative error "
                    + Math.abs(actual - expected) / Math.abs(expected) + ")");
        }
    }

    @Test
    void erlangBAndCEqualFiftyDigitArithmeticFromTinyToCountryWideSizes() {
        double[] loads = {0.01, 0.5, 3.7, 10, 167, 999.5, 5000, 20000, 50000};
        for (double load : loads) {
            int root = (int) Math.ceil(Math.sqrt(load));
            int[] counts = {1, 2, (int) Math.floor(load) + 1, (int) Math.ceil(load + root), (int) Math.ceil(load + 3 * root),
                    (int) Math.ceil(load + 8 * root), Math.max(1, (int) (load / 2)), 50000};
            for (int n : counts) {
                String at = "load " + load + " Erlangs, " + n + " agents";
                BigDecimal r = massBelowRatio(load, n);
                BigDecimal b = BigDecimal.ONE.divide(BigDecimal.ONE.add(r, MC), MC);
                double blocking = ErlangC.erlangB(load, n);
                if (b.doubleValue() > 1e-300) {
                    assertRelative(b.doubleValue(), blocking, RELATIVE, "Erlang B at " + at);
                } else {
                    assertTrue(blocking <= 1e-300, "Erlang B underflow at " + at);
                }
                if (n <= load) {
                    continue;
                }
                BigDecimal nn = BigDecimal.valueOf(n);
                BigDecimal d = nn.subtract(new BigDecimal(load));
                BigDecimal c = nn.divide(nn.add(d.multiply(r, MC), MC), MC);
                double decay = Math.exp(-d.doubleValue() * 20 / 180);
                BigDecimal sl = BigDecimal.ONE.subtract(c.multiply(new BigDecimal(decay)), MC);
                BigDecimal asa = c.multiply(BigDecimal.valueOf(180)).divide(d, MC);
                Performance p = new ErlangC(load, 180, 20).performance(n);
                if (c.doubleValue() > 1e-300) {
                    assertRelative(c.doubleValue(), p.pWait(), RELATIVE, "P(wait) at " + at);
                    assertRelative(asa.doubleValue(), p.asaSeconds(), RELATIVE, "ASA at " + at);
                }
                assertRelative(sl.doubleValue(), p.serviceLevel(), RELATIVE, "service level at " + at);
                assertRelative(BigDecimal.ONE.subtract(c).doubleValue(), p.answeredImmediately(), RELATIVE,
                        "answered immediately at " + at);
                assertRelative(load / n, p.occupancy(), 1e-15, "occupancy at " + at);
            }
        }
    }

    @Test
    void erlangBRatioEqualsFiftyDigitRecursionOnBothSidesOfTheClosedFormBelowTheLoad() {
        // BlockingRecursion takes R(n) from the incomplete gamma continued fraction for n <= a - 5 sqrt(a) and steps
        // the recursion above: floor(a - 5 sqrt(a)) is the last closed-form count, the next one is recursion
        double[] loads = {10, 36, 167, 999.5, 5000, 50000};
        for (double load : loads) {
            int edge = (int) Math.floor(load - 5 * Math.sqrt(load));
            int[] counts = {1, 2, Math.max(1, (int) (load / 2)), edge - 1, edge, edge + 1, edge + 2};
            for (int n : counts) {
                if (n < 1) {
                    continue; // small loads: no count is 5 standard deviations below the load
                }
                double expected = massBelowRatio(load, n).doubleValue();
                assertRelative(expected, BlockingRecursion.at(load, n).massBelowRatio(), 1e-13,
                        "R(n) at load " + load + " Erlangs, " + n + " agents");
            }
        }
    }

    @Test
    void erlangAWaitingAndAbandonmentEqualFiftyDigitSumsOverTheBirthDeathChain() {
        double[][] cases = {
                // load, aht, patience, agents
                {10, 180, 120, 8}, {10, 180, 120, 14}, {167, 180, 120, 150}, {167, 180, 600, 175},
                {5000, 180, 120, 4800}, {5000, 180, 60, 5100}, {5000, 300, 1800, 5050}, {20000, 180, 120, 20400},
                {50000, 180, 120, 50000}, {50000, 180, 300, 49000}, {50000, 180, 90, 40000}, {0.01, 180, 120, 1},
                {0.5, 60, 5, 3}, {1000, 240, 30, 500}, {300, 180, 3600, 300}};
        for (double[] k : cases) {
            double load = k[0];
            double aht = k[1];
            double patience = k[2];
            int n = (int) k[3];
            String at = "load " + load + " Erlangs, AHT " + aht + " s, patience " + patience + " s, " + n + " agents";
            BigDecimal r = massBelowRatio(load, n);
            // waiting states relative to pi_n: prod_{i<=k} lambda / (n mu + i theta) = prod y / (x + i)
            BigDecimal x = new BigDecimal(n * patience / aht, MC);
            BigDecimal y = new BigDecimal(load).multiply(new BigDecimal(patience)).divide(new BigDecimal(aht), MC);
            BigDecimal term = BigDecimal.ONE;
            BigDecimal waiting = BigDecimal.ONE;
            BigDecimal queue = BigDecimal.ZERO;
            BigDecimal tiny = new BigDecimal("1e-45");
            for (int i = 1; ; i++) {
                term = term.multiply(y).divide(x.add(BigDecimal.valueOf(i)), MC);
                waiting = waiting.add(term, MC);
                BigDecimal q = term.multiply(BigDecimal.valueOf(i));
                queue = queue.add(q, MC);
                if (x.add(BigDecimal.valueOf(i)).compareTo(y) > 0 && q.compareTo(queue.multiply(tiny)) < 0) {
                    break;
                }
            }
            BigDecimal norm = r.add(waiting, MC);
            double pWait = waiting.divide(norm, MC).doubleValue();
            double abandon = queue.divide(y.multiply(norm), MC).doubleValue();
            Performance p = new ErlangA(load, aht, patience, 20).performance(n);
            assertRelative(pWait, p.pWait(), RELATIVE, "P(wait) at " + at);
            assertRelative(abandon, p.abandonRate(), RELATIVE, "abandonment at " + at);
            assertRelative(r.divide(norm, MC).doubleValue(), p.answeredImmediately(), RELATIVE,
                    "answered immediately at " + at);
            double occupancy = load * (1 - abandon) / n;
            assertRelative(occupancy, p.occupancy(), RELATIVE, "occupancy at " + at);
        }
    }

    @Test
    void erlangAServiceLevelAndAsaEqualIndependentMpmathValues() {
        List<Map<String, String>> rows = ReferenceFiles.read("erlang-a-reference.csv");
        assertTrue(rows.size() > 30, "reference rows: " + rows.size());
        for (Map<String, String> row : rows) {
            ErlangA model = new ErlangA(num(row, "load_erlangs"), num(row, "aht_seconds"),
                    num(row, "patience_seconds"), num(row, "answer_within_seconds"));
            Performance p = model.performance(Integer.parseInt(row.get("agents")));
            String at = " at " + row;
            assertRelative(num(row, "p_wait"), p.pWait(), RELATIVE, "P(wait)" + at);
            assertRelative(num(row, "abandon_rate"), p.abandonRate(), RELATIVE, "abandonment" + at);
            assertRelative(num(row, "asa_seconds"), p.asaSeconds(), RELATIVE, "ASA" + at);
            // includes a service level of 6.8e-27 (45,000 agents for 50,000 Erlangs): relative accuracy even there
            assertRelative(num(row, "service_level"), p.serviceLevel(), RELATIVE, "service level" + at);
        }
    }

    private static double num(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
