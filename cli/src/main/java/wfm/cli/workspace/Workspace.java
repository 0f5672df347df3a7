package wfm.cli.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
            }
            s.execute("CREATE TABLE IF NOT EXISTS runs (run_id VARCHAR PRIMARY KEY, command VARCHAR NOT NULL, "
                    + "parameters VARCHAR, seed BIGINT, created_at TIMESTAMP NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS imports (file VARCHAR NOT NULL, kind VARCHAR NOT NULL, "
                    + "sha256 VARCHAR NOT NULL, rows BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS simulation (run_id VARCHAR NOT NULL, date DATE, "
                    + "interval_start TIMESTAMP, queue VARCHAR, measure VARCHAR NOT NULL, mean DOUBLE, "
                    + "ci95_low DOUBLE, ci95_high DOUBLE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the workspace tables: " + firstLine(e), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Connection connection() {
        return connection;
    }

    static String firstLine(SQLException e) {
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
