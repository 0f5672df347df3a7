package wfm.scheduling.constraints;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSet;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import wfm.scheduling.domain.Agent;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.SlotCover;
import wfm.scheduling.domain.SlotDemand;
import wfm.scheduling.domain.Unavailability;

/**
 * The rules of a hotline roster. Units: hard penalties are minutes (rest missing, minutes outside the
 * contract, minutes on an unskilled queue, minutes during unavailability) except consecutive days, which
 * counts a whole day (1440) per day too many; medium is weighted agent-minutes short of the requirement and
 * changes to a published roster;
 * soft is agent-minutes of over-staffing plus agent-minute equivalents for unfair shares.
 *
 * <p>Coverage stays incremental: every shift option knows the intervals it covers ({@link SlotCover}), the
 * stream flattens a working assignment into those few covers and groups them by interval. The requirement of
 * every interval is penalised once (a constant), and what the agents cover, up to the requirement, is
 * rewarded back: the sum is exactly the (weighted) agent-minutes short, including intervals nobody covers.
 */
public class RosterConstraintProvider implements ConstraintProvider {
    /** Soft penalty per (count of weekend / night / surge days of one agent) squared: sums of squares are least when even. */
    static final int FAIRNESS_MINUTES_PER_SQUARED_DAY = 30;
    /**
     * Medium penalty for a day that differs from the published roster: a change must win back a whole 8-hour
     * shift of (weighted) agent-minutes of coverage to be worth making; on the soft level any coverage gain would
     * justify any number of changes.
     */
    static final int CHANGE_MINUTES = 480;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                agentsRestBetweenShifts(factory),
                agentsWorkAtMostTheirConsecutiveDays(factory),
                agentsWorkAtLeastTheirContractHoursPerWeek(factory),
                agentsWorkAtMostTheirContractHoursPerWeek(factory),
                agentsAnswerOnlyQueuesTheyAreSkilledFor(factory),
                agentsDoNotWorkWhenUnavailable(factory),
                // Medium
                everyIntervalNeedsItsRequiredAgents(factory),
                agentsOnDutyCoverTheRequirement(factory),
                thePublishedRosterIsKept(factory),
                // Soft
                intervalsAreNotOverstaffed(factory),
                weekendsAreSharedEvenly(factory),
                nightsAreSharedEvenly(factory),
                surgeDaysAreSharedEvenly(factory),
        };
    }

    // ---- Hard

    Constraint agentsRestBetweenShifts(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isWorking)
                .join(Assignment.class,
                        Joiners.equal(Assignment::getAgent),
                        Joiners.lessThan(Assignment::getDayIndex),
                        // shifts last at most 16 h: only the next two days can come closer than any rest rule
                        Joiners.greaterThanOrEqual(a -> a.getDayIndex() + 2, Assignment::getDayIndex),
                        Joiners.filtering((a, b) -> b.isWorking()))
                .filter((a, b) -> restMissingMinutes(a, b) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, RosterConstraintProvider::restMissingMinutes)
                .asConstraint("An agent rests at least the minimum between shifts");
    }

    private static long restMissingMinutes(Assignment earlier, Assignment later) {
        int rest = later.getShift().startMinute() - earlier.getShift().endMinute();
        return Math.max(0, earlier.getAgent().minRestMinutes() - rest);
    }

    Constraint agentsWorkAtMostTheirConsecutiveDays(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isWorking)
                .groupBy(Assignment::getAgent, toSet(Assignment::getDayIndex))
                .filter((agent, days) -> daysTooMany(agent, days) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (agent, days) -> 1440L * daysTooMany(agent, days))
                .asConstraint("An agent works at most the maximum consecutive days");
    }

    /** Working days beyond the limit, summed over every run of consecutive working days. */
    static int daysTooMany(Agent agent, Set<Integer> days) {
        int excess = 0;
        for (int day : days) {
            if (days.contains(day - 1)) {
                continue;
            }
            int run = 1;
            while (days.contains(day + run)) {
                run++;
            }
            excess += Math.max(0, run - agent.maxConsecutiveDays());
        }
        return excess;
    }

    /** Every agent-day of one week carries the same limits ({@link wfm.scheduling.domain.ContractWeek}). */
    Constraint agentsWorkAtLeastTheirContractHoursPerWeek(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Assignment.class)
                .groupBy(Assignment::getAgent, Assignment::getWeekIndex, Assignment::getWeekMinMinutes,
                        sum(Assignment::paidMinutes))
                .filter((agent, week, least, minutes) -> minutes < least)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (agent, week, least, minutes) -> least - minutes)
                .asConstraint("An agent works at least the contract hours every week");
    }

    Constraint agentsWorkAtMostTheirContractHoursPerWeek(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isWorking)
                .groupBy(Assignment::getAgent, Assignment::getWeekIndex, Assignment::getWeekMaxMinutes,
                        sum(Assignment::paidMinutes))
                .filter((agent, week, most, minutes) -> minutes > most)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (agent, week, most, minutes) -> minutes - most)
                .asConstraint("An agent works at most the contract hours every week");
    }

    Constraint agentsAnswerOnlyQueuesTheyAreSkilledFor(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.isWorking() && !a.getAgent().hasSkill(a.getQueue()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Assignment::paidMinutes)
                .asConstraint("An agent answers only queues the agent is skilled for");
    }

    Constraint agentsDoNotWorkWhenUnavailable(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isWorking)
                .join(Unavailability.class,
                        Joiners.equal(Assignment::getAgent, Unavailability::agent),
                        Joiners.overlapping(a -> a.getShift().startMinute(), a -> a.getShift().endMinute(),
                                Unavailability::startMinute, Unavailability::endMinute))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (a, u) -> u.overlapMinutes(a.getShift().startMinute(), a.getShift().endMinute()))
                .asConstraint("An agent does not work when unavailable");
    }

    // ---- Medium: coverage

    Constraint everyIntervalNeedsItsRequiredAgents(ConstraintFactory factory) {
        return factory.forEach(SlotDemand.class)
                .filter(d -> d.requiredCentiAgents() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, SlotDemand::requiredWeightedMinutes)
                .asConstraint("Every interval needs its required agents");
    }

    Constraint agentsOnDutyCoverTheRequirement(ConstraintFactory factory) {
        return agentsOnDutyPerInterval(factory)
                .filter((demand, centiAgents) -> demand.requiredCentiAgents() > 0)
                .rewardLong(HardMediumSoftLongScore.ONE_MEDIUM, SlotDemand::coveredWeightedMinutes)
                .asConstraint("Agents on duty cover the requirement");
    }

    private static final Predicate<Assignment> WORKING = Assignment::isWorking;
    private static final Function<Assignment, Iterable<SlotCover>> COVERS = Assignment::covers;
    private static final Function<SlotCover, SlotDemand> DEMAND = SlotCover::demand;
    private static final UniConstraintCollector<SlotCover, ?, Integer> CENTI_AGENTS = sum(SlotCover::centiAgents);

    /**
     * Hundredths of an agent on duty per interval and queue. Built from the same function instances every time,
     * so Bavet shares the flatten and group-by nodes between the coverage and the over-staffing rules.
     */
    private static BiConstraintStream<SlotDemand, Integer> agentsOnDutyPerInterval(ConstraintFactory factory) {
        return factory.forEach(Assignment.class).filter(WORKING).flattenLast(COVERS).groupBy(DEMAND, CENTI_AGENTS);
    }

    Constraint thePublishedRosterIsKept(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Assignment.class)
                .filter(Assignment::changedFromPublished)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, a -> CHANGE_MINUTES)
                .asConstraint("The published roster is kept");
    }

    // ---- Soft

    Constraint intervalsAreNotOverstaffed(ConstraintFactory factory) {
        return agentsOnDutyPerInterval(factory)
                .filter((demand, centiAgents) -> demand.overMinutes(centiAgents) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, SlotDemand::overMinutes)
                .asConstraint("Intervals are not over-staffed");
    }

    Constraint weekendsAreSharedEvenly(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.isWorking() && a.isWeekend())
                .groupBy(Assignment::getAgent, ConstraintCollectors.count())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (agent, days) -> squaredDays(days))
                .asConstraint("Weekend days are shared evenly");
    }

    Constraint nightsAreSharedEvenly(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isNight)
                .groupBy(Assignment::getAgent, ConstraintCollectors.count())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (agent, nights) -> squaredDays(nights))
                .asConstraint("Night shifts are shared evenly");
    }

    Constraint surgeDaysAreSharedEvenly(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.isWorking() && a.isSurgeDay())
                .groupBy(Assignment::getAgent, ConstraintCollectors.count())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (agent, days) -> squaredDays(days))
                .asConstraint("Surge days are shared evenly");
    }

    private static long squaredDays(int days) {
        return (long) FAIRNESS_MINUTES_PER_SQUARED_DAY * days * days;
    }
}
