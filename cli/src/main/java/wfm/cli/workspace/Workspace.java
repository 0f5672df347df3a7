package wfm.cli.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import wfm.cli.BadInputException;

/**
 * A planner's working folder with one embedded DuckDB file ({@value #FILE_NAME}) that holds history, calls,
 * agents, shift templates, holidays, and every stage's results under a run id. Open it, use it, close it.
 */
public final class Workspace implements AutoCloseable {
    public static final String FILE_NAME = "wfm.duckdb";

    private final Path dir;
    private final Connection connection;

    private Workspace(Path dir, Connection connection) {
        this.dir = dir;
        this.connection = connection;
    }

    /** Creates the folder (if needed) and its database with every table; an existing workspace is kept as is. */
    public static Workspace create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new BadInputException(dir + ": cannot create the workspace folder: " + e.getMessage());
        }
        Workspace workspace = connect(dir, false);
        workspace.createTables();
        return workspace;
    }

    /** Opens an existing workspace; read-only connections cannot change anything. */
    public static Workspace open(Path dir, boolean readOnly) {
        if (!Files.isRegularFile(dir.resolve(FILE_NAME))) {
            throw new BadInputException(dir + ": not a workspace (no " + FILE_NAME + "; create one with 'wfm init')");
        }
        Workspace workspace = connect(dir, readOnly);
        if (!readOnly) {
            workspace.createTables();
        }
        return workspace;
    }

    /** The workspace folder that holds {@code from}: {@code from} itself or its nearest parent with a database. */
    public static Optional<Path> find(Path from) {
        for (Path p = from.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(FILE_NAME))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Workspace connect(Path dir, boolean readOnly) {
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(FILE_NAME).toAbsolutePath(),
                    properties);
            return new Workspace(dir, c);
        } catch (SQLException e) {
            throw new BadInputException(dir.resolve(FILE_NAME) + ": cannot open the workspace: " + firstLine(e));
        }
    }

    private void createTables() {
        try (Statement s = connection.createStatement()) {
            for (DataKind kind : DataKind.values()) {
                s.execute(kind.createTableSql());
                upgrade(kind, s);
            }
            s.execute("CREATE TABLE IF NOT EXISTS runs (run_id VARCHAR PRIMARY KEY, command VARCHAR NOT NULL, "
                    + "parameters VARCHAR, seed BIGINT, created_at TIMESTAMP NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS imports (file VARCHAR NOT NULL, kind VARCHAR NOT NULL, "
                    + "sha256 VARCHAR NOT NULL, rows BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the workspace tables: " + firstLine(e), e);
        }
    }

    /**
     * Brings a table made by an older version up to its kind's columns: adds new columns (empty) and retypes
     * columns whose type changed (e.g. {@code break_minutes} from a decimal to a whole number).
     */
    private void upgrade(DataKind kind, Statement s) throws SQLException {
        rekey(kind, s);
        Map<String, String> stored = storedTypes(kind);
        for (Column c : kind.columns()) {
            String type = stored.get(c.name());
            if (type == null) {
                s.execute("ALTER TABLE " + kind.table() + " ADD COLUMN " + c.sqlName() + " " + c.type().sql);
            } else if (!type.equalsIgnoreCase(c.type().sql)) {
                s.execute("ALTER TABLE " + kind.table() + " ALTER " + c.sqlName() + " TYPE " + c.type().sql);
            }
        }
    }

    /**
     * Rebuilds a table whose primary key an older version chose differently (unavailability was one row per agent
     * and day), keeping its rows; key columns left empty then take their fallback (an empty {@code from} is 00:00).
     */
    private void rekey(DataKind kind, Statement s) throws SQLException {
        String stored;
        try (PreparedStatement p = connection.prepareStatement("SELECT array_to_string(constraint_column_names, ',') "
                + "FROM duckdb_constraints() WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'")) {
            p.setString(1, kind.table());
            try (var rs = p.executeQuery()) {
                stored = rs.next() ? rs.getString(1) : null;
            }
        }
        if (stored == null || stored.equals(String.join(",", kind.key()))) {
            return;
        }
        String old = kind.table() + "_before_rekey";
        connection.setAutoCommit(false);
        try {
            s.execute("ALTER TABLE " + kind.table() + " RENAME TO " + old);
            s.execute(kind.createTableSql());
            Map<String, String> columns = storedTypes(old);
            String select = kind.columns().stream().filter(c -> columns.containsKey(c.name()))
                    .map(c -> c.fallback() == null ? c.sqlName() : "COALESCE(" + c.sqlName() + ", CAST('"
                            + c.fallback() + "' AS " + c.type().sql + ")) AS " + c.sqlName())
                    .collect(java.util.stream.Collectors.joining(", "));
            s.execute("INSERT OR REPLACE INTO " + kind.table() + " BY NAME SELECT "
                    + (kind.hasRunId() ? "run_id, " : "") + select + " FROM " + old);
            s.execute("DROP TABLE " + old);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw e;
        } finally {
            autoCommit();
        }
    }

    private Map<String, String> storedTypes(DataKind kind) throws SQLException {
        return storedTypes(kind.table());
    }

    /** The columns a table has in this file, with their SQL types. */
    private Map<String, String> storedTypes(String table) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?")) {
            p.setString(1, table);
            try (var rs = p.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return types;
    }

    /** Files a run in the {@code runs} table: which command, with what parameters and seed. */
    public void recordRun(String runId, String command, String parameters, Long seed) {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, current_timestamp)")) {
            p.setString(1, runId);
            p.setString(2, command);
            p.setString(3, parameters);
            if (seed == null) {
                p.setNull(4, java.sql.Types.BIGINT);
            } else {
                p.setLong(4, seed);
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record run " + runId + ": " + firstLine(e), e);
        }
    }

    /**
     * Stores a result file whose columns only its stage knows (simulation results) in {@code table}, under
     * {@code runId}, in one transaction; the table takes the file's columns the first time.
     */
    public void storeResults(String table, String runId, Path csv) {
        String source = "read_csv('" + csv.toAbsolutePath().toString().replace("'", "''") + "', header = true)";
        try (Statement s = connection.createStatement()) {
            connection.setAutoCommit(false);
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " AS SELECT ''::VARCHAR AS run_id, * FROM " + source
                    + " LIMIT 0");
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                p.setString(1, runId);
                p.executeUpdate();
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "INSERT INTO " + table + " BY NAME SELECT ?::VARCHAR AS run_id, * FROM " + source)) {
                p.setString(1, runId);
                p.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot store " + csv + " in " + table + ": " + firstLine(e), e);
        } finally {
            autoCommit();
        }
    }

    /** Writes a table (for stage results: one run's rows) as a CSV file in the contract's columns. */
    public void exportCsv(DataKind kind, String runId, Path csv) {
        String cols;
        try {
            cols = exportColumns(kind);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot export " + kind.table() + ": " + firstLine(e), e);
        }
        String where = kind.hasRunId() ? " WHERE run_id = '" + runId.replace("'", "''") + "'" : "";
        String target = csv.toAbsolutePath().toString().replace("'", "''");
        try (Statement s = connection.createStatement()) {
            s.execute("COPY (SELECT " + cols + " FROM " + kind.table() + where + " ORDER BY " + kind.orderBy()
                    + ") TO '" + target
                    + "' (HEADER, DELIMITER ',', TIMESTAMPFORMAT '%Y-%m-%dT%H:%M')");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot export " + kind.table() + ": " + firstLine(e), e);
        }
    }

    /**
     * The kind's columns as its readers expect them, each cast to its type, so a file opened read-only that an
     * older version wrote (a column missing or stored as another type) exports the same as a new one.
     */
    private String exportColumns(DataKind kind) throws SQLException {
        Map<String, String> stored = storedTypes(kind);
        return kind.columns().stream()
                .map(c -> (stored.containsKey(c.name()) ? "CAST(" + c.sqlName() + " AS " + c.type().sql + ")"
                        : "CAST(NULL AS " + c.type().sql + ")") + " AS " + c.sqlName())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Number of rows a table holds (for one run when the kind has run ids and {@code runId} is given). */
    public long count(DataKind kind, String runId) {
        String where = kind.hasRunId() && runId != null ? " WHERE run_id = ?" : "";
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM " + kind.table() + where)) {
            if (!where.isEmpty()) {
                p.setString(1, runId);
            }
            try (var rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + kind.table() + ": " + firstLine(e), e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable anyway; the original error is what the user needs
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // see rollback()
        }
    }

    public Path dir() {
        return dir;
    }

    public Connection connection() {
        return connection;
    }

    /** DuckDB's messages run over several lines; the first says what is wrong. */
    public static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the workspace: " + firstLine(e), e);
        }
    }
}
