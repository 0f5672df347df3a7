package wfm.scheduling.capacity;

import java.util.List;

import wfm.scheduling.solver.RosterRequest;

/**
 * The part of shrinkage a roster cannot show: <b>unplanned absence</b> (share of rostered agent-days lost: sickness,
 * no-shows) and <b>off-phone time</b> (share of on-shift time spent off the phones on work the roster does not show:
 * after-call admin, coaching, system outages). Breaks placed by the roster and leave or training listed in
 * {@code unavailability.csv} are not part of it: the roster already takes them out, so counting them here would count
 * them twice.
 *
 * <p>An agent rostered for an interval answers calls there with probability {@code (1 - absence) (1 - offPhone)}
 * on average, so covering {@code n} agents on the phones takes {@code n / ((1 - absence) (1 - offPhone))} rostered
 * heads. The simulation that judges the roster removes the same shares (whole agent-days, blocks of off-phone time).
 *
 * @param absence  share of rostered agent-days lost to unplanned absence, 0 &le; absence &lt; 1
 * @param offPhone share of on-shift time (after placed breaks) off the phones, 0 &le; offPhone &lt; 1
 */
public record RosterShrinkage(double absence, double offPhone) {
    /** No unplanned absence, agents on the phones all shift long: the perfect world of a plain Erlang requirement. */
    public static final RosterShrinkage NONE = new RosterShrinkage(0, 0);

    public RosterShrinkage {
        if (!(absence >= 0 && absence < 1)) {
            throw new IllegalArgumentException("absence (" + absence + ") must be in 0..1 (exclusive)");
        }
        if (!(offPhone >= 0 && offPhone < 1)) {
            throw new IllegalArgumentException("off-phone share (" + offPhone + ") must be in 0..1 (exclusive)");
        }
    }

    /** Rostered heads per agent needed on the phones: {@code 1 / ((1 - absence) (1 - offPhone))}, at least 1. */
    public double grossUp() {
        return 1 / ((1 - absence) * (1 - offPhone));
    }

    /** Rostered heads that put {@code onPhones} agents on the phones on average. */
    public double rosteredHeads(double onPhones) {
        return onPhones * grossUp();
    }

    /** The requirement in rostered heads: each interval's agents on the phones grossed up. */
    public List<RosterRequest.Requirement> rosteredHeads(List<RosterRequest.Requirement> onPhones) {
        double factor = grossUp();
        return onPhones.stream().map(r -> new RosterRequest.Requirement(r.intervalStart(), r.queue(),
                r.requiredAgents() * factor)).toList();
    }
}
