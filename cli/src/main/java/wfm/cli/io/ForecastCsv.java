package wfm.cli.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code forecast.csv} as the contract defines it: {@code interval_start, queue, calls, aht_seconds, calls_lo80,
 * calls_hi80, calls_lo95, calls_hi95}, one row per open interval of the horizon.
 */
public final class ForecastCsv {
    public static final List<String> COLUMNS = List.of("interval_start", "queue", "calls", "aht_seconds",
            "calls_lo80", "calls_hi80", "calls_lo95", "calls_hi95");

    /** One queue's forecast for one interval; the bounds are NaN when the file has no interval columns. */
    public record Row(LocalDateTime intervalStart, String queue, double calls, double ahtSeconds,
                      double callsLo80, double callsHi80, double callsLo95, double callsHi95) {
    }

    private ForecastCsv() {
    }

    /** Reads a forecast; {@code interval_start}, {@code calls} and {@code aht_seconds} are required. */
    public static List<Row> read(Path file) {
        List<Row> rows = new ArrayList<>();
        CsvReader.forEach(file, List.of("interval_start", "calls", "aht_seconds"), row -> {
            double aht = row.nonNegative("aht_seconds");
            if (aht <= 0 && row.nonNegative("calls") > 0) {
                throw row.error("aht_seconds", "must be positive where calls are expected");
            }
            rows.add(new Row(row.dateTime("interval_start"), row.text("queue", "default"), row.nonNegative("calls"),
                    aht, bound(row, "calls_lo80"), bound(row, "calls_hi80"), bound(row, "calls_lo95"),
                    bound(row, "calls_hi95")));
        });
        return rows;
    }

    private static double bound(CsvRow row, String column) {
        return row.has(column) ? row.nonNegative(column) : Double.NaN;
    }

    /** Writes a forecast atomically. */
    public static void write(Path file, List<Row> rows) {
        AtomicFiles.writeText(file, out -> {
            CsvWriter csv = new CsvWriter(out).row(COLUMNS);
            for (Row r : rows) {
                csv.row(r.intervalStart(), r.queue(), Numbers.format(r.calls()), Numbers.format(r.ahtSeconds()),
                        Numbers.format(r.callsLo80()), Numbers.format(r.callsHi80()),
                        Numbers.format(r.callsLo95()), Numbers.format(r.callsHi95()));
            }
        });
    }
}
