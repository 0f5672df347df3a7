package wfm.forecasting.series;

import java.time.LocalDate;

/**
 * Which intervals of the week the hotline is open, by day of week and slot of day. Inferred from history:
 * an interval of the week that never appears in the history is closed (night hours of a centre that closes,
 * weekends of a weekday-only centre); one that appears on some days only is open with missing data elsewhere.
 */
public final class OpeningHours {
    private final int slotsPerDay;
    private final boolean[] open;

    /** @param open {@code 7 * slotsPerDay} flags, Monday first */
    public OpeningHours(int slotsPerDay, boolean[] open) {
        if (open.length != 7 * slotsPerDay) {
            throw new IllegalArgumentException("open has " + open.length + " flags, expected 7 x " + slotsPerDay);
        }
        this.slotsPerDay = slotsPerDay;
        this.open = open.clone();
    }

    public static OpeningHours always(int slotsPerDay) {
        boolean[] all = new boolean[7 * slotsPerDay];
        java.util.Arrays.fill(all, true);
        return new OpeningHours(slotsPerDay, all);
    }

    public int slotsPerDay() {
        return slotsPerDay;
    }

    public boolean isOpen(int dayOfWeek0, int slotOfDay) {
        return open[dayOfWeek0 * slotsPerDay + slotOfDay];
    }

    public boolean isOpen(LocalDate date, int slotOfDay) {
        return isOpen(date.getDayOfWeek().getValue() - 1, slotOfDay);
    }

    public boolean isOpen(TimeGrid grid, int index) {
        return isOpen(grid.date(index), grid.slotOfDay(index));
    }

    /** True when any interval of that day of week is open. */
    public boolean isOpenDay(LocalDate date) {
        int d = date.getDayOfWeek().getValue() - 1;
        for (int s = 0; s < slotsPerDay; s++) {
            if (open[d * slotsPerDay + s]) {
                return true;
            }
        }
        return false;
    }

    public int openSlotsPerWeek() {
        int n = 0;
        for (boolean b : open) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
