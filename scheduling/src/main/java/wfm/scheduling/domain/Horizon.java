package wfm.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The planning horizon: {@code days} whole days from {@code firstDay} 00:00, cut into intervals of
 * {@code slotMinutes}. Times inside the solver are minutes from the horizon start.
 */
public record Horizon(LocalDate firstDay, int days, int slotMinutes) {
    public Horizon {
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
     * ISO week (Monday first) of a day, counted from the week holding the first day; the day before a horizon that
     * starts on a Monday (day -1) is in week -1.
     */
    public int weekIndex(int dayIndex) {
        int mondayOffset = firstDay.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        return Math.floorDiv(dayIndex + mondayOffset, 7);
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
