package wfm.cli.workspace;

import static wfm.cli.workspace.Column.optional;
import static wfm.cli.workspace.Column.required;
import static wfm.cli.workspace.ColumnType.AMOUNT;
import static wfm.cli.workspace.ColumnType.COUNT;
import static wfm.cli.workspace.ColumnType.DATE;
import static wfm.cli.workspace.ColumnType.DAY_KIND;
import static wfm.cli.workspace.ColumnType.DURATION;
import static wfm.cli.workspace.ColumnType.FLAG;
import static wfm.cli.workspace.ColumnType.OUTCOME;
import static wfm.cli.workspace.ColumnType.TEXT;
import static wfm.cli.workspace.ColumnType.TIME;
import static wfm.cli.workspace.ColumnType.TIMESTAMP;

import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file a workspace holds, each a table with the contract's columns and a key. Inputs (history,
 * calls, agents, ...) are keyed by their natural key, so importing a file again replaces rows instead of doubling
 * them; stage results (forecast, requirements, roster, simulation) are keyed by run id as well.
 */
public enum DataKind {
    HISTORY("history", List.of("queue", "interval_start"),
            required("interval_start", TIMESTAMP), optional("queue", TEXT, "default"), required("offered", COUNT),
            optional("handled", COUNT), optional("abandoned", COUNT), optional("aht_seconds", AMOUNT)),
    CALLS("calls", List.of("call_id"),
            required("call_id", TEXT), optional("queue", TEXT, "default"), required("arrival_time", TIMESTAMP),
            optional("answer_time", TIMESTAMP), required("end_time", TIMESTAMP), required("outcome", OUTCOME)),
    AGENTS("agents", List.of("agent_id"),
            required("agent_id", TEXT), optional("name", TEXT), optional("skills", TEXT),
            optional("min_hours_per_week", AMOUNT), optional("max_hours_per_week", AMOUNT),
            optional("max_consecutive_days", COUNT), optional("site", TEXT), optional("remote", FLAG)),
    SHIFTS("shifts", List.of("shift_id"),
            required("shift_id", TEXT), required("start_time", TIME), required("duration", DURATION),
            optional("break_minutes", COUNT), optional("days", TEXT)),
    /**
     * Keyed by its times too: a day's leave and a training that day are two rows. An empty {@code from} is stored
     * as 00:00 and an empty {@code to} as 00:00 (the end of the day), which the reader takes the same way.
     */
    UNAVAILABILITY("unavailability", List.of("agent_id", "date", "from", "to"),
            required("agent_id", TEXT), required("date", DATE), optional("from", TIME, LocalTime.MIDNIGHT),
            optional("to", TIME, LocalTime.MIDNIGHT)),
    HOLIDAYS("holidays", List.of("date"),
            required("date", DATE), optional("name", TEXT), required("kind", DAY_KIND)),
    FORECAST("forecast", List.of("run_id", "queue", "interval_start"),
            required("interval_start", TIMESTAMP), optional("queue", TEXT, "default"), required("calls", AMOUNT),
            required("aht_seconds", AMOUNT), optional("calls_lo80", AMOUNT), optional("calls_hi80", AMOUNT),
            optional("calls_lo95", AMOUNT), optional("calls_hi95", AMOUNT)),
    REQUIREMENTS("requirements", List.of("run_id", "queue", "interval_start"),
            required("interval_start", TIMESTAMP), optional("interval_end", TIMESTAMP),
            optional("queue", TEXT, "default"), required("required_agents", AMOUNT), optional("calls", AMOUNT),
            optional("aht_seconds", AMOUNT)),
    ROSTER("roster", List.of("run_id", "agent_id", "date"),
            required("agent_id", TEXT), required("date", DATE), optional("shift_id", TEXT),
            required("start", TIMESTAMP), required("end", TIMESTAMP), optional("breaks", TEXT),
            optional("queue", TEXT));

    private final String table;
    private final List<String> key;
    private final List<Column> columns;

    DataKind(String table, List<String> key, Column... columns) {
        this.table = table;
        this.key = key;
        this.columns = List.of(columns);
    }

    public String table() {
        return table;
    }

    /** The primary key of the kind's table (stage results: run id first). */
    List<String> key() {
        return key;
    }

    List<Column> columns() {
        return columns;
    }

    /** The columns that identify a row within one file (the key less the run id). */
    List<String> keyColumns() {
        return key.stream().filter(k -> !k.equals("run_id")).toList();
    }

    /** The row order of an export: the key, times first, as the files are written (stored rows have no order). */
    String orderBy() {
        List<String> order = new java.util.ArrayList<>(keyColumns());
        order.sort(Comparator.comparing(k -> !(k.contains("start") || k.equals("date"))));
        return order.stream().map(k -> '"' + k + '"').collect(Collectors.joining(", "));
    }

    /** Stage results carry the run that produced them. */
    boolean hasRunId() {
        return key.contains("run_id");
    }

    List<String> requiredColumns() {
        return columns.stream().filter(Column::required).map(Column::name).toList();
    }

    String createTableSql() {
        String cols = columns.stream().map(c -> c.sqlName() + " " + c.type().sql)
                .collect(Collectors.joining(", "));
        String keyCols = key.stream().map(k -> '"' + k + '"').collect(Collectors.joining(", "));
        return "CREATE TABLE IF NOT EXISTS " + table + " (" + (hasRunId() ? "run_id VARCHAR NOT NULL, " : "")
                + cols + ", PRIMARY KEY (" + keyCols + "))";
    }

    /** The kind named on the command line ({@code history}, {@code calls}, ...). */
    public static DataKind named(String name) {
        for (DataKind kind : values()) {
            if (kind.table.equals(name.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("--kind: '" + name + "' is not a kind of file; expected one of "
                + names());
    }

    public static String names() {
        return java.util.Arrays.stream(values()).map(DataKind::table).collect(Collectors.joining(", "));
    }

    /** The kind whose required columns a header holds; the most specific one when several fit. */
    public static Optional<DataKind> detect(Collection<String> header) {
        return java.util.Arrays.stream(values())
                .filter(kind -> header.containsAll(kind.requiredColumns()))
                .max(Comparator.comparingInt(kind -> kind.requiredColumns().size()));
    }
}
