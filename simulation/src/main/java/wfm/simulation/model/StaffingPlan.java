package wfm.simulation.model;

import java.util.List;

/**
 * Who is on duty when: the plain staffing plan the simulator replays, whatever made it. Times are seconds from
 * the start of the {@link ArrivalProfile}'s grid.
 */
public record StaffingPlan(List<Agent> agents) {
    public StaffingPlan {
        agents = List.copyOf(agents);
    }

    /**
     * One agent.
     *
     * @param agentId id for reports
     * @param skills  queue numbers the agent answers (not empty)
     * @param shifts  the agent's working days, in any order, not overlapping
     */
    public record Agent(String agentId, int[] skills, List<Shift> shifts) {
        public Agent {
            shifts = List.copyOf(shifts);
            if (skills.length == 0) {
                throw new IllegalArgumentException("agent " + agentId + " has no skills");
            }
            skills = skills.clone();
        }
    }

    /**
     * On duty from {@code startSeconds} to {@code endSeconds}, off during the breaks (inside the shift).
     * {@code queues}, when not null, are the queues the agent answers on this shift (the roster's assignment of
     * the day), instead of all of the agent's skills.
     */
    public record Shift(double startSeconds, double endSeconds, List<Break> breaks, int[] queues) {
        /** A shift on which the agent answers all of its skills. */
        public Shift(double startSeconds, double endSeconds, List<Break> breaks) {
            this(startSeconds, endSeconds, breaks, null);
        }

        public Shift {
            breaks = List.copyOf(breaks);
            if (queues != null) {
                if (queues.length == 0) {
                    throw new IllegalArgumentException("a shift's queues, when given, must not be empty");
                }
                queues = queues.clone();
            }
            if (!(endSeconds > startSeconds)) {
                throw new IllegalArgumentException("shift end (" + endSeconds + " s) must be after its start ("
                        + startSeconds + " s)");
            }
            for (Break b : breaks) {
                if (b.startSeconds() < startSeconds || b.endSeconds() > endSeconds) {
                    throw new IllegalArgumentException("break " + b + " must lie inside the shift " + startSeconds
                            + ".." + endSeconds + " s");
                }
            }
        }

        /** The day (from 0) the shift starts on. */
        public int day() {
            return (int) Math.floor(startSeconds / 86400);
        }
    }

    /** An unpaid break; a call in progress when it starts is finished first. */
    public record Break(double startSeconds, double endSeconds) {
        public Break {
            if (!(endSeconds > startSeconds)) {
                throw new IllegalArgumentException("break end (" + endSeconds + " s) must be after its start ("
                        + startSeconds + " s)");
            }
        }
    }
}
