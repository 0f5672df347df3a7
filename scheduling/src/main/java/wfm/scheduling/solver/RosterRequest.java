package wfm.scheduling.solver;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import wfm.scheduling.domain.ShiftTemplate;

/**
 * Everything a roster is planned from, in the planner's terms (as read from the contract CSV files).
 *
 * @param published a roster already published, to keep as far as possible ({@code --keep}); may be empty
 */
public record RosterRequest(List<Requirement> requirements, List<AgentContract> agents, List<ShiftTemplate> shifts,
                            List<Absence> absences, List<PublishedShift> published, Rules rules) {

    public RosterRequest {
        if (requirements == null || requirements.isEmpty()) {
            throw new IllegalArgumentException("requirements must not be empty");
        }
        if (agents == null || agents.isEmpty()) {
            throw new IllegalArgumentException("agents must not be empty");
        }
        if (shifts == null || shifts.isEmpty()) {
            throw new IllegalArgumentException("shift templates must not be empty");
        }
        requirements = List.copyOf(requirements);
        agents = List.copyOf(agents);
        shifts = List.copyOf(shifts);
        absences = absences == null ? List.of() : List.copyOf(absences);
        published = published == null ? List.of() : List.copyOf(published);
        rules = rules == null ? Rules.DEFAULT : rules;
    }

    /** Agents one queue needs on the phones in the interval starting at {@code intervalStart}. */
    public record Requirement(LocalDateTime intervalStart, String queue, double requiredAgents) {
        public Requirement {
            if (!(requiredAgents >= 0) || Double.isInfinite(requiredAgents)) {
                throw new IllegalArgumentException("required agents (" + requiredAgents + ") at " + intervalStart
                        + " must be a number >= 0");
            }
        }
    }

    /**
     * An agent's contract. {@code skills} empty = every queue; hours NaN = the rules' default;
     * {@code maxConsecutiveDays} 0 = the rules' default.
     */
    public record AgentContract(String id, String name, List<String> skills, double minHoursPerWeek,
                                double maxHoursPerWeek, int maxConsecutiveDays) {
        public AgentContract {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    /** A time the agent cannot work. */
    public record Absence(String agentId, LocalDateTime from, LocalDateTime to) {
        public Absence {
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("absence of " + agentId + ": to (" + to + ") must be after from ("
                        + from + ")");
            }
        }
    }

    /** A working day of a published roster; {@code queue} may be null (the solver then chooses). */
    public record PublishedShift(String agentId, LocalDate date, String shiftId, String queue) {
    }

    /**
     * Rules that apply to every agent unless the agent's contract says otherwise.
     *
     * @param weightBusyIntervals when true a short agent-minute costs 1 + required/peak (busy intervals up to
     *                            twice as much); when false every short agent-minute costs the same
     */
    public record Rules(Duration minRest, int maxConsecutiveDays, double minHoursPerWeek, double maxHoursPerWeek,
                        boolean weightBusyIntervals) {
        public static final Rules DEFAULT = new Rules(Duration.ofHours(11), 6, 0, 40, true);

        public Rules {
            if (minRest.isNegative() || minRest.toHours() > 48) {
                throw new IllegalArgumentException("min rest (" + minRest + ") must be between 0 and 48 hours");
            }
            if (maxConsecutiveDays < 1) {
                throw new IllegalArgumentException("max consecutive days (" + maxConsecutiveDays + ") must be >= 1");
            }
            if (!(minHoursPerWeek >= 0) || !(maxHoursPerWeek >= minHoursPerWeek)) {
                throw new IllegalArgumentException("weekly hours " + minHoursPerWeek + ".." + maxHoursPerWeek
                        + " must satisfy 0 <= min <= max");
            }
        }

        public Rules withMinRest(Duration rest) {
            return new Rules(rest, maxConsecutiveDays, minHoursPerWeek, maxHoursPerWeek, weightBusyIntervals);
        }

        public Rules withWeightBusyIntervals(boolean weight) {
            return new Rules(minRest, maxConsecutiveDays, minHoursPerWeek, maxHoursPerWeek, weight);
        }
    }
}
