package wfm.simulation.random;

/**
 * One {@link Mrg32k3a} stream per kind of variate (arrivals, handle times, patience, absenteeism, ...), all
 * derived from one seed, as in SSJ ContactCenters' {@code RandomStreams}. Replication {@code r} uses substream
 * {@code r} of every stream, so a replication's numbers depend only on the seed and {@code r} (not on which
 * thread runs it, nor on how many variates other replications drew), and two scenarios run with the same seed
 * see the same arrivals, handle times and patiences: common random numbers.
 *
 * <p>The seed (any long) is spread into the generator's six-component package seed with SplitMix64; stream
 * {@code k} then starts 2^127 values after stream {@code k-1}.
 */
public final class RandomStreams {
    private final long seed;
    private final long[][] streamSeeds;

    /**
     * @param seed  the run's seed, echoed in every result
     * @param kinds how many kinds of variates the model draws (one stream each)
     */
    public RandomStreams(long seed, int kinds) {
        if (kinds < 1) {
            throw new IllegalArgumentException("kinds (" + kinds + ") must be at least 1");
        }
        this.seed = seed;
        streamSeeds = new long[kinds][];
        Mrg32k3a stream = new Mrg32k3a(packageSeed(seed));
        for (int k = 0; k < kinds; k++) {
            streamSeeds[k] = stream.streamSeed();
            stream = stream.nextStream();
        }
    }

    public long seed() {
        return seed;
    }

    public int kinds() {
        return streamSeeds.length;
    }

    /**
     * The generator of one variate kind positioned at the start of substream {@code replication}.
     *
     * @param kind        0..kinds-1
     * @param replication 0, 1, 2, ... (cost: one 3x3 matrix jump per replication index, negligible)
     */
    public Mrg32k3a stream(int kind, int replication) {
        if (kind < 0 || kind >= streamSeeds.length) {
            throw new IllegalArgumentException("kind (" + kind + ") must be in 0.." + (streamSeeds.length - 1));
        }
        if (replication < 0) {
            throw new IllegalArgumentException("replication (" + replication + ") must be >= 0");
        }
        Mrg32k3a g = new Mrg32k3a(streamSeeds[kind]);
        for (int r = 0; r < replication; r++) {
            g.resetNextSubstream();
        }
        return g;
    }

    /** All streams of one replication, indexed by kind. */
    public Mrg32k3a[] forReplication(int replication) {
        Mrg32k3a[] streams = new Mrg32k3a[streamSeeds.length];
        for (int k = 0; k < streams.length; k++) {
            streams[k] = stream(k, replication);
        }
        return streams;
    }

    static long[] packageSeed(long seed) {
        long[] s = new long[6];
        long x = seed;
        for (int i = 0; i < 6; i++) {
            long m = i < 3 ? Mrg32k3a.M1L : Mrg32k3a.M2L;
            do {
                x += 0x9E3779B97F4A7C15L;
                long z = x;
                z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
                z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
                z ^= z >>> 31;
                s[i] = (z >>> 32);
            } while (s[i] == 0 || s[i] >= m); // a zero component or one outside the modulus is redrawn
        }
        return s;
    }
}
