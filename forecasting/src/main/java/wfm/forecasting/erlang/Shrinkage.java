package wfm.forecasting.erlang;

/**
 * Shrinkage: the share of paid time agents are not on the phones (breaks, meetings, training, absence). Agents
 * to schedule = agents on the phones / (1 - shrinkage).
 *
 * @param share share of paid time lost, in [0, 1)
 */
public record Shrinkage(double share) {
    /** Rounding up tolerates this much excess, so that 14 / (1 - 0.3) = 20.000000000000004 schedules 20, not 21. */
    private static final double ROUNDING_SLACK = 1e-9;

    public Shrinkage {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("shrinkage (" + share + ") must be at least 0 and below 1 (100%)");
        }
    }

    public static Shrinkage none() {
        return new Shrinkage(0.0);
    }

    /** Agents to schedule for {@code onPhoneAgents} on the phones, unrounded. */
    public double scheduledAgents(double onPhoneAgents) {
        return onPhoneAgents / (1.0 - share);
    }

    /** Agents to schedule for {@code onPhoneAgents} on the phones, rounded up to whole agents. */
    public long scheduledAgentsRoundedUp(double onPhoneAgents) {
        return (long) Math.ceil(scheduledAgents(onPhoneAgents) - ROUNDING_SLACK);
    }
}
