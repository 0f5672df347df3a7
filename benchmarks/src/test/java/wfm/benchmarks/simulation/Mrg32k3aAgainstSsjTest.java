package wfm.benchmarks.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import umontreal.ssj.rng.MRG32k3a;

/** Our MRG32k3a against SSJ's reference implementation: same outputs, same substream jumps, same streams. */
class Mrg32k3aAgainstSsjTest {
    private static final long[] SEED = {12345, 12345, 12345, 12345, 12345, 12345};

    @Test
    void sameOutputsSubstreamsAndStreams() {
        MRG32k3a.setPackageSeed(SEED);
        MRG32k3a ssj = new MRG32k3a();
        MRG32k3a ssjNext = new MRG32k3a();
        wfm.simulation.random.Mrg32k3a ours = wfm.simulation.random.Mrg32k3a.withDefaultSeed();
        wfm.simulation.random.Mrg32k3a oursNext = ours.nextStream();
        for (int i = 0; i < 10_000; i++) {
            assertEquals(ssj.nextDouble(), ours.nextDouble(), 0.0, "output " + i);
        }
        for (int s = 0; s < 5; s++) {
            ssj.resetNextSubstream();
            ours.resetNextSubstream();
            for (int i = 0; i < 100; i++) {
                assertEquals(ssj.nextDouble(), ours.nextDouble(), 0.0, "substream " + (s + 1) + " output " + i);
            }
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(ssjNext.nextDouble(), oursNext.nextDouble(), 0.0, "second stream output " + i);
        }
    }
}
