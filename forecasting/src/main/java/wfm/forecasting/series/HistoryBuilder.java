package wfm.forecasting.series;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects interval rows of any number of queues and turns them into {@link IntervalSeries}: infers the interval
 * length (the greatest common divisor of the start minutes within the day, so 5, 6, 15, 30 and 60 minutes are all
 * recognised), infers the opening hours, and optionally aggregates to a coarser interval.
 */
public final class HistoryBuilder {
    private record Row(LocalDateTime start, double offered, double handled, double ahtSeconds) {
    }

    private final Map<String, List<Row>> rows = new LinkedHashMap<>();
    private final Map<String, java.util.Set<LocalDateTime>> seen = new HashMap<>();
    private int gcdMinutes = 1440;

    /**
     * Adds one row; returns false (and adds nothing) when the queue already has a row for that start.
     *
     * @param handled    calls answered, NaN when unknown
     * @param ahtSeconds average handle time of the handled calls, NaN when unknown
     */
    public boolean add(String queue, LocalDateTime start, double offered, double handled, double ahtSeconds) {
        if (!(offered >= 0)) {
            throw new IllegalArgumentException("offered (" + offered + ") must be >= 0");
        }
        if (!seen.computeIfAbsent(queue, q -> new java.util.HashSet<>()).add(start)) {
            return false;
        }
        rows.computeIfAbsent(queue, q -> new ArrayList<>()).add(new Row(start, offered, handled, ahtSeconds));
        int minuteOfDay = start.getHour() * 60 + start.getMinute();
        gcdMinutes = gcd(gcdMinutes, minuteOfDay);
        return true;
    }

    /** The interval length the rows show, in minutes. */
    public int inferredIntervalMinutes() {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the history has no rows");
        }
        return gcdMinutes;
    }

    /**
     * One series per queue on a common grid from the first to the last day of the history.
     *
     * @param intervalMinutes the wanted interval, 0 for the inferred one; must be a multiple of the inferred one
     */
    public List<IntervalSeries> build(int intervalMinutes) {
        int base = inferredIntervalMinutes();
        int step = intervalMinutes == 0 ? base : intervalMinutes;
        if (step % base != 0 || 1440 % step != 0) {
            throw new IllegalArgumentException("interval " + step + " minutes: must be a multiple of the history's "
                    + base + "-minute intervals and divide a day");
        }
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (List<Row> list : rows.values()) {
            for (Row r : list) {
                LocalDate d = r.start().toLocalDate();
                first = d.isBefore(first) ? d : first;
                last = d.isAfter(last) ? d : last;
            }
        }
        TimeGrid grid = new TimeGrid(first, step);
        int n = (int) (last.toEpochDay() - first.toEpochDay() + 1) * grid.slotsPerDay();
        List<IntervalSeries> out = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
            double[] offered = nanArray(n);
            double[] handled = nanArray(n);
            double[] ahtWeighted = new double[n];
            double[] ahtWeight = new double[n];
            boolean[] open = new boolean[7 * grid.slotsPerDay()];
            for (Row r : e.getValue()) {
                int minuteOfDay = r.start().getHour() * 60 + r.start().getMinute();
                int i = grid.index(r.start().toLocalDate().atStartOfDay().plusMinutes(minuteOfDay / step * step));
                offered[i] = (Double.isNaN(offered[i]) ? 0 : offered[i]) + r.offered();
                if (!Double.isNaN(r.handled())) {
                    handled[i] = (Double.isNaN(handled[i]) ? 0 : handled[i]) + r.handled();
                }
                if (!Double.isNaN(r.ahtSeconds())) {
                    double w = !Double.isNaN(r.handled()) ? r.handled() : r.offered();
                    ahtWeighted[i] += r.ahtSeconds() * Math.max(w, 1e-9);
                    ahtWeight[i] += Math.max(w, 1e-9);
                }
                open[(grid.date(i).getDayOfWeek().getValue() - 1) * grid.slotsPerDay() + grid.slotOfDay(i)] = true;
            }
            double[] aht = nanArray(n);
            for (int i = 0; i < n; i++) {
                if (ahtWeight[i] > 0) {
                    aht[i] = ahtWeighted[i] / ahtWeight[i];
                }
            }
            out.add(new IntervalSeries(e.getKey(), grid, offered, handled, aht,
                    new OpeningHours(grid.slotsPerDay(), open)));
        }
        return out;
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
