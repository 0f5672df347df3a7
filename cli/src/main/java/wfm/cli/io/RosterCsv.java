package wfm.cli.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code roster.csv}: {@code agent_id, date, shift_id, start, end, breaks}, one row per agent working day.
 * {@code breaks} lists unpaid breaks as {@code HH:MM-HH:MM} ranges separated by {@code ;}. A break that starts
 * before the shift's start time of day lies on the next calendar day (night shifts crossing midnight).
 */
public final class RosterCsv {
    public static final List<String> COLUMNS = List.of("agent_id", "date", "shift_id", "start", "end", "breaks");
    /** The contract's columns plus {@code queue}: which queue the agent answers that day (optional on reading). */
    public static final List<String> COLUMNS_WITH_QUEUE =
            List.of("agent_id", "date", "shift_id", "start", "end", "breaks", "queue");

    /** An unpaid break from {@code start} to {@code end}. */
    public record Break(LocalDateTime start, LocalDateTime end) {
    }

    /** One agent's working day; {@code queue} is empty when the file does not say. */
    public record Row(String agentId, LocalDate date, String shiftId, LocalDateTime start, LocalDateTime end,
                      List<Break> breaks, String queue) {
        public Row {
            queue = queue == null ? "" : queue;
        }

        public Row(String agentId, LocalDate date, String shiftId, LocalDateTime start, LocalDateTime end,
                   List<Break> breaks) {
            this(agentId, date, shiftId, start, end, breaks, "");
        }
    }

    private RosterCsv() {
    }

    public static List<Row> read(Path file) {
        List<Row> rows = new ArrayList<>();
        CsvReader.forEach(file, List.of("agent_id", "date", "start", "end"), row -> {
            LocalDateTime start = row.dateTime("start");
            LocalDateTime end = row.dateTime("end");
            if (!end.isAfter(start)) {
                throw row.error("end", "must be after start (" + start + ")");
            }
            rows.add(new Row(row.text("agent_id"), row.date("date"), row.text("shift_id", ""), start, end,
                    breaks(row, start, end), row.text("queue", "")));
        });
        return rows;
    }

    private static List<Break> breaks(CsvRow row, LocalDateTime shiftStart, LocalDateTime shiftEnd) {
        String text = row.text("breaks", "");
        List<Break> breaks = new ArrayList<>();
        if (text.isEmpty()) {
            return breaks;
        }
        for (String range : text.split(";")) {
            String[] ends = range.trim().split("-");
            try {
                LocalDateTime from = onShift(shiftStart, LocalTime.parse(ends[0].trim()));
                LocalDateTime to = onShift(shiftStart, LocalTime.parse(ends[1].trim()));
                if (ends.length != 2 || !to.isAfter(from) || from.isBefore(shiftStart) || to.isAfter(shiftEnd)) {
                    throw new IllegalArgumentException();
                }
                breaks.add(new Break(from, to));
            } catch (RuntimeException e) {
                throw row.error("breaks", "'" + range.trim() + "' is not a break HH:MM-HH:MM inside the shift "
                        + shiftStart + " to " + shiftEnd);
            }
        }
        return breaks;
    }

    private static LocalDateTime onShift(LocalDateTime shiftStart, LocalTime time) {
        LocalDateTime t = shiftStart.toLocalDate().atTime(time);
        return t.isBefore(shiftStart) ? t.plusDays(1) : t;
    }

    public static void write(Path file, List<Row> rows) {
        boolean queues = rows.stream().anyMatch(r -> !r.queue().isEmpty());
        AtomicFiles.writeText(file, out -> {
            CsvWriter csv = new CsvWriter(out).row(queues ? COLUMNS_WITH_QUEUE : COLUMNS);
            for (Row r : rows) {
                String breaks = r.breaks().stream()
                        .map(b -> b.start().toLocalTime() + "-" + b.end().toLocalTime())
                        .collect(Collectors.joining(";"));
                if (queues) {
                    csv.row(r.agentId(), r.date(), r.shiftId(), r.start(), r.end(), breaks, r.queue());
                } else {
                    csv.row(r.agentId(), r.date(), r.shiftId(), r.start(), r.end(), breaks);
                }
            }
        });
    }
}
