package wfm.cli.workspace;

import java.util.Locale;

import wfm.cli.io.CsvRow;

/** The kinds of cell the toolkit's files hold, with how each is checked and stored in DuckDB. */
enum ColumnType {
    TEXT("VARCHAR"),
    TIMESTAMP("TIMESTAMP"),
    DATE("DATE"),
    TIME("TIME"),
    /** A whole number of at least zero. */
    COUNT("BIGINT"),
    /** A number of at least zero. */
    AMOUNT("DOUBLE"),
    /** A duration as the contract writes it ({@code 9h}, {@code 1h30m}), checked and kept as written. */
    DURATION("VARCHAR"),
    FLAG("BOOLEAN"),
    /** {@code answered} or {@code abandoned}. */
    OUTCOME("VARCHAR"),
    /** {@code holiday} or {@code workday}. */
    DAY_KIND("VARCHAR");

    final String sql;

    ColumnType(String sql) {
        this.sql = sql;
    }

    Object read(CsvRow row, String column) {
        return switch (this) {
            case TEXT -> row.text(column);
            case TIMESTAMP -> row.dateTime(column);
            case DATE -> row.date(column);
            case TIME -> row.time(column);
            case COUNT -> count(row, column);
            case AMOUNT -> row.nonNegative(column);
            case DURATION -> {
                row.duration(column);
                yield row.text(column);
            }
            case FLAG -> row.flag(column);
            case OUTCOME -> oneOf(row, column, "answered", "abandoned");
            case DAY_KIND -> oneOf(row, column, "holiday", "workday");
        };
    }

    private static long count(CsvRow row, String column) {
        long n = row.integer(column);
        if (n < 0) {
            throw row.error(column, "'" + n + "' must not be negative");
        }
        return n;
    }

    private static String oneOf(CsvRow row, String column, String... allowed) {
        String t = row.text(column).toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(t)) {
                return a;
            }
        }
        throw row.error(column, "'" + row.text(column) + "' is not one of " + String.join(", ", allowed));
    }
}
