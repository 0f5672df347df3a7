package wfm.cli.io;

import java.nio.file.Path;

import wfm.cli.BadInputException;

/** A CSV file that cannot be read as asked: names the file, line and column. */
public final class CsvFormatException extends BadInputException {
    public CsvFormatException(Path file, long line, String column, String problem) {
        super(file + ":" + line + (column == null ? "" : ": column '" + column + "'") + ": " + problem);
    }
}
