package wfm.cli.io;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code requirements.csv}: {@code interval_start, queue, required_agents} (may be fractional), optionally
 * {@code interval_end}, {@code calls}, {@code aht_seconds}. Written by {@code wfm staff}, read by {@code wfm schedule}.
 */
public final class RequirementsCsv {
    public static final List<String> COLUMNS =
            List.of("interval_start", "interval_end", "queue", "required_agents", "calls", "aht_seconds");

    /** The agents one queue needs on the phones in one interval; {@code intervalEnd} is null when not given. */
    public record Row(LocalDateTime intervalStart, LocalDateTime intervalEnd, String queue, double requiredAgents,
                      double calls, double ahtSeconds) {
    }

    private RequirementsCsv() {
    }

    public static List<Row> read(Path file) {
        List<Row> rows = new ArrayList<>();
        CsvReader.forEach(file, List.of("interval_start", "required_agents"), row -> {
            LocalDateTime start = row.dateTime("interval_start");
            LocalDateTime end = row.has("interval_end") ? row.dateTime("interval_end") : null;
            if (end != null && !end.isAfter(start)) {
                throw row.error("interval_end", "must be after interval_start (" + start + ")");
            }
            rows.add(new Row(start, end, row.text("queue", "default"), row.nonNegative("required_agents"),
                    row.has("calls") ? row.nonNegative("calls") : Double.NaN,
                    row.has("aht_seconds") ? row.nonNegative("aht_seconds") : Double.NaN));
        });
        return rows;
    }

    /**
     * Writes the rows plus a column {@code scheduled_agents} = {@code required_agents / (1 - shrinkage)}: the agents
     * to roster so that, after absence, meetings and other shrinkage, {@code required_agents} are on the phones.
     * Readers that do not know the column ignore it.
     */
    public static void write(Path file, List<Row> rows, double shrinkage) {
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new IllegalArgumentException("shrinkage (" + shrinkage + ") must be at least 0 and below 1");
        }
        AtomicFiles.writeText(file, out -> {
            List<String> columns = new ArrayList<>(COLUMNS);
            columns.add("scheduled_agents");
            CsvWriter csv = new CsvWriter(out).row(columns);
            for (Row r : rows) {
                csv.row(r.intervalStart(), r.intervalEnd(), r.queue(), Numbers.format(r.requiredAgents()),
                        Numbers.format(r.calls()), Numbers.format(r.ahtSeconds()),
                        Numbers.format(r.requiredAgents() / (1 - shrinkage)));
            }
        });
    }

    /**
     * The interval length of a requirement without {@code interval_end}: the smallest gap between two interval
     * starts of one queue (a day when every queue has a single row).
     */
    public static java.time.Duration intervalLength(List<Row> rows) {
        java.time.Duration best = java.time.Duration.ofDays(1);
        java.util.Map<String, LocalDateTime> last = new java.util.HashMap<>();
        for (Row r : rows) {
            LocalDateTime before = last.put(r.queue(), r.intervalStart());
            if (before != null) {
                java.time.Duration gap = java.time.Duration.between(before, r.intervalStart()).abs();
                if (!gap.isZero() && gap.compareTo(best) < 0) {
                    best = gap;
                }
            }
        }
        return best;
    }

    public static void write(Path file, List<Row> rows) {
        AtomicFiles.writeText(file, out -> {
            CsvWriter csv = new CsvWriter(out).row(COLUMNS);
            for (Row r : rows) {
                csv.row(r.intervalStart(), r.intervalEnd(), r.queue(), Numbers.format(r.requiredAgents()),
                        Numbers.format(r.calls()), Numbers.format(r.ahtSeconds()));
            }
        });
    }
}
