package wfm.simulation.risk;

/**
 * One day's risk, over the replications (the possible futures), for one queue or all queues together.
 * A replication in which the queue has no calls that day counts as abandonment 0 (met).
 *
 * @param day         day number from 0
 * @param queue       queue number, or -1 for all queues together
 * @param meanAbandon mean over replications of the day's abandonment rate (abandoned / offered)
 * @param p90Abandon  90th percentile of the day's abandonment rate over replications (nearest rank: the smallest
 *                    value at least 90% of the replications do not exceed)
 * @param pMet        share of replications whose day meets the target (rate at most the target)
 * @param pMetLow95   Wilson score 95% interval of {@code pMet}: lower bound
 * @param pMetHigh95  ... upper bound
 * @param holds       {@code pMet >= confidence} (the point estimate reaches the confidence)
 */
public record DayRisk(int day, int queue, double meanAbandon, double p90Abandon, double pMet, double pMetLow95,
                      double pMetHigh95, boolean holds) {

    /** True when the 95% interval of P(met) lies entirely on one side of {@code confidence}. */
    public boolean decided(double confidence) {
        return pMetLow95 > confidence || pMetHigh95 < confidence;
    }
}
