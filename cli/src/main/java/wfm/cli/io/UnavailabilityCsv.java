package wfm.cli.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code unavailability.csv}: {@code agent_id, date} and optionally {@code from}, {@code to} (times of day; a
 * {@code to} at or before {@code from} ends the next day). Without times the whole day (00:00 to 24:00) is off.
 */
public final class UnavailabilityCsv {

    /** A time the agent cannot work. */
    public record Row(String agentId, LocalDate date, LocalDateTime from, LocalDateTime to) {
    }

    private UnavailabilityCsv() {
    }

    public static List<Row> read(Path file) {
        return read(file, null);
    }

    /** Reads the rows, each naming one of {@code agents} (when not null), else bad input naming the line. */
    public static List<Row> read(Path file, Set<String> agents) {
        List<Row> rows = new ArrayList<>();
        CsvReader.forEach(file, List.of("agent_id", "date"), row -> {
            if (agents != null && !agents.contains(row.text("agent_id"))) {
                throw row.error("agent_id", "'" + row.text("agent_id") + "' is not in the agents file");
            }
            LocalDate date = row.date("date");
            LocalTime from = row.has("from") ? row.time("from") : LocalTime.MIDNIGHT;
            LocalDateTime start = date.atTime(from);
            LocalDateTime end;
            if (row.has("to")) {
                LocalTime to = row.time("to");
                end = to.isAfter(from) ? date.atTime(to) : date.plusDays(1).atTime(to);
            } else {
                end = date.plusDays(1).atStartOfDay();
            }
            rows.add(new Row(row.text("agent_id"), date, start, end));
        });
        return rows;
    }
}
