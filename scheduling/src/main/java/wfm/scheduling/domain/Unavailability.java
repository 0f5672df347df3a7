package wfm.scheduling.domain;

import java.time.LocalDateTime;

/** A time an agent cannot work (leave, training, a request off), in minutes from the horizon start. */
public record Unavailability(Agent agent, int startMinute, int endMinute, LocalDateTime from, LocalDateTime to) {
    public Unavailability {
        if (endMinute <= startMinute) {
            throw new IllegalArgumentException("unavailability of " + agent + ": end (" + endMinute
                    + ") must be after start (" + startMinute + ")");
        }
    }

    public Unavailability(Agent agent, int startMinute, int endMinute) {
        this(agent, startMinute, endMinute, null, null);
    }

    @Override
    public String toString() {
        return agent + " unavailable " + (from == null ? "minute " + startMinute + "-" + endMinute : from + " to " + to);
    }

    /** Minutes of this unavailability that a shift from {@code from} to {@code to} overlaps. */
    public int overlapMinutes(int from, int to) {
        return Math.max(0, Math.min(to, endMinute) - Math.max(from, startMinute));
    }
}
