package wfm.cli.io;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import wfm.cli.options.DurationConverter;
import wfm.cli.options.ShareConverter;

/**
 * One data row of a CSV file, read by column name. Every typed getter names the file, line and column
 * in its error, so a bad cell is reported the same way wherever it is read.
 */
public record CsvRow(Path file, long line, Map<String, Integer> header, String[] cells) {

    /** True when the file has the column and this row's cell is not blank. */
    public boolean has(String column) {
        Integer i = header.get(column);
        return i != null && i < cells.length && !cells[i].isBlank();
    }

    /** The trimmed cell, or the fallback when the column is absent or the cell blank. */
    public String text(String column, String fallback) {
        return has(column) ? cells[header.get(column)].trim() : fallback;
    }

    /** The trimmed cell of a column that must be filled in. */
    public String text(String column) {
        if (!has(column)) {
            throw error(column, header.containsKey(column) ? "is empty" : "is missing from the header");
        }
        return cells[header.get(column)].trim();
    }

    /** A yes/no cell: true/yes/y/1 or false/no/n/0, any case. */
    public boolean flag(String column) {
        String t = text(column).toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw error(column, "'" + t + "' is not yes/no");
        };
    }

    public long integer(String column) {
        String t = text(column);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw error(column, "'" + t + "' is not a whole number");
        }
    }

    public double number(String column) {
        String t = text(column);
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(column, "'" + t + "' is not a number");
        }
    }

    /** A number that must be at least zero. */
    public double nonNegative(String column) {
        double v = number(column);
        if (v < 0) {
            throw error(column, "'" + text(column) + "' must not be negative");
        }
        return v;
    }

    public double share(String column) {
        String t = text(column);
        try {
            return ShareConverter.parse(t);
        } catch (RuntimeException e) {
            throw error(column, e.getMessage());
        }
    }

    public Duration duration(String column) {
        String t = text(column);
        try {
            return DurationConverter.parse(t);
        } catch (RuntimeException e) {
            throw error(column, e.getMessage());
        }
    }

    public LocalDate date(String column) {
        String t = text(column);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw error(column, "'" + t + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    public LocalTime time(String column) {
        String t = text(column);
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            throw error(column, "'" + t + "' is not a time of day (expected HH:MM)");
        }
    }

    /**
     * An ISO-8601 date-time; an offset such as {@code +08:00} is allowed and dropped (times are wall-clock
     * times of the hotline), a space instead of the {@code T} is accepted.
     */
    public LocalDateTime dateTime(String column) {
        String t = text(column).replace(' ', 'T');
        try {
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toLocalDateTime();
            } catch (DateTimeParseException e2) {
                throw error(column, "'" + text(column) + "' is not a date-time (expected e.g. 2026-12-01T08:30)");
            }
        }
    }

    /** An error about this row's cell in the given column. */
    public CsvFormatException error(String column, String problem) {
        return new CsvFormatException(file, line, column, problem);
    }
}
