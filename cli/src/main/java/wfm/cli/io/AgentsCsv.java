package wfm.cli.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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

    /** Reads the agents; a contract no week can hold is bad input, legally doubtful ones are not reported. */
    public static List<Row> read(Path file) {
        return read(file, warning -> { });
    }

    /**
     * Reads the agents, checking every contract against {@link ContractLimits}: more hours than a week has or a
     * minimum above the maximum is bad input; more than China's Labour Law allows goes to {@code warnings}.
     */
    public static List<Row> read(Path file, Consumer<String> warnings) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsvReader.forEach(file, List.of("agent_id"), row -> {
            String id = row.text("agent_id");
            if (!seen.add(id)) {
                throw row.error("agent_id", "'" + id + "' appears twice");
            }
            List<String> skills = Arrays.stream(row.text("skills", "").split(";"))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            double min = weeklyHours(row, "min_hours_per_week");
            double max = weeklyHours(row, "max_hours_per_week");
            if (min > max) {
                throw row.error("min_hours_per_week", Numbers.format(min) + " is above max_hours_per_week "
                        + Numbers.format(max));
            }
            String most = Double.isNaN(max) ? "min_hours_per_week" : "max_hours_per_week";
            double hours = Double.isNaN(max) ? min : max;
            if (hours > ContractLimits.LEGAL_HOURS_PER_WEEK) {
                warnings.accept(ContractLimits.warning(row, most, Numbers.format(hours) + " hours a week is more "
                        + "than China's Labour Law allows (40 h plus at most 36 h overtime a month, about 48 h; "
                        + "Art. 36, 41) unless a special working-hours system is approved"));
            }
            int days = row.has("max_consecutive_days") ? (int) row.integer("max_consecutive_days") : 0;
            if (row.has("max_consecutive_days") && days < 1) {
                throw row.error("max_consecutive_days", "'" + row.text("max_consecutive_days")
                        + "' must be at least 1");
            }
            if (days > ContractLimits.LEGAL_CONSECUTIVE_DAYS) {
                warnings.accept(ContractLimits.warning(row, "max_consecutive_days", days + " days in a row leave "
                        + "a week without the day off China's Labour Law requires (Art. 38)"));
            }
            rows.add(new Row(id, row.text("name", id), skills, min, max, days, row.text("site", ""),
                    row.has("remote") && row.flag("remote")));
        });
        return rows;
    }

    /** Hours a week from 0 to the week's 168; NaN when the cell is empty. */
    private static double weeklyHours(CsvRow row, String column) {
        if (!row.has(column)) {
            return Double.NaN;
        }
        double hours = row.nonNegative(column);
        if (hours > ContractLimits.HOURS_PER_WEEK) {
            throw row.error(column, "'" + row.text(column) + "' hours is more than a week has (168)");
        }
        return hours;
    }
}
