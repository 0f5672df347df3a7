package wfm.forecasting.series;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A regular grid of intervals that starts at midnight of {@code firstDay}: index 0 is {@code firstDay 00:00},
 * index {@code i} starts {@code i * intervalMinutes} minutes later. Every day holds the same number of slots.
 */
public record TimeGrid(LocalDate firstDay, int intervalMinutes) {
    public TimeGrid {
        if (firstDay == null) {
            throw new IllegalArgumentException("firstDay must be given");
        }
        if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
            throw new IllegalArgumentException("intervalMinutes (" + intervalMinutes + ") must divide a day (1440 minutes)");
        }
    }

    public int slotsPerDay() {
        return 1440 / intervalMinutes;
    }

    public int slotsPerWeek() {
        return 7 * slotsPerDay();
    }

    public LocalDateTime start(int index) {
        return firstDay.atStartOfDay().plusMinutes((long) index * intervalMinutes);
    }

    public LocalDate date(int index) {
        return firstDay.plusDays(Math.floorDiv(index, slotsPerDay()));
    }

    public int slotOfDay(int index) {
        return Math.floorMod(index, slotsPerDay());
    }

    /** The index of the interval starting at {@code time}, or -1 when the time is not on the grid. */
    public int index(LocalDateTime time) {
        long minutes = Duration.between(firstDay.atStartOfDay(), time).toMinutes();
        if (minutes % intervalMinutes != 0 || time.getSecond() != 0 || time.getNano() != 0) {
            return -1;
        }
        return Math.toIntExact(minutes / intervalMinutes);
    }

    /** The index of the first interval of {@code day}. */
    public int index(LocalDate day) {
        return Math.toIntExact((day.toEpochDay() - firstDay.toEpochDay()) * slotsPerDay());
    }
}
