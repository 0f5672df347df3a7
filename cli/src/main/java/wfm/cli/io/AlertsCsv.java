package wfm.cli.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code alerts.csv}, written by {@code wfm intraday --replay}: one row per surge alert, {@code queue, date,
 * detected_at, level_ratio, estimated_start}. {@code detected_at} is the end of the interval whose count fired the
 * test (when the alert is known), {@code estimated_start} the start of the interval the test dates the surge from.
 */
public final class AlertsCsv {
    public static final List<String> COLUMNS = List.of("queue", "date", "detected_at", "level_ratio",
            "estimated_start");

    /** One alert. */
    public record Row(String queue, LocalDate date, LocalDateTime detectedAt, double levelRatio,
                      LocalDateTime estimatedStart) {
    }

    private AlertsCsv() {
    }

    public static void write(Path file, List<Row> rows) {
        AtomicFiles.writeText(file, out -> {
            CsvWriter csv = new CsvWriter(out).row(COLUMNS);
            for (Row r : rows) {
                csv.row(r.queue(), r.date(), r.detectedAt(), Numbers.format(Math.round(r.levelRatio() * 1000) / 1000.0),
                        r.estimatedStart());
            }
        });
    }
}
