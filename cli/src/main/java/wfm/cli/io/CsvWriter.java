package wfm.cli.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes CSV rows (RFC 4180 quoting where a cell needs it), with {@code \n} line ends. */
public final class CsvWriter {
    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public CsvWriter row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells[i] == null ? "" : cells[i].toString()));
        }
        out.write('\n');
        return this;
    }

    public CsvWriter row(List<?> cells) throws IOException {
        return row(cells.toArray());
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
