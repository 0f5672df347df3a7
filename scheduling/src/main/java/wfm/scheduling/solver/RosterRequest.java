package wfm.scheduling.solver;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import wfm.scheduling.domain.ShiftTemplate;

/**
 * Everything a roster is planned from, in the planner's terms (as read from the contract CSV files).
 *
 * @param published a roster already published, to keep as far as possible ({@code --keep}); may be empty
 * @param worked    what agents worked before the horizon, for the first schedule week's hours
 */
public record RosterRequest(List<Requirement> requirements, List<AgentContract> agents, List<ShiftTemplate> shifts,
                            List<Absence> absences, List<PublishedShift> published, Rules rules, Worked worked) {

    public RosterRequest(List<Requirement> requirements, List<AgentContract> agents, List<ShiftTemplate> shifts,
                         List<Absence> absences, List<PublishedShift> published, Rules rules) {
        this(requirements, agents, shifts, absences, published, rules, Worked.NOTHING_KNOWN);
    }

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
        worked = worked == null ? Worked.NOTHING_KNOWN : worked;
    }

    public RosterRequest withWorked(Worked worked) {
        return new RosterRequest(requirements, agents, shifts, absences, published, rules, worked);
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
     * The record of days already worked: every agent-day from {@code knownFrom} up to the day before {@code knownUntil}
     * (the horizon's first day when null) that is not in {@code shifts} was not worked. Only days before the horizon
     * are used: a schedule week the horizon starts in the middle of counts them when the record reaches back to the
     * week's first day and is prorated otherwise ({@code ContractWeek}); a record that covers the evening before the
     * horizon fixes it.
     *
     * @param knownFrom  the first day of the record; {@code null} when nothing is known
     * @param knownUntil the day after the record's last day; {@code null}: it runs up to the horizon
     */
    public record Worked(LocalDate knownFrom, LocalDate knownUntil, List<WorkedShift> shifts) {
        public static final Worked NOTHING_KNOWN = new Worked(null, null, List.of());

        public Worked {
            shifts = shifts == null ? List.of() : List.copyOf(shifts);
            if (knownFrom == null && !shifts.isEmpty()) {
                throw new IllegalArgumentException("worked shifts need the first day of the record");
            }
        }

        /** A record from its earliest shift up to the horizon (nothing known when there is no shift). */
        public static Worked from(List<WorkedShift> shifts) {
            return until(null, shifts);
        }

        /** A record from its earliest shift up to the day before {@code end} ({@code null}: up to the horizon). */
        public static Worked until(LocalDate end, List<WorkedShift> shifts) {
            List<WorkedShift> kept = shifts.stream().filter(w -> end == null || w.date().isBefore(end)).toList();
            return new Worked(kept.stream().map(WorkedShift::date).min(LocalDate::compareTo).orElse(null), end, kept);
        }

        /** Whether the record covers this day. */
        public boolean covers(LocalDate day) {
            return knownFrom != null && !day.isBefore(knownFrom) && (knownUntil == null || day.isBefore(knownUntil));
        }
    }

    /** A shift an agent worked, dated the day it started, with its paid minutes (breaks excluded). */
    public record WorkedShift(String agentId, LocalDate date, String shiftId, int paidMinutes) {
        public WorkedShift {
            if (paidMinutes < 0) {
                throw new IllegalArgumentException("worked shift of " + agentId + " on " + date + ": " + paidMinutes
                        + " paid minutes must not be negative");
            }
        }
    }

    /**
     * Rules that apply to every agent unless the agent's contract says otherwise.
     *
     * @param weightBusyIntervals when true a short agent-minute costs 1 + required/peak (busy intervals up to
     *                            twice as much); when false every short agent-minute costs the same
     */
    public record Rules(Duration minRest, int maxConsecutiveDays, double minHoursPerWeek, double maxHoursPerWeek,
                        boolean weightBusyIntervals, DayOfWeek weekStart) {
        public static final Rules DEFAULT = new Rules(Duration.ofHours(11), 6, 0, 40, true);

        public Rules(Duration minRest, int maxConsecutiveDays, double minHoursPerWeek, double maxHoursPerWeek,
                     boolean weightBusyIntervals) {
            this(minRest, maxConsecutiveDays, minHoursPerWeek, maxHoursPerWeek, weightBusyIntervals, DayOfWeek.MONDAY);
        }

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
            if (weekStart == null) {
                throw new IllegalArgumentException("week start must be a day of the week");
            }
        }

        public Rules withMinRest(Duration rest) {
            return new Rules(rest, maxConsecutiveDays, minHoursPerWeek, maxHoursPerWeek, weightBusyIntervals,
                    weekStart);
        }

        public Rules withWeightBusyIntervals(boolean weight) {
            return new Rules(minRest, maxConsecutiveDays, minHoursPerWeek, maxHoursPerWeek, weight, weekStart);
        }

        /** Weekly contract hours count per schedule week starting on this day (Monday by default, as ISO). */
        public Rules withWeekStart(DayOfWeek day) {
            return new Rules(minRest, maxConsecutiveDays, minHoursPerWeek, maxHoursPerWeek, weightBusyIntervals, day);
        }
    }
}
