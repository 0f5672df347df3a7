package wfm.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A shift a planner offers: it starts at {@code start} on one of {@code days} and lasts {@code durationMinutes}
 * (possibly past midnight), of which {@code breakMinutes} are an unpaid break the scheduler places.
 */
public record ShiftTemplate(String id, LocalTime start, int durationMinutes, int breakMinutes, Set<DayOfWeek> days) {
    public ShiftTemplate {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("shift id must not be blank");
        }
        if (durationMinutes <= 0 || durationMinutes > 16 * 60) {
            throw new IllegalArgumentException("shift " + id + ": duration (" + durationMinutes
                    + " minutes) must be between 1 minute and 16 hours");
        }
        if (breakMinutes < 0 || breakMinutes >= durationMinutes) {
            throw new IllegalArgumentException("shift " + id + ": break (" + breakMinutes
                    + " minutes) must be at least 0 and shorter than the shift (" + durationMinutes + " minutes)");
        }
        days = days == null || days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public ShiftTemplate(String id, LocalTime start, int durationMinutes, int breakMinutes) {
        this(id, start, durationMinutes, breakMinutes, null);
    }

    public int paidMinutes() {
        return durationMinutes - breakMinutes;
    }

    /** True when the shift ends after the midnight following its start (a night shift into the next day). */
    public boolean crossesMidnight() {
        return start.toSecondOfDay() / 60 + durationMinutes > 1440;
    }

    /**
     * Where the unpaid break may start, in minutes after the shift start: from 3 hours (or a third of the
     * shift) to 5 hours (or the latest start that still leaves an hour of work after the break).
     */
    public int breakEarliestOffsetMinutes() {
        return Math.min(180, durationMinutes / 3);
    }

    public int breakLatestOffsetMinutes() {
        int latest = Math.min(300, durationMinutes - breakMinutes - Math.min(60, durationMinutes / 4));
        return Math.max(breakEarliestOffsetMinutes(), latest);
    }
}
