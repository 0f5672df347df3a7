package wfm.simulation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wfm.forecasting.erlang.ErlangA;
import wfm.forecasting.erlang.Performance;
import wfm.simulation.experiment.StationaryExperiment;
import wfm.simulation.experiment.StationaryResult;
import wfm.simulation.model.QueueMeasure;
import wfm.simulation.stats.ConfidenceInterval;

/**
 * The simulator is validated by theory before it judges a roster: simulated M/M/n agrees with Erlang C (probability
 * of waiting, service level within 20 s, ASA, occupancy) and M/M/n+M with Erlang A (probability of waiting and of
 * abandoning, occupancy; service level and ASA from the product's Erlang A) within the simulation's confidence interval, at 5, 50 and 1,000 agents and near or past
 * saturation. Each check uses the 95% interval over 20 replications widened to 99% (t quantile ratio) so that the ~25 checks of this
 * class do not fail by chance; the seeds are fixed, so a pass is reproducible. The intervals must also be narrow,
 * so that agreement means something.
 */
class StationaryQueueTheoryTest {
    private static final double AHT = 180;
    private static final double T = 20;
    private static final int REPLICATIONS = 20;
    /** t(0.995, 19) / t(0.975, 19): turns the 95% interval of 20 replications into a 99% one. */
    private static final double WIDEN_TO_99 = 2.8609 / 2.0930;

    @ParameterizedTest(name = "Erlang C: {0} agents, {1} Erlangs")
    @CsvSource({
            "5, 4.0, 1000, 100, 0.05",       // small
            "50, 45.0, 750, 20, 0.05",       // medium
            "1000, 960.0, 30, 1, 0.25",      // large: waits are rare and short, so their mean is noisy
            "50, 48.5, 2500, 100, 0.05",     // near saturation (97% utilisation)
    })
    void agreesWithErlangC(int agents, double erlangs, double hours, double warmupHours, double asaWidth) {
        StationaryQueue q = new StationaryQueue(erlangs / AHT * 3600, AHT, Double.POSITIVE_INFINITY, agents, T,
                warmupHours * 3600, hours * 3600, 20);
        StationaryResult r = StationaryExperiment.run(q, REPLICATIONS, 20261122, 2);
        List<String> misses = new ArrayList<>();
        check(misses, r, QueueMeasure.P_WAIT, QueueingTheory.erlangC(agents, erlangs), asaWidth / 2);
        check(misses, r, QueueMeasure.SERVICE_LEVEL, QueueingTheory.erlangCServiceLevel(agents, erlangs, AHT, T), 0.05);
        check(misses, r, QueueMeasure.ASA_SECONDS, QueueingTheory.erlangCAsa(agents, erlangs, AHT), asaWidth);
        check(misses, r, QueueMeasure.OCCUPANCY, erlangs / agents, 0.01);
        check(misses, r, QueueMeasure.ABANDON_RATE, 0.0, 0.0);
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    @ParameterizedTest(name = "Erlang A: {0} agents, {1} Erlangs, patience {2} s")
    @CsvSource({
            "5, 5.0, 90, 500, 20",       // small, offered load equal to the agents
            "50, 45.0, 120, 150, 10",    // medium, under load
            "50, 53.0, 120, 150, 10",    // medium, past saturation (only abandonment keeps it stable)
            "1000, 1000.0, 60, 20, 1",   // large, at saturation
    })
    void agreesWithErlangA(int agents, double erlangs, double patience, double hours, double warmupHours) {
        StationaryQueue q = new StationaryQueue(erlangs / AHT * 3600, AHT, patience, agents, T,
                warmupHours * 3600, hours * 3600, 20);
        StationaryResult r = StationaryExperiment.run(q, REPLICATIONS, 7, 2);
        double[] theory = QueueingTheory.erlangA(agents, erlangs, AHT, patience);
        // the product's Erlang A (wfm.forecasting.erlang) adds service level and ASA, with the same definitions as
        // the simulation (answered within T / offered; mean wait of the answered calls); it must also agree with
        // this test's own birth-death sums
        Performance product = new ErlangA(erlangs, AHT, patience, T).performance(agents);
        assertEquals(theory[0], product.pWait(), 1e-9 * theory[0]);
        assertEquals(theory[1], product.abandonRate(), 1e-9 * theory[1]);
        List<String> misses = new ArrayList<>();
        check(misses, r, QueueMeasure.P_WAIT, theory[0], 0.05);
        check(misses, r, QueueMeasure.ABANDON_RATE, theory[1], 0.06);
        check(misses, r, QueueMeasure.OCCUPANCY, erlangs * (1 - theory[1]) / agents, 0.01);
        check(misses, r, QueueMeasure.SERVICE_LEVEL, product.serviceLevel(), 0.05);
        check(misses, r, QueueMeasure.ASA_SECONDS, product.asaSeconds(), 0.1);
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    /**
     * Records a miss when theory lies outside the 99% interval, or when the interval's half-width exceeds
     * {@code maxRelativeHalfWidth} of the theory value (a test that cannot fail proves nothing).
     */
    private static void check(List<String> misses, StationaryResult r, QueueMeasure m, double theory,
                              double maxRelativeHalfWidth) {
        ConfidenceInterval ci = r.estimate(m);
        double half = ci.halfWidth() * WIDEN_TO_99;
        String line = String.format(java.util.Locale.ROOT, "%s: theory %.6f, simulated %.6f +- %.6f (99%%)",
                m.key(), theory, ci.mean(), half);
        if (Math.abs(ci.mean() - theory) > half + 1e-12) {
            misses.add("outside: " + line);
        }
        if (half > maxRelativeHalfWidth * theory + 1e-12) {
            misses.add("too wide: " + line);
        }
        System.out.println(line);
    }
}
