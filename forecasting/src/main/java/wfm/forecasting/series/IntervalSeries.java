package wfm.forecasting.series;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One queue's interval history on a regular {@link TimeGrid} of whole days. {@code offered[i]} is NaN where the
 * history has no row (closed or missing); {@code ahtSeconds[i]} is NaN where unknown; {@code handled[i]} is NaN
 * where unknown. Arrays are copied in and out, so a series never changes.
 */
public final class IntervalSeries {
    private final String queue;
    private final TimeGrid grid;
    private final double[] offered;
    private final double[] handled;
    private final double[] ahtSeconds;
    private final OpeningHours hours;
    private final double[] filled;

    public IntervalSeries(String queue, TimeGrid grid, double[] offered, double[] handled, double[] ahtSeconds,
                          OpeningHours hours) {
        if (offered.length % grid.slotsPerDay() != 0) {
            throw new IllegalArgumentException("offered has " + offered.length + " intervals, not whole days of "
                    + grid.slotsPerDay());
        }
        if (handled.length != offered.length || ahtSeconds.length != offered.length) {
            throw new IllegalArgumentException("handled and ahtSeconds must be as long as offered (" + offered.length + ")");
        }
        this.queue = queue;
        this.grid = grid;
        this.offered = offered.clone();
        this.handled = handled.clone();
        this.ahtSeconds = ahtSeconds.clone();
        this.hours = hours;
        this.filled = fill();
    }

    public String queue() {
        return queue;
    }

    public TimeGrid grid() {
        return grid;
    }

    public OpeningHours hours() {
        return hours;
    }

    public int length() {
        return offered.length;
    }

    public int days() {
        return offered.length / grid.slotsPerDay();
    }

    public LocalDate lastDay() {
        return grid.firstDay().plusDays(days() - 1L);
    }

    public double offered(int i) {
        return offered[i];
    }

    public double ahtSeconds(int i) {
        return ahtSeconds[i];
    }

    public double handled(int i) {
        return handled[i];
    }

    public boolean isOpen(int i) {
        return hours.isOpen(grid, i);
    }

    /** Open but without a row in the history. */
    public boolean isMissing(int i) {
        return Double.isNaN(offered[i]) && isOpen(i);
    }

    public boolean hasAht() {
        for (double a : ahtSeconds) {
            if (!Double.isNaN(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Offered calls with closed intervals set to 0 and missing ones imputed from the past only (the same
     * interval one week earlier; in the first week, the mean of that interval-of-week over the series), so a
     * backtest never sees the future through imputation.
     */
    public double[] filledOffered() {
        return filled.clone();
    }

    private double[] fill() {
        int n = offered.length;
        int week = grid.slotsPerWeek();
        double[] out = new double[n];
        double[] sum = null;
        int[] count = null;
        for (int i = 0; i < n; i++) {
            if (!isOpen(i)) {
                out[i] = 0;
            } else if (!Double.isNaN(offered[i])) {
                out[i] = offered[i];
            } else if (i >= week) {
                out[i] = out[i - week];
            } else {
                if (sum == null) {
                    sum = new double[week];
                    count = new int[week];
                    for (int j = 0; j < n; j++) {
                        if (!Double.isNaN(offered[j])) {
                            sum[j % week] += offered[j];
                            count[j % week]++;
                        }
                    }
                }
                out[i] = count[i % week] > 0 ? sum[i % week] / count[i % week] : 0;
            }
        }
        return out;
    }

    /** The first {@code days} days only (for backtests and tests). */
    public IntervalSeries head(int days) {
        int n = days * grid.slotsPerDay();
        return new IntervalSeries(queue, grid, Arrays.copyOf(offered, n), Arrays.copyOf(handled, n),
                Arrays.copyOf(ahtSeconds, n), hours);
    }
}
