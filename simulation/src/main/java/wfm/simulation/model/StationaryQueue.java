package wfm.simulation.model;

/**
 * One steady queue, the textbook M/M/n (Erlang C) or M/M/n+M (Erlang A) case: Poisson arrivals, exponential
 * handle times, exponential patience, FIFO, {@code agents} identical agents.
 *
 * @param arrivalRatePerHour  calls per hour (> 0)
 * @param ahtSeconds          mean handle time in seconds (> 0)
 * @param patienceSeconds     mean patience in seconds (> 0); {@code +Infinity} for callers who never hang up
 * @param agents              agents on the phones (>= 1)
 * @param serviceLevelSeconds answer-within threshold T of the service level, in seconds (>= 0)
 * @param warmupSeconds       simulated time discarded before observing, to forget the empty start (>= 0)
 * @param durationSeconds     observed simulated time after the warm-up (> 0)
 * @param batches             batches the observed time is cut into, for batch-means intervals (>= 2)
 */
public record StationaryQueue(double arrivalRatePerHour, double ahtSeconds, double patienceSeconds, int agents,
                              double serviceLevelSeconds, double warmupSeconds, double durationSeconds,
                              int batches) {
    public StationaryQueue {
        if (!(arrivalRatePerHour > 0) || Double.isInfinite(arrivalRatePerHour)) {
            throw new IllegalArgumentException("arrivalRatePerHour (" + arrivalRatePerHour + ") must be positive");
        }
        if (!(ahtSeconds > 0) || Double.isInfinite(ahtSeconds)) {
            throw new IllegalArgumentException("ahtSeconds (" + ahtSeconds + ") must be positive");
        }
        if (!(patienceSeconds > 0)) {
            throw new IllegalArgumentException("patienceSeconds (" + patienceSeconds + ") must be positive");
        }
        if (agents < 1) {
            throw new IllegalArgumentException("agents (" + agents + ") must be at least 1");
        }
        if (!(serviceLevelSeconds >= 0)) {
            throw new IllegalArgumentException("serviceLevelSeconds (" + serviceLevelSeconds + ") must be >= 0");
        }
        if (!(warmupSeconds >= 0) || Double.isInfinite(warmupSeconds)) {
            throw new IllegalArgumentException("warmupSeconds (" + warmupSeconds + ") must be >= 0");
        }
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("durationSeconds (" + durationSeconds + ") must be positive");
        }
        if (batches < 2) {
            throw new IllegalArgumentException("batches (" + batches + ") must be at least 2");
        }
        if (Double.isInfinite(patienceSeconds) && arrivalRatePerHour * ahtSeconds / 3600 >= agents) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "agents (%d) must exceed the offered load (%.2f Erlangs) when callers never abandon",
                    agents, arrivalRatePerHour * ahtSeconds / 3600));
        }
    }

    /** The offered load in Erlangs: arrival rate times mean handle time. */
    public double offeredLoadErlangs() {
        return arrivalRatePerHour * ahtSeconds / 3600;
    }

    /** True when callers hang up after an exponential patience (Erlang A), false for Erlang C. */
    public boolean abandons() {
        return !Double.isInfinite(patienceSeconds);
    }

    public StationaryQueue withDuration(double warmup, double duration) {
        return new StationaryQueue(arrivalRatePerHour, ahtSeconds, patienceSeconds, agents, serviceLevelSeconds,
                warmup, duration, batches);
    }
}
