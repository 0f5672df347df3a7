package wfm.cli.io;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import wfm.forecasting.calls.CallRecord;

/**
 * {@code calls.csv}: {@code call_id, queue, arrival_time, answer_time, end_time, outcome} with outcome
 * {@code answered} or {@code abandoned}; {@code answer_time} is empty for an abandoned call.
 */
public final class CallsCsv {
    private CallsCsv() {
    }

    public static List<CallRecord> read(Path file) {
        List<CallRecord> calls = new ArrayList<>();
        CsvReader.forEach(file, List.of("call_id", "arrival_time", "end_time", "outcome"), row -> {
            String outcome = row.text("outcome").toLowerCase(Locale.ROOT);
            boolean answered = switch (outcome) {
                case "answered" -> true;
                case "abandoned" -> false;
                default -> throw row.error("outcome", "'" + row.text("outcome")
                        + "' is not an outcome (expected answered or abandoned)");
            };
            LocalDateTime arrival = row.dateTime("arrival_time");
            LocalDateTime answer = null;
            if (answered) {
                answer = row.dateTime("answer_time");
                if (answer.isBefore(arrival)) {
                    throw row.error("answer_time", answer + " is before arrival_time " + arrival);
                }
            } else if (row.has("answer_time")) {
                throw row.error("answer_time", "must be empty for an abandoned call");
            }
            LocalDateTime end = row.dateTime("end_time");
            LocalDateTime from = answer == null ? arrival : answer;
            if (end.isBefore(from)) {
                throw row.error("end_time", end + " is before " + (answer == null ? "arrival_time " : "answer_time ")
                        + from);
            }
            calls.add(new CallRecord(row.text("call_id"), row.text("queue", "default"), arrival, answer, end, answered));
        });
        return calls;
    }
}
