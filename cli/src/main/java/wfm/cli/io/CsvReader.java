package wfm.cli.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CsvRecord;

import wfm.cli.BadInputException;

/**
 * Reads the toolkit's CSV files (RFC 4180: a header row, quoted fields may hold commas, quotes and newlines;
 * UTF-8, a byte-order mark is skipped) with FastCSV, which measured fastest (benchmarks/README.md). Column names
 * are trimmed and lower-cased; rows may have more or fewer cells than the header; blank lines are skipped. Rows are
 * handed over one by one with the line they start on, so errors name file, line and column.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** The header of a file, lower-cased, in file order. */
    public static List<String> header(Path file) {
        return read(file, records -> headerCells(file, records).stream().map(CsvReader::columnName).toList());
    }

    /** Calls {@code action} for every data row; checks first that every required column is in the header. */
    public static void forEach(Path file, List<String> requiredColumns, Consumer<CsvRow> action) {
        read(file, records -> {
            List<String> head = headerCells(file, records);
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
            while (records.hasNext()) {
                CsvRecord r = records.next();
                if (r.getFieldCount() == 1 && r.getField(0).isBlank()) {
                    continue;
                }
                action.accept(new CsvRow(file, r.getStartingLineNumber(), frozen,
                        r.getFields().toArray(String[]::new)));
            }
            return null;
        });
    }

    /** All data rows, for files small enough to hold. */
    public static List<CsvRow> readAll(Path file, List<String> requiredColumns) {
        List<CsvRow> rows = new ArrayList<>();
        forEach(file, requiredColumns, rows::add);
        return rows;
    }

    private interface RecordsReader<T> {
        T read(Iterator<CsvRecord> records);
    }

    private static <T> T read(Path file, RecordsReader<T> reader) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(withoutBom(in))) {
            return reader.read(csv.iterator());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw notText(file, e);
        } catch (UncheckedIOException e) {
            throw notText(file, e.getCause());
        }
    }

    private static RuntimeException notText(Path file, IOException e) {
        return e instanceof MalformedInputException ? new BadInputException(file + ": not UTF-8 text")
                : new UncheckedIOException(e);
    }

    private static BufferedReader withoutBom(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static List<String> headerCells(Path file, Iterator<CsvRecord> records) {
        if (!records.hasNext()) {
            throw new CsvFormatException(file, 1, null, "the file is empty (a header row is expected)");
        }
        return records.next().getFields();
    }

    private static String columnName(String raw) {
        return raw.trim().toLowerCase(Locale.ROOT);
    }
}
