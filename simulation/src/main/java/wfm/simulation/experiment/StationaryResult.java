package wfm.simulation.experiment;

import java.util.Map;

import wfm.simulation.model.QueueMeasure;
import wfm.simulation.stats.ConfidenceInterval;

/**
 * The estimate of every {@link QueueMeasure} of a stationary queue with its 95% confidence interval: over
 * replications when there are two or more, else from batch means within the single run.
 *
 * @param replications   replications run
 * @param seed           the seed, echoed
 * @param callsOffered   calls offered in the observed time, summed over replications
 * @param callsSimulated calls generated, warm-up included, summed over replications
 * @param elapsedSeconds wall-clock time of the run
 * @param estimates      one interval per measure
 */
public record StationaryResult(int replications, long seed, long callsOffered, long callsSimulated,
                               double elapsedSeconds, Map<QueueMeasure, ConfidenceInterval> estimates) {
    public StationaryResult {
        estimates = Map.copyOf(estimates);
    }

    public ConfidenceInterval estimate(QueueMeasure measure) {
        return estimates.get(measure);
    }

    /** Simulated calls per second of wall-clock time (all threads together). */
    public double callsPerSecond() {
        return elapsedSeconds > 0 ? callsSimulated / elapsedSeconds : Double.NaN;
    }
}
