package wfm.cli.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code agents.csv}: {@code agent_id} (unique), and optionally {@code name}, {@code skills} ({@code ;}-separated
 * queues; empty means every queue), {@code min_hours_per_week}, {@code max_hours_per_week},
 * {@code max_consecutive_days}, {@code site}, {@code remote}.
 */
public final class AgentsCsv {

    /** One agent; {@code skills} empty = every queue; absent numbers are NaN (hours) or 0 (days). */
    public record Row(String agentId, String name, List<String> skills, double minHoursPerWeek,
                      double maxHoursPerWeek, int maxConsecutiveDays, String site, boolean remote) {
    }

    private AgentsCsv() {
    }

    public static List<Row> read(Path file) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsvReader.forEach(file, List.of("agent_id"), row -> {
            String id = row.text("agent_id");
            if (!seen.add(id)) {
                throw row.error("agent_id", "'" + id + "' appears twice");
            }
            List<String> skills = Arrays.stream(row.text("skills", "").split(";"))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            double min = row.has("min_hours_per_week") ? row.nonNegative("min_hours_per_week") : Double.NaN;
            double max = row.has("max_hours_per_week") ? row.nonNegative("max_hours_per_week") : Double.NaN;
            if (min > max) {
                throw row.error("min_hours_per_week", min + " is above max_hours_per_week " + max);
            }
            int days = row.has("max_consecutive_days") ? (int) row.integer("max_consecutive_days") : 0;
            if (row.has("max_consecutive_days") && days < 1) {
                throw row.error("max_consecutive_days", "must be at least 1");
            }
            rows.add(new Row(id, row.text("name", id), skills, min, max, days, row.text("site", ""),
                    row.has("remote") && row.flag("remote")));
        });
        return rows;
    }

}
