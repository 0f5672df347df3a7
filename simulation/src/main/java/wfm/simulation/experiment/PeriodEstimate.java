package wfm.simulation.experiment;

import java.util.Map;

import wfm.simulation.model.ReplayMeasure;
import wfm.simulation.stats.ConfidenceInterval;

/**
 * Every {@link ReplayMeasure} over a span of intervals (one interval, or a day), for one queue or all together,
 * as the mean over replications with its 95% confidence interval.
 *
 * @param queue         queue number, or -1 for all queues together
 * @param firstInterval first interval of the span
 * @param intervals     intervals in the span
 */
public record PeriodEstimate(int queue, int firstInterval, int intervals,
                             Map<ReplayMeasure, ConfidenceInterval> estimates) {
    public PeriodEstimate {
        estimates = Map.copyOf(estimates);
    }

    public ConfidenceInterval estimate(ReplayMeasure m) {
        return estimates.get(m);
    }

    public double mean(ReplayMeasure m) {
        return estimates.get(m).mean();
    }
}
