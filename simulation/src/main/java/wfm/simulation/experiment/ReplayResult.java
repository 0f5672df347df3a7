package wfm.simulation.experiment;

import java.util.List;

import wfm.simulation.model.ReplayMeasure;

/**
 * The outcome of R replications of a roster replay.
 *
 * @param replications   replications run
 * @param seed           the seed, echoed
 * @param queues         queue names
 * @param intervalSeconds interval length
 * @param intervalsPerDay intervals in a day
 * @param byInterval     per interval: all queues together ([interval]) ...
 * @param byQueueInterval ... and per queue ([queue][interval])
 * @param byDay          per day, all queues together
 * @param byQueueDay     per queue and day ([queue][day])
 * @param byQueue        the whole horizon per queue
 * @param overall        the whole horizon, all queues
 * @param callsSimulated callers generated over all replications
 * @param elapsedSeconds wall-clock time
 */
public record ReplayResult(int replications, long seed, List<String> queues, double intervalSeconds,
                           int intervalsPerDay, List<PeriodEstimate> byInterval,
                           List<List<PeriodEstimate>> byQueueInterval, List<PeriodEstimate> byDay,
                           List<List<PeriodEstimate>> byQueueDay, List<PeriodEstimate> byQueue,
                           PeriodEstimate overall, long callsSimulated,
                           double elapsedSeconds) {

    /** Days whose mean abandonment rate (all queues) is above {@code maxAbandonRate}, in order. */
    public List<Integer> daysMissing(double maxAbandonRate) {
        return java.util.stream.IntStream.range(0, byDay.size())
                .filter(d -> byDay.get(d).mean(ReplayMeasure.ABANDON_RATE) > maxAbandonRate)
                .boxed().toList();
    }

    /** Intervals whose mean abandonment rate (all queues) is above {@code maxAbandonRate}, in order. */
    public List<Integer> intervalsMissing(double maxAbandonRate) {
        return java.util.stream.IntStream.range(0, byInterval.size())
                .filter(k -> byInterval.get(k).mean(ReplayMeasure.ABANDON_RATE) > maxAbandonRate)
                .boxed().toList();
    }
}
