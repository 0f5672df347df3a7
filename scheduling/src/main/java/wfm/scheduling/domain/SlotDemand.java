package wfm.scheduling.domain;

import java.time.LocalDateTime;

/**
 * What one queue needs in one interval of the horizon: {@code requiredAgents} on the phones (may be
 * fractional). {@code weight} (1 to 2) makes a short agent-minute cost more in busy intervals: 1 + required /
 * peak required of the horizon, or 1 everywhere for a flat objective. Identity equality: a group-by key.
 */
public final class SlotDemand {
    private final Queue queue;
    private final int slot;
    private final LocalDateTime start;
    private final int minutes;
    private final double requiredAgents;
    private final int requiredCentiAgents;
    private final double weight;

    public SlotDemand(Queue queue, int slot, LocalDateTime start, int minutes, double requiredAgents, double weight) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("interval minutes (" + minutes + ") must be positive");
        }
        if (!(requiredAgents >= 0)) {
            throw new IllegalArgumentException("required agents (" + requiredAgents + ") must be at least 0");
        }
        if (!(weight >= 1)) {
            throw new IllegalArgumentException("weight (" + weight + ") must be at least 1");
        }
        this.queue = queue;
        this.slot = slot;
        this.start = start;
        this.minutes = minutes;
        this.requiredAgents = requiredAgents;
        this.requiredCentiAgents = (int) Math.round(requiredAgents * 100);
        this.weight = weight;
    }

    public Queue queue() {
        return queue;
    }

    public int slot() {
        return slot;
    }

    public LocalDateTime start() {
        return start;
    }

    public LocalDateTime end() {
        return start.plusMinutes(minutes);
    }

    public int minutes() {
        return minutes;
    }

    public double requiredAgents() {
        return requiredAgents;
    }

    public int requiredCentiAgents() {
        return requiredCentiAgents;
    }

    public double weight() {
        return weight;
    }

    /** Weighted agent-minutes of the requirement: what this interval costs when nobody covers it. */
    public long requiredWeightedMinutes() {
        return weightedMinutes(requiredCentiAgents);
    }

    /** Weighted agent-minutes that {@code centiAgents} (hundredths of an agent) cover, up to the requirement. */
    public long coveredWeightedMinutes(int centiAgents) {
        return weightedMinutes(Math.min(requiredCentiAgents, centiAgents));
    }

    /** Agent-minutes on duty beyond the requirement (not weighted). */
    public long overMinutes(int centiAgents) {
        return Math.round(Math.max(0, centiAgents - requiredCentiAgents) * (double) minutes / 100);
    }

    private long weightedMinutes(int centiAgents) {
        return Math.round(centiAgents * minutes * weight / 100);
    }

    @Override
    public String toString() {
        return start + " " + queue.name() + " needs " + requiredAgents;
    }
}
