package wfm.forecasting.erlang;

/**
 * Shrinkage: the share of paid time rostered agents are not on the phones, beyond what the roster itself shows.
 * Agents to schedule = agents on the phones / (1 - shrinkage).
 *
 * <p>One model, used by staffing and simulation alike: breaks the roster places and leave or training listed as
 * unavailability are explicit, so they are not shrinkage; what the roster cannot show is statistical, in two parts
 * ({@link #of(double, double)}): <b>unplanned absence</b>, the share of rostered agent-days lost (sickness,
 * no-shows), and <b>off-phone time</b>, the share of on-shift time spent off the phones on work the roster does not
 * show (after-call admin, coaching, system outages). An agent-day is worked with probability {@code 1 - absence}
 * and a worked hour is on the phones with probability {@code 1 - offPhone}, so
 * {@code 1 - shrinkage = (1 - absence)(1 - offPhone)}.
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

    /**
     * The shrinkage of unplanned absence and off-phone time together: {@code 1 - (1 - absence)(1 - offPhone)}.
     *
     * @param absence  share of rostered agent-days lost, in [0, 1)
     * @param offPhone share of on-shift time off the phones beyond placed breaks, in [0, 1)
     */
    public static Shrinkage of(double absence, double offPhone) {
        if (!(absence >= 0 && absence < 1)) {
            throw new IllegalArgumentException("absence (" + absence + ") must be at least 0 and below 1 (100%)");
        }
        if (!(offPhone >= 0 && offPhone < 1)) {
            throw new IllegalArgumentException("off-phone share (" + offPhone + ") must be at least 0 and below 1 (100%)");
        }
        return new Shrinkage(1 - (1 - absence) * (1 - offPhone));
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
