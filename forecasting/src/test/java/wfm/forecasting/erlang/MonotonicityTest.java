package wfm.forecasting.erlang;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** More agents are never worse, and nothing is NaN or infinite where it must be finite, across wide sweeps. */
class MonotonicityTest {
    private static final double NOISE = 1e-12;

    private static void sweep(QueueModel model, int toAgents) {
        BlockingRecursion cursor = BlockingRecursion.at(model.loadErlangs(), 1);
        Performance previous = null;
        for (int n = 1; n <= toAgents; n++) {
            Performance p = model.performance(cursor);
            String at = model + ", " + n + " agents: " + p;
            for (double v : new double[] {p.pWait(), p.serviceLevel(), p.occupancy(), p.answeredImmediately(),
                    p.abandonRate()}) {
                assertTrue(Double.isFinite(v), "not finite at " + at);
            }
            assertTrue(!Double.isNaN(p.asaSeconds()), "ASA is NaN at " + at);
            if (model instanceof ErlangA || n > model.loadErlangs()) {
                assertTrue(Double.isFinite(p.asaSeconds()), "ASA infinite at " + at);
            }
            if (previous != null) {
                notWorse(previous.pWait(), p.pWait(), "P(wait)", at);
                notWorse(previous.abandonRate(), p.abandonRate(), "abandonment", at);
                notWorse(previous.occupancy(), p.occupancy(), "occupancy", at);
                notWorse(-previous.serviceLevel(), -p.serviceLevel(), "service level", at);
                notWorse(-previous.answeredImmediately(), -p.answeredImmediately(), "answered immediately", at);
                if (Double.isFinite(previous.asaSeconds())) {
                    notWorse(previous.asaSeconds(), p.asaSeconds(), "ASA", at);
                }
            }
            previous = p;
            cursor.advance();
        }
    }

    /** {@code after <= before}, allowing rounding noise. */
    private static void notWorse(double before, double after, String what, String at) {
        if (after > before + NOISE * Math.max(1, Math.abs(before))) {
            fail(what + " got worse with one more agent (" + before + " -> " + after + ") at " + at);
        }
    }

    @Test
    void erlangCNeverGetsWorseWithMoreAgents() {
        double[] loads = {0.01, 0.3, 1, 2.5, 10, 47.3, 167, 1000, 5000};
        double[] ahts = {30, 180, 900};
        double[] withins = {0, 20, 60, 600};
        for (double load : loads) {
            for (double aht : ahts) {
                for (double t : withins) {
                    sweep(new ErlangC(load, aht, t), (int) (load + 12 * Math.sqrt(load) + 30));
                }
            }
        }
    }

    @Test
    void erlangANeverGetsWorseWithMoreAgents() {
        double[] loads = {0.01, 0.3, 2.5, 10, 47.3, 167, 1000};
        double[] patiences = {5, 60, 300, 3600};
        double[] withins = {0, 20, 120};
        for (double load : loads) {
            for (double patience : patiences) {
                for (double t : withins) {
                    sweep(new ErlangA(load, 180, patience, t), (int) (load + 10 * Math.sqrt(load) + 20));
                }
            }
        }
    }

    @Test
    void extremesStayFiniteFromTinyLoadsToFiftyThousandAgents() {
        double[] loads = {0.01, 1, 500, 20000, 50000};
        int[] agents = {1, 2, 100, 10000, 49999, 50000};
        for (double load : loads) {
            for (int n : agents) {
                for (QueueModel m : new QueueModel[] {new ErlangC(load, 180, 20), new ErlangA(load, 180, 120, 20),
                        new ErlangA(load, 30, 3600, 0), new ErlangA(load, 600, 2, 60)}) {
                    Performance p = m.performance(n);
                    String at = m + ", " + n + " agents: " + p;
                    assertTrue(!Double.isNaN(p.asaSeconds()) && p.asaSeconds() >= 0, at);
                    assertTrue(Double.isFinite(p.pWait() + p.serviceLevel() + p.occupancy() + p.abandonRate()
                            + p.answeredImmediately()), at);
                }
            }
        }
    }

    @Test
    void erlangAApproachesErlangCAsCallersBecomeInfinitelyPatient() {
        ErlangC c = new ErlangC(10, 180, 20);
        ErlangA a = new ErlangA(10, 180, 1e9, 20);
        for (int n = 11; n <= 16; n++) {
            Performance pc = c.performance(n);
            Performance pa = a.performance(n);
            assertTrue(Math.abs(pc.pWait() - pa.pWait()) < 1e-5, pc + " vs " + pa);
            assertTrue(Math.abs(pc.serviceLevel() - pa.serviceLevel()) < 1e-5, pc + " vs " + pa);
            assertTrue(Math.abs(pc.asaSeconds() - pa.asaSeconds()) < 1e-5 * pc.asaSeconds(), pc + " vs " + pa);
        }
    }
}
