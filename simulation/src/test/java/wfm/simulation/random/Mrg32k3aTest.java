package wfm.simulation.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Mrg32k3aTest {

    /** The generator's transition matrices (one step of each component). */
    private static final long[][] A1 = {{0, 1, 0}, {0, 0, 1}, {Mrg32k3a.M1L - 810728, 1403580, 0}};
    private static final long[][] A2 = {{0, 1, 0}, {0, 0, 1}, {Mrg32k3a.M2L - 1370589, 0, 527612}};

    private static long[][] powerOfTwo(long[][] a, int e, long m) {
        long[][] p = a;
        for (int i = 0; i < e; i++) {
            p = Mrg32k3a.multiply(p, p, m);
        }
        return p;
    }

    @Test
    void publishedJumpMatricesAreTheGeneratorsPowers() {
        assertArrayEquals(Mrg32k3a.A1P76, powerOfTwo(A1, 76, Mrg32k3a.M1L));
        assertArrayEquals(Mrg32k3a.A2P76, powerOfTwo(A2, 76, Mrg32k3a.M2L));
        assertArrayEquals(Mrg32k3a.A1P127, powerOfTwo(A1, 127, Mrg32k3a.M1L));
        assertArrayEquals(Mrg32k3a.A2P127, powerOfTwo(A2, 127, Mrg32k3a.M2L));
    }

    @Test
    void firstOutputOfTheDefaultSeed() {
        // the first U(0,1) of the default package seed, as SSJ's MRG32k3a gives it (checked in benchmarks)
        assertEquals(0.12701112204657714, Mrg32k3a.withDefaultSeed().nextDouble(), 1e-15);
    }

    @Test
    void oneStepMatrixReproducesTheRecurrence() {
        Mrg32k3a g = Mrg32k3a.withDefaultSeed();
        g.nextDouble();
        long[] seed = {12345, 12345, 12345, 12345, 12345, 12345};
        long[] c1 = Mrg32k3a.multiply(A1, new long[] {seed[0], seed[1], seed[2]}, Mrg32k3a.M1L);
        long[] c2 = Mrg32k3a.multiply(A2, new long[] {seed[3], seed[4], seed[5]}, Mrg32k3a.M2L);
        Mrg32k3a fromMatrix = new Mrg32k3a(new long[] {c1[0], c1[1], c1[2], c2[0], c2[1], c2[2]});
        assertEquals(g.nextDouble(), fromMatrix.nextDouble());
    }

    @Test
    void substreamsReplayAndAdvance() {
        Mrg32k3a g = Mrg32k3a.withDefaultSeed();
        double first = g.nextDouble();
        g.nextDouble();
        g.resetStartSubstream();
        assertEquals(first, g.nextDouble());
        g.resetNextSubstream();
        double second = g.nextDouble();
        assertNotEquals(first, second);
        g.resetStartStream();
        assertEquals(first, g.nextDouble());
    }

    @Test
    void outputsAreStrictlyInsideTheUnitIntervalWithTheRightMean() {
        Mrg32k3a g = new RandomStreams(7, 1).stream(0, 3);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double u = g.nextDouble();
            assertTrue(u > 0 && u < 1);
            sum += u;
        }
        // mean of n uniforms: sd = sqrt(1/12n) ~ 6.5e-4; 5 sd
        assertEquals(0.5, sum / n, 5 * Math.sqrt(1.0 / 12 / n));
    }

    @Test
    void streamsOfOneSeedAreReproducibleAndDistinct() {
        RandomStreams a = new RandomStreams(1, 3);
        RandomStreams b = new RandomStreams(1, 3);
        assertEquals(a.stream(2, 5).nextDouble(), b.stream(2, 5).nextDouble());
        assertNotEquals(a.stream(1, 5).nextDouble(), a.stream(2, 5).nextDouble());
        assertNotEquals(a.stream(1, 5).nextDouble(), a.stream(1, 6).nextDouble());
        assertNotEquals(a.stream(0, 0).nextDouble(), new RandomStreams(2, 3).stream(0, 0).nextDouble());
    }

    @Test
    void badSeedsAreRejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Mrg32k3a(new long[] {Mrg32k3a.M1L, 1, 1, 1, 1, 1}));
        assertTrue(e.getMessage().contains("4294967087"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Mrg32k3a(new long[] {0, 0, 0, 1, 1, 1}));
    }
}
