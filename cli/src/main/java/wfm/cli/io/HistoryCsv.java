package wfm.cli.io;

import java.nio.file.Path;
import java.util.List;

import wfm.cli.BadInputException;
import wfm.forecasting.series.HistoryBuilder;
import wfm.forecasting.series.IntervalSeries;

/**
 * {@code history.csv} as the contract defines it: {@code interval_start, offered} required, {@code queue} (default
 * {@code default}), {@code handled}, {@code abandoned}, {@code aht_seconds} optional. The interval length is
 * inferred; rows may come in any order.
 */
public final class HistoryCsv {
    public static final List<String> COLUMNS = List.of("interval_start", "queue", "offered", "handled", "abandoned",
            "aht_seconds");

    private HistoryCsv() {
    }

    /**
     * Reads every queue's series.
     *
     * @param intervalMinutes aggregate to this interval (0: keep the file's own)
     */
    public static List<IntervalSeries> read(Path file, int intervalMinutes) {
        HistoryBuilder builder = new HistoryBuilder();
        CsvReader.forEach(file, List.of("interval_start", "offered"), row -> {
            String queue = row.text("queue", "default");
            long offered = row.integer("offered");
            if (offered < 0) {
                throw row.error("offered", "'" + offered + "' must not be negative");
            }
            double handled = row.has("handled") ? row.integer("handled") : Double.NaN;
            if (handled < 0) {
                throw row.error("handled", "'" + row.text("handled") + "' must not be negative");
            }
            if (row.has("abandoned") && row.integer("abandoned") < 0) {
                throw row.error("abandoned", "'" + row.text("abandoned") + "' must not be negative");
            }
            double aht = row.has("aht_seconds") ? row.nonNegative("aht_seconds") : Double.NaN;
            var start = row.dateTime("interval_start");
            if (!builder.add(queue, start, offered, handled, aht)) {
                throw row.error("interval_start", "queue '" + queue + "' already has a row for " + start);
            }
        });
        try {
            builder.inferredIntervalMinutes();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": the history has no data rows");
        }
        try {
            return builder.build(intervalMinutes);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--interval: " + e.getMessage());
        }
    }
}
