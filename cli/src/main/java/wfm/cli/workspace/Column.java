package wfm.cli.workspace;

import wfm.cli.io.CsvRow;

/**
 * One column of a workspace table: its name (as in the contract's CSV files), its type, and whether a file must
 * have it. {@code fallback} fills an optional column that a file leaves out (e.g. queue {@code default}).
 */
record Column(String name, ColumnType type, boolean required, Object fallback) {

    static Column required(String name, ColumnType type) {
        return new Column(name, type, true, null);
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, false, null);
    }

    static Column optional(String name, ColumnType type, Object fallback) {
        return new Column(name, type, false, fallback);
    }

    /** This column's value in a row, checked; the fallback (often null) when the cell is empty. */
    Object read(CsvRow row) {
        if (!row.has(name)) {
            if (required) {
                row.text(name); // throws the contract's "is empty" error naming file, line and column
            }
            return fallback;
        }
        return type.read(row, name);
    }

    String sqlName() {
        return '"' + name + '"';
    }
}
