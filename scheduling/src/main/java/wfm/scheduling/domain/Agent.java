package wfm.scheduling.domain;

import java.util.List;

/**
 * A named agent with a contract. Equality is identity: agents are joined on in every score calculation and
 * must hash cheaply. Hours are paid minutes per schedule week (breaks excluded); where the horizon cuts a week,
 * {@link ContractWeek} says what its planned days may and must hold.
 */
public final class Agent {
    private final String id;
    private final String name;
    private final List<Queue> skills;
    private final int minMinutesPerWeek;
    private final int maxMinutesPerWeek;
    private final int maxConsecutiveDays;
    private final int minRestMinutes;

    public Agent(String id, String name, List<Queue> skills, int minMinutesPerWeek, int maxMinutesPerWeek,
                 int maxConsecutiveDays, int minRestMinutes) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("agent id must not be blank");
        }
        if (skills == null || skills.isEmpty()) {
            throw new IllegalArgumentException("agent " + id + " has no skills");
        }
        if (minMinutesPerWeek < 0 || maxMinutesPerWeek < minMinutesPerWeek) {
            throw new IllegalArgumentException("agent " + id + ": weekly minutes " + minMinutesPerWeek + ".."
                    + maxMinutesPerWeek + " must satisfy 0 <= min <= max");
        }
        if (maxConsecutiveDays < 1) {
            throw new IllegalArgumentException("agent " + id + ": max consecutive days (" + maxConsecutiveDays
                    + ") must be at least 1");
        }
        if (minRestMinutes < 0) {
            throw new IllegalArgumentException("agent " + id + ": min rest (" + minRestMinutes
                    + " minutes) must not be negative");
        }
        this.id = id;
        this.name = name == null ? id : name;
        this.skills = List.copyOf(skills);
        this.minMinutesPerWeek = minMinutesPerWeek;
        this.maxMinutesPerWeek = maxMinutesPerWeek;
        this.maxConsecutiveDays = maxConsecutiveDays;
        this.minRestMinutes = minRestMinutes;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Queue> skills() {
        return skills;
    }

    public boolean hasSkill(Queue queue) {
        return skills.contains(queue);
    }

    public int minMinutesPerWeek() {
        return minMinutesPerWeek;
    }

    public int maxMinutesPerWeek() {
        return maxMinutesPerWeek;
    }

    public int maxConsecutiveDays() {
        return maxConsecutiveDays;
    }

    public int minRestMinutes() {
        return minRestMinutes;
    }

    @Override
    public String toString() {
        return id;
    }
}
