package wfm.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The planning horizon: {@code days} whole days from {@code firstDay} 00:00, cut into intervals of
 * {@code slotMinutes}. Times inside the solver are minutes from the horizon start. Weekly contract hours count per
 * schedule week, seven days from {@code weekStart} (Monday, as ISO, unless the centre's week starts otherwise).
 */
public record Horizon(LocalDate firstDay, int days, int slotMinutes, DayOfWeek weekStart) {
    public Horizon(LocalDate firstDay, int days, int slotMinutes) {
        this(firstDay, days, slotMinutes, DayOfWeek.MONDAY);
    }

    public Horizon {
        if (weekStart == null) {
            throw new IllegalArgumentException("week start must be a day of the week");
        }
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("horizon days (" + days + ") must be 1..366");
        }
        if (slotMinutes < 1 || 1440 % slotMinutes != 0) {
            throw new IllegalArgumentException("interval minutes (" + slotMinutes + ") must divide a day");
        }
    }

    public int slots() {
        return days * 1440 / slotMinutes;
    }

    public int endMinute() {
        return days * 1440;
    }

    public LocalDate date(int dayIndex) {
        return firstDay.plusDays(dayIndex);
    }

    public LocalDateTime time(int minute) {
        return firstDay.atStartOfDay().plusMinutes(minute);
    }

    /** Minutes from the horizon start; may be negative or past the end. */
    public long minuteOf(LocalDateTime time) {
        return ChronoUnit.MINUTES.between(firstDay.atStartOfDay(), time);
    }

    public int dayIndex(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(firstDay, date);
    }

    /**
     * Schedule week of a day (seven days from {@link #weekStart}), counted from the week holding the first day; the
     * day before a horizon that starts on the week's first day (day -1) is in week -1.
     */
    public int weekIndex(int dayIndex) {
        return Math.floorDiv(dayIndex + daysIntoFirstWeek(), 7);
    }

    /** The first date of a schedule week. */
    public LocalDate weekStartDate(int weekIndex) {
        return firstDay.plusDays(7L * weekIndex - daysIntoFirstWeek());
    }

    /** Days of the first schedule week before the first day (0 when the horizon starts a week). */
    public int daysIntoFirstWeek() {
        return Math.floorMod(firstDay.getDayOfWeek().getValue() - weekStart.getValue(), 7);
    }

    /** How many days of the horizon fall in the given week (7 except at the edges). */
    public int daysInWeek(int weekIndex) {
        int count = 0;
        for (int d = 0; d < days; d++) {
            if (weekIndex(d) == weekIndex) {
                count++;
            }
        }
        return count;
    }
}
