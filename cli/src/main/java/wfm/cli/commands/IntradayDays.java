package wfm.cli.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import wfm.cli.BadInputException;
import wfm.cli.io.ForecastCsv;
import wfm.forecasting.intraday.DayCounts;
import wfm.forecasting.series.IntervalSeries;

/** Lines a forecast's intervals of one day up with the history: the arrays the intraday library works on. */
final class IntradayDays {
    /** One queue's day: its forecast intervals in order, with the calls observed where the history has them. */
    record QueueDay(String queue, List<LocalDateTime> starts, int intervalMinutes, DayCounts counts,
                    double[] ahtSeconds) {
        /** How many intervals have ended by {@code now} (the observed ones). */
        int endedBy(LocalDateTime now) {
            int n = 0;
            while (n < starts.size() && !starts.get(n).plusMinutes(intervalMinutes).isAfter(now)) {
                n++;
            }
            return n;
        }
    }

    private final Map<String, List<ForecastCsv.Row>> byQueue = new LinkedHashMap<>();
    private final int intervalMinutes;

    IntradayDays(Path file, List<ForecastCsv.Row> rows) {
        Set<String> seen = new HashSet<>();
        for (ForecastCsv.Row r : rows) {
            if (!seen.add(r.queue() + "\u0000" + r.intervalStart())) {
                throw new BadInputException(file + ": queue '" + r.queue() + "' has two rows for " + r.intervalStart());
            }
            byQueue.computeIfAbsent(r.queue(), q -> new ArrayList<>()).add(r);
        }
        long smallest = Long.MAX_VALUE;
        for (List<ForecastCsv.Row> list : byQueue.values()) {
            list.sort(Comparator.comparing(ForecastCsv.Row::intervalStart));
            for (int i = 1; i < list.size(); i++) {
                smallest = Math.min(smallest, Duration.between(list.get(i - 1).intervalStart(),
                        list.get(i).intervalStart()).toMinutes());
            }
        }
        if (smallest == Long.MAX_VALUE || smallest <= 0 || 1440 % smallest != 0) {
            throw new BadInputException(file + ": cannot tell the interval length (need two intervals of a queue "
                    + "whose distance divides a day, e.g. 30 minutes)");
        }
        intervalMinutes = (int) smallest;
    }

    int intervalMinutes() {
        return intervalMinutes;
    }

    List<String> queues() {
        return List.copyOf(byQueue.keySet());
    }

    /** The queue's forecast intervals on {@code date} with the history's counts (NaN where it has none). */
    QueueDay day(String queue, LocalDate date, IntervalSeries history) {
        List<LocalDateTime> starts = new ArrayList<>();
        List<Double> calls = new ArrayList<>();
        List<Double> aht = new ArrayList<>();
        for (ForecastCsv.Row r : byQueue.getOrDefault(queue, List.of())) {
            if (r.intervalStart().toLocalDate().equals(date)) {
                starts.add(r.intervalStart());
                calls.add(r.calls());
                aht.add(r.ahtSeconds());
            }
        }
        double[] actual = new double[starts.size()];
        for (int k = 0; k < actual.length; k++) {
            int i = history == null ? -1 : history.grid().index(starts.get(k));
            actual[k] = i >= 0 && i < history.length() ? history.offered(i) : Double.NaN;
        }
        return new QueueDay(queue, starts, intervalMinutes,
                new DayCounts(date, calls.stream().mapToDouble(Double::doubleValue).toArray(), actual),
                aht.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The day with only the intervals ended by {@code now} observed. */
    static DayCounts soFar(QueueDay day, int observed) {
        double[] actual = day.counts().actual();
        for (int k = observed; k < actual.length; k++) {
            actual[k] = Double.NaN;
        }
        return new DayCounts(day.counts().date(), day.counts().expected(), actual);
    }
}
