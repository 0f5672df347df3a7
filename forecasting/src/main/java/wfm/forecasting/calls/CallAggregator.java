package wfm.forecasting.calls;

import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Call-by-call records to interval history: per queue and interval (by arrival time) the calls offered, handled
 * and abandoned and the mean handle time of the handled calls; and each queue's patience (Kaplan-Meier).
 * Intervals without calls are filled with zeros within the queue's opening hours, inferred as the times of day
 * at which any call ever arrived, from the first to the last day.
 */
public final class CallAggregator {
    /** One interval of one queue. */
    public record IntervalRow(LocalDateTime intervalStart, String queue, long offered, long handled, long abandoned,
                              double ahtSeconds) {
    }

    private CallAggregator() {
    }

    public static List<IntervalRow> aggregate(List<CallRecord> calls, int intervalMinutes) {
        if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
            throw new IllegalArgumentException("interval (" + intervalMinutes + " minutes) must divide a day");
        }
        StringColumn queue = StringColumn.create("queue");
        DateTimeColumn start = DateTimeColumn.create("interval_start");
        DoubleColumn offered = DoubleColumn.create("offered");
        DoubleColumn handled = DoubleColumn.create("handled");
        DoubleColumn handleSeconds = DoubleColumn.create("handle_seconds");
        for (CallRecord c : calls) {
            queue.append(c.queue());
            start.append(floor(c.arrivalTime(), intervalMinutes));
            offered.append(1);
            handled.append(c.answered() ? 1 : 0);
            handleSeconds.append(c.answered() ? c.handleSeconds() : 0);
        }
        Table table = Table.create("calls", queue, start, offered, handled, handleSeconds);
        Table byInterval = table.summarize("offered", "handled", "handle_seconds", sum).by("queue", "interval_start");

        Map<String, Map<LocalDateTime, double[]>> cells = new LinkedHashMap<>();
        Map<String, Set<Integer>> openSlots = new HashMap<>();
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (Row r : byInterval) {
            String q = r.getString("queue");
            LocalDateTime t = r.getDateTime("interval_start");
            cells.computeIfAbsent(q, k -> new HashMap<>()).put(t, new double[] {r.getDouble("Sum [offered]"),
                    r.getDouble("Sum [handled]"), r.getDouble("Sum [handle_seconds]")});
            openSlots.computeIfAbsent(q, k -> new HashSet<>()).add((t.getHour() * 60 + t.getMinute()) / intervalMinutes);
            first = t.toLocalDate().isBefore(first) ? t.toLocalDate() : first;
            last = t.toLocalDate().isAfter(last) ? t.toLocalDate() : last;
        }
        List<IntervalRow> out = new ArrayList<>();
        List<String> queues = new ArrayList<>(cells.keySet());
        java.util.Collections.sort(queues);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            for (int s = 0; s < 1440 / intervalMinutes; s++) {
                LocalDateTime t = d.atStartOfDay().plusMinutes((long) s * intervalMinutes);
                for (String q : queues) {
                    if (!openSlots.get(q).contains(s)) {
                        continue;
                    }
                    double[] c = cells.get(q).getOrDefault(t, new double[3]);
                    long off = Math.round(c[0]);
                    long hand = Math.round(c[1]);
                    out.add(new IntervalRow(t, q, off, hand, off - hand, hand > 0 ? c[2] / hand : Double.NaN));
                }
            }
        }
        return out;
    }

    /** Each queue's patience, queues in name order. */
    public static List<PatienceEstimate> patience(List<CallRecord> calls) {
        Map<String, List<CallRecord>> byQueue = new java.util.TreeMap<>();
        for (CallRecord c : calls) {
            byQueue.computeIfAbsent(c.queue(), k -> new ArrayList<>()).add(c);
        }
        List<PatienceEstimate> out = new ArrayList<>();
        byQueue.forEach((q, list) -> {
            double[] waits = new double[list.size()];
            boolean[] abandoned = new boolean[list.size()];
            for (int i = 0; i < waits.length; i++) {
                waits[i] = list.get(i).waitSeconds();
                abandoned[i] = !list.get(i).answered();
            }
            out.add(KaplanMeier.estimate(q, waits, abandoned));
        });
        return out;
    }

    private static LocalDateTime floor(LocalDateTime t, int minutes) {
        int m = (t.getHour() * 60 + t.getMinute()) / minutes * minutes;
        return t.toLocalDate().atStartOfDay().plusMinutes(m);
    }
}
