package wfm.simulation.random;

/**
 * L'Ecuyer's combined multiple recursive generator MRG32k3a (period about 2^191) with streams and substreams,
 * as in RngStreams and SSJ's {@code MRG32k3a}: the sequence is cut into streams of 2^127 values, each cut into
 * substreams of 2^76 values. We implement it ourselves (it is small) rather than depend on SSJ in the product.
 *
 * <p>Sources: P. L'Ecuyer, "Good parameters and implementations for combined multiple recursive random number
 * generators", Operations Research 47(1), 1999; P. L'Ecuyer, R. Simard, E. J. Chen, W. D. Kelton, "An
 * object-oriented random-number package with many long streams and substreams", Operations Research 50(6),
 * 2002 (the jump matrices below are the ones published with RngStreams; a unit test recomputes them by
 * repeated squaring).
 *
 * <p>The recurrence runs in double arithmetic: every product is below 2^53, hence exact. Outputs lie strictly
 * inside (0, 1). Not thread-safe: one instance per replication and variate kind.
 */
public final class Mrg32k3a {
    static final double M1 = 4294967087.0;
    static final double M2 = 4294944443.0;
    static final long M1L = 4294967087L;
    static final long M2L = 4294944443L;
    static final double A12 = 1403580.0;
    static final double A13N = 810728.0;
    static final double A21 = 527612.0;
    static final double A23N = 1370589.0;
    private static final double NORM = 2.328306549295727688e-10;
    private static final double INV_M1 = 1.0 / M1;
    private static final double INV_M2 = 1.0 / M2;

    /** A1^(2^76) mod m1: jumps component 1 ahead by one substream. */
    static final long[][] A1P76 = {
            {82758667L, 1871391091L, 4127413238L},
            {3672831523L, 69195019L, 1871391091L},
            {3672091415L, 3528743235L, 69195019L}};
    /** A2^(2^76) mod m2: jumps component 2 ahead by one substream. */
    static final long[][] A2P76 = {
            {1511326704L, 3759209742L, 1610795712L},
            {4292754251L, 1511326704L, 3889917532L},
            {3859662829L, 4292754251L, 3708466080L}};
    /** A1^(2^127) mod m1: jumps component 1 ahead by one stream. */
    static final long[][] A1P127 = {
            {2427906178L, 3580155704L, 949770784L},
            {226153695L, 1230515664L, 3580155704L},
            {1988835001L, 986791581L, 1230515664L}};
    /** A2^(2^127) mod m2: jumps component 2 ahead by one stream. */
    static final long[][] A2P127 = {
            {1464411153L, 277697599L, 1610723613L},
            {32183930L, 1464411153L, 1022607788L},
            {2824425944L, 32183930L, 2093834863L}};

    private final long[] streamStart = new long[6];
    private final long[] substreamStart = new long[6];
    private double s0, s1, s2, s3, s4, s5;

    /**
     * A stream starting at the given state: {@code seed[0..2]} in [0, m1) not all zero, {@code seed[3..5]} in
     * [0, m2) not all zero, with m1 = 4294967087 and m2 = 4294944443.
     */
    public Mrg32k3a(long[] seed) {
        checkSeed(seed);
        System.arraycopy(seed, 0, streamStart, 0, 6);
        resetStartStream();
    }

    /** RngStreams' default package seed (12345 six times). */
    public static Mrg32k3a withDefaultSeed() {
        return new Mrg32k3a(new long[] {12345, 12345, 12345, 12345, 12345, 12345});
    }

    /** The next uniform variate, strictly between 0 and 1. */
    public double nextDouble() {
        // p mod m with a multiplication by 1/m instead of a division: the quotient may be off by one when p/m is
        // within rounding of an integer, and the two corrections below make the remainder exact again (every
        // product and difference here is an integer below 2^53, hence exact in double)
        double p1 = A12 * s1 - A13N * s0;
        p1 -= (long) (p1 * INV_M1) * M1;
        if (p1 < 0.0) {
            p1 += M1;
        } else if (p1 >= M1) {
            p1 -= M1;
        }
        s0 = s1;
        s1 = s2;
        s2 = p1;
        double p2 = A21 * s5 - A23N * s3;
        p2 -= (long) (p2 * INV_M2) * M2;
        if (p2 < 0.0) {
            p2 += M2;
        } else if (p2 >= M2) {
            p2 -= M2;
        }
        s3 = s4;
        s4 = s5;
        s5 = p2;
        return p1 > p2 ? (p1 - p2) * NORM : (p1 - p2 + M1) * NORM;
    }

    /** Back to the start of this stream (and of its first substream). */
    public void resetStartStream() {
        System.arraycopy(streamStart, 0, substreamStart, 0, 6);
        load(substreamStart);
    }

    /** Back to the start of the current substream: replays the same variates (common random numbers). */
    public void resetStartSubstream() {
        load(substreamStart);
    }

    /** On to the start of the next substream (2^76 values further). */
    public void resetNextSubstream() {
        jump(substreamStart, A1P76, A2P76);
        load(substreamStart);
    }

    /** A new generator at the start of the stream that follows this one (2^127 values further). */
    public Mrg32k3a nextStream() {
        long[] next = streamStart.clone();
        jump(next, A1P127, A2P127);
        return new Mrg32k3a(next);
    }

    /** A copy of the state at the start of this stream. */
    public long[] streamSeed() {
        return streamStart.clone();
    }

    private void load(long[] state) {
        s0 = state[0];
        s1 = state[1];
        s2 = state[2];
        s3 = state[3];
        s4 = state[4];
        s5 = state[5];
    }

    private static void jump(long[] state, long[][] a1, long[][] a2) {
        long[] c1 = multiply(a1, new long[] {state[0], state[1], state[2]}, M1L);
        long[] c2 = multiply(a2, new long[] {state[3], state[4], state[5]}, M2L);
        state[0] = c1[0];
        state[1] = c1[1];
        state[2] = c1[2];
        state[3] = c2[0];
        state[4] = c2[1];
        state[5] = c2[2];
    }

    static long[] multiply(long[][] a, long[] v, long m) {
        long[] out = new long[3];
        for (int i = 0; i < 3; i++) {
            long sum = 0;
            for (int j = 0; j < 3; j++) {
                sum = (sum + multiplyMod(a[i][j], v[j], m)) % m;
            }
            out[i] = sum;
        }
        return out;
    }

    static long[][] multiply(long[][] a, long[][] b, long m) {
        long[][] out = new long[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                long sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum = (sum + multiplyMod(a[i][k], b[k][j], m)) % m;
                }
                out[i][j] = sum;
            }
        }
        return out;
    }

    /** (a * b) mod m for 0 <= a, b < m < 2^32 without overflow: b is split into two 16-bit halves. */
    static long multiplyMod(long a, long b, long m) {
        long high = (a * (b >>> 16)) % m;
        return ((high << 16) + a * (b & 0xFFFF)) % m;
    }

    private static void checkSeed(long[] seed) {
        if (seed == null || seed.length != 6) {
            throw new IllegalArgumentException("seed must have 6 components");
        }
        for (int i = 0; i < 6; i++) {
            long m = i < 3 ? M1L : M2L;
            if (seed[i] < 0 || seed[i] >= m) {
                throw new IllegalArgumentException("seed[" + i + "] (" + seed[i] + ") must be in 0.." + (m - 1));
            }
        }
        if ((seed[0] | seed[1] | seed[2]) == 0 || (seed[3] | seed[4] | seed[5]) == 0) {
            throw new IllegalArgumentException("seed components 0-2 and 3-5 must not all be zero");
        }
    }
}
