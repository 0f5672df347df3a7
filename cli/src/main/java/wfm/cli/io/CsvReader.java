package wfm.cli.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import wfm.cli.BadInputException;

/**
 * Reads the toolkit's CSV files (RFC 4180: a header row, quoted fields may hold commas, quotes and newlines;
 * UTF-8, a byte-order mark is skipped). Column names are trimmed and lower-cased. Rows are handed over one by
 * one with their line number, so errors name file, line and column.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** The header of a file, lower-cased, in file order. */
    public static List<String> header(Path file) {
        try (BufferedReader in = open(file)) {
            List<String> cells = new Parser(in).next();
            if (cells == null) {
                throw new CsvFormatException(file, 1, null, "the file is empty (a header row is expected)");
            }
            return cells.stream().map(CsvReader::columnName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls {@code action} for every data row; checks first that every required column is in the header. */
    public static void forEach(Path file, List<String> requiredColumns, Consumer<CsvRow> action) {
        try (BufferedReader in = open(file)) {
            Parser parser = new Parser(in);
            List<String> head = parser.next();
            if (head == null) {
                throw new CsvFormatException(file, 1, null, "the file is empty (a header row is expected)");
            }
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < head.size(); i++) {
                header.putIfAbsent(columnName(head.get(i)), i);
            }
            for (String required : requiredColumns) {
                if (!header.containsKey(required)) {
                    throw new CsvFormatException(file, 1, required,
                            "required column is missing (the header has: " + String.join(", ", head) + ")");
                }
            }
            Map<String, Integer> frozen = Collections.unmodifiableMap(header);
            while (true) {
                long line = parser.line();
                List<String> cells = parser.next();
                if (cells == null) {
                    return;
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                action.accept(new CsvRow(file, line, frozen, cells.toArray(String[]::new)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All data rows, for files small enough to hold. */
    public static List<CsvRow> readAll(Path file, List<String> requiredColumns) {
        List<CsvRow> rows = new ArrayList<>();
        forEach(file, requiredColumns, rows::add);
        return rows;
    }

    private static String columnName(String raw) {
        return raw.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static BufferedReader open(Path file) throws IOException {
        try {
            BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return in;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadInputException(file + ": not UTF-8 text");
        }
    }

    /** A small RFC 4180 record parser that counts physical lines. */
    private static final class Parser {
        private final BufferedReader in;
        private long line = 1;

        Parser(BufferedReader in) {
            this.in = in;
        }

        long line() {
            return line;
        }

        List<String> next() throws IOException {
            int c = in.read();
            if (c == -1) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IOException("unterminated quoted field at line " + line);
                    }
                    if (c == '"') {
                        in.mark(1);
                        int d = in.read();
                        if (d == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (d != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == -1) {
                    cells.add(stripCr(cell));
                    line++;
                    return cells;
                } else {
                    cell.append((char) c);
                }
                c = in.read();
            }
        }

        private static String stripCr(StringBuilder cell) {
            int n = cell.length();
            return n > 0 && cell.charAt(n - 1) == '\r' ? cell.substring(0, n - 1) : cell.toString();
        }
    }
}
