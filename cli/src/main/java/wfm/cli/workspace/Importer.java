package wfm.cli.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import wfm.cli.BadInputException;
import wfm.cli.io.AgentsCsv;
import wfm.cli.io.CsvReader;
import wfm.cli.io.ShiftsCsv;
import wfm.cli.io.UnavailabilityCsv;

/**
 * Loads a CSV file into a workspace table, all or nothing: every row is checked first (an error names file, line
 * and column and changes nothing), then all rows go in within one transaction. Rows with the key of a row already
 * stored replace it, so importing the same file again changes nothing.
 */
public final class Importer {

    /** What an import did. */
    public record Result(Path file, DataKind kind, long rows, boolean unchanged) {
    }

    private final Workspace workspace;

    public Importer(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The kind a file holds, from its header. */
    public static DataKind detect(Path file) {
        List<String> header = CsvReader.header(file);
        return DataKind.detect(header).orElseThrow(() -> new BadInputException(file
                + ":1: cannot tell what this file holds from its header (" + String.join(", ", header)
                + "); name it with --kind (" + DataKind.names() + ")"));
    }

    /** Imports a file of a given kind; stage results ({@link DataKind#hasRunId()}) go under {@code runId}. */
    public Result load(Path file, DataKind kind, String runId) {
        List<Object[]> rows = validate(file, kind);
        String sha = sha256(file);
        Connection c = workspace.connection();
        try {
            if (alreadyImported(file, kind, sha)) {
                return new Result(file, kind, rows.size(), true);
            }
            c.setAutoCommit(false);
            try {
                insert(kind, rows, runId);
                logImport(file, kind, sha, rows.size());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new BadInputException(file + ": cannot store " + kind.table() + ": " + Workspace.firstLine(e), e);
        }
        return new Result(file, kind, rows.size(), false);
    }

    private static List<Object[]> validate(Path file, DataKind kind) {
        checkAsTheStageReads(file, kind);
        List<Object[]> rows = new ArrayList<>();
        List<Column> columns = kind.columns();
        List<Integer> keyIndexes = kind.keyColumns().stream()
                .map(k -> columns.stream().map(Column::name).toList().indexOf(k)).toList();
        record Seen(long line, List<Object> values) {
        }
        java.util.Map<List<Object>, Seen> seen = new java.util.HashMap<>();
        CsvReader.forEach(file, kind.requiredColumns(), row -> {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = columns.get(i).read(row);
            }
            List<Object> key = keyIndexes.stream().map(i -> values[i]).toList();
            Seen first = seen.putIfAbsent(key, new Seen(row.line(), java.util.Arrays.asList(values)));
            if (first == null) {
                rows.add(values);
            } else if (!first.values().equals(java.util.Arrays.asList(values))) {
                throw row.error(kind.keyColumns().get(kind.keyColumns().size() - 1), "the same "
                        + String.join(" and ", kind.keyColumns()) + " as line " + first.line() + " (" + key + ")");
            } // else the same row again (e.g. a day off both requested and granted): kept once
        });
        return rows;
    }

    /**
     * What the stage's own reader rejects cannot be imported either (a contract of more hours than a week has), so a
     * workspace never holds inputs that fail later under another file's name.
     */
    private static void checkAsTheStageReads(Path file, DataKind kind) {
        switch (kind) {
            case AGENTS -> AgentsCsv.read(file);
            case SHIFTS -> ShiftsCsv.read(file);
            case UNAVAILABILITY -> UnavailabilityCsv.read(file);
            default -> {
                // history, calls, holidays and stage results: the column types say all that is checked
            }
        }
    }

    private void insert(DataKind kind, List<Object[]> rows, String runId) throws SQLException {
        Connection c = workspace.connection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE staging AS SELECT * FROM " + kind.table() + " LIMIT 0");
        }
        try (DuckDBAppender appender = ((DuckDBConnection) c).createAppender("temp", "main", "staging")) {
            for (Object[] values : rows) {
                appender.beginRow();
                if (kind.hasRunId()) {
                    appender.append(runId);
                }
                for (Object v : values) {
                    append(appender, v);
                }
                appender.endRow();
            }
        }
        String cols = (kind.hasRunId() ? "run_id, " : "")
                + kind.columns().stream().map(Column::sqlName).collect(Collectors.joining(", "));
        try (Statement s = c.createStatement()) {
            s.execute("INSERT OR REPLACE INTO " + kind.table() + " (" + cols + ") SELECT " + cols + " FROM staging");
            s.execute("DROP TABLE staging");
        }
    }

    private static void append(DuckDBAppender appender, Object v) throws SQLException {
        if (v == null) {
            appender.appendNull();
        } else if (v instanceof String s) {
            appender.append(s);
        } else if (v instanceof Long n) {
            appender.append(n.longValue());
        } else if (v instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (v instanceof Boolean b) {
            appender.append(b.booleanValue());
        } else if (v instanceof LocalDateTime t) {
            appender.append(t);
        } else if (v instanceof LocalDate d) {
            appender.append(d);
        } else if (v instanceof LocalTime t) {
            appender.append(t);
        } else {
            throw new IllegalStateException("no way to store " + v.getClass());
        }
    }

    private boolean alreadyImported(Path file, DataKind kind, String sha) throws SQLException {
        try (PreparedStatement p = workspace.connection().prepareStatement(
                "SELECT count(*) FROM imports WHERE kind = ? AND sha256 = ?")) {
            p.setString(1, kind.table());
            p.setString(2, sha);
            try (var rs = p.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0 && !kind.hasRunId();
            }
        }
    }

    private void logImport(Path file, DataKind kind, String sha, long rows) throws SQLException {
        try (PreparedStatement p = workspace.connection().prepareStatement(
                "INSERT INTO imports VALUES (?, ?, ?, ?, current_timestamp)")) {
            p.setString(1, file.toAbsolutePath().toString());
            p.setString(2, kind.table());
            p.setString(3, sha);
            p.setLong(4, rows);
            p.executeUpdate();
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
