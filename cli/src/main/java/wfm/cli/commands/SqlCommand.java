package wfm.cli.commands;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.io.CsvWriter;
import wfm.cli.io.TextTable;
import wfm.cli.workspace.Workspace;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run an SQL query (DuckDB dialect) on the workspace and print the result.",
                "Tables: history, calls, agents, shifts, unavailability, holidays, forecast, requirements, roster, "
                        + "simulation (stage results carry run_id), runs, imports.",
                "The workspace is opened read-only unless --write is given."},
        footer = {"", "Example:",
                "  wfm sql \"select queue, date_trunc('day', interval_start) as day, sum(offered) as calls "
                        + "from history group by all order by day desc limit 7\""})
public final class SqlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL statement.")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--write", description = "Open the workspace for writing (for INSERT, UPDATE, DELETE, ...).")
    boolean write;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.open(workspace.require(), !write);
             Statement statement = ws.connection().createStatement()) {
            boolean hasRows;
            try {
                hasRows = statement.execute(query);
            } catch (SQLException e) {
                throw new BadInputException("sql: " + Workspace.firstLine(e) + (write ? "" : readOnlyHint(e)));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (!hasRows) {
                out.println(statement.getUpdateCount() + " rows changed");
                return ExitCode.OK;
            }
            try (ResultSet rs = statement.getResultSet()) {
                print(rs, out);
            }
        }
        return ExitCode.OK;
    }

    private void print(ResultSet rs, PrintWriter out) throws Exception {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            names.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= names.size(); i++) {
                row.add(rs.getObject(i));
            }
            rows.add(row);
        }
        switch (format) {
            case TABLE -> {
                TextTable table = new TextTable(names);
                rows.forEach(r -> table.add(r.stream().map(SqlCommand::cell).toList()));
                out.print(table);
                out.printf("(%d rows)%n", rows.size());
            }
            case CSV -> {
                StringWriter text = new StringWriter();
                CsvWriter csv = new CsvWriter(text).row(names);
                for (List<Object> r : rows) {
                    csv.row(r.stream().map(SqlCommand::cell).toList());
                }
                out.print(text);
            }
            case JSON -> {
                List<Map<String, Object>> objects = new ArrayList<>();
                for (List<Object> r : rows) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        o.put(names.get(i), jsonValue(r.get(i)));
                    }
                    objects.add(o);
                }
                out.println(new ObjectMapper().writeValueAsString(Map.of("rows", objects)));
            }
        }
    }

    private static Object jsonValue(Object v) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof java.sql.Date || v instanceof java.sql.Time || v instanceof java.time.temporal.Temporal) {
            return v.toString();
        }
        if (v instanceof java.math.BigInteger || v instanceof java.math.BigDecimal) {
            return ((Number) v).doubleValue();
        }
        return v;
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof Double d) {
            return wfm.cli.io.Numbers.format(d);
        }
        return v.toString();
    }

    private static String readOnlyHint(SQLException e) {
        return String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("read-only")
                ? " (add --write to change the workspace)" : "";
    }
}
