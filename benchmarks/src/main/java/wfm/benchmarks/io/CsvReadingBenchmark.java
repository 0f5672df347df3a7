package wfm.benchmarks.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import wfm.cli.io.CsvReader;
import wfm.cli.io.CsvRow;

/**
 * Reading {@code history.csv} (hotline-10086: 140,160 rows, 6 columns, 7.0 MB) into the typed values the toolkit
 * uses: the CLI's own RFC 4180 reader against FastCSV, Jackson's CSV dataformat, Commons CSV and Tablesaw, plus
 * a {@code readLine}/{@code split} floor that no real reader can beat (it knows no quotes). Every row-by-row reader
 * hands its cells to the same {@link CsvRow} accessors (so errors name file, line and column alike), so the
 * difference is the parser alone; Tablesaw parses the types itself into columns.
 *
 * <p>Each benchmark returns a checksum (offered calls + AHT + interval minutes + queue lengths), the same for all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvReadingBenchmark {
    static final List<String> REQUIRED = List.of("interval_start", "offered");

    @Param("data-samples/hotline-10086/history.csv")
    public String file;

    /** {@code typed}: every row's values parsed as HistoryCsv does; {@code cells}: the parser alone (cell lengths). */
    @Param({"typed", "cells"})
    public String values;

    Path path;

    @Setup
    public void setUp() {
        path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(file + ": not found; run from the repository root");
        }
    }

    /** The typed values of one history row, as {@code HistoryCsv} reads them. */
    static double typed(CsvRow row) {
        double aht = row.has("aht_seconds") ? row.nonNegative("aht_seconds") : 0;
        return row.integer("offered") + aht + row.dateTime("interval_start").getMinute()
                + row.text("queue", "default").length();
    }

    final class Sum implements Consumer<CsvRow> {
        final boolean typed = values.equals("typed");
        double total;

        @Override
        public void accept(CsvRow row) {
            total += typed ? typed(row) : row.cells()[0].length() + row.cells()[2].length();
        }
    }

    static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(names.get(i).trim().toLowerCase(java.util.Locale.ROOT), i);
        }
        return header;
    }

    @Benchmark
    public double ours() {
        Sum sum = new Sum();
        CsvReader.forEach(path, REQUIRED, sum);
        return sum.total;
    }

    @Benchmark
    public double fastCsv() throws IOException {
        Sum sum = new Sum();
        try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().detectBomHeader(true).ofCsvRecord(path)) {
            Map<String, Integer> header = null;
            for (de.siegmar.fastcsv.reader.CsvRecord r : csv) {
                if (header == null) {
                    header = header(r.getFields());
                    continue;
                }
                sum.accept(new CsvRow(path, r.getStartingLineNumber(), header, r.getFields().toArray(String[]::new)));
            }
        }
        return sum.total;
    }

    @Benchmark
    public double jacksonCsv() throws IOException {
        Sum sum = new Sum();
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(in)) {
            Map<String, Integer> header = header(List.of(it.next()));
            while (it.hasNext()) {
                long line = it.getCurrentLocation().getLineNr();
                sum.accept(new CsvRow(path, line, header, it.next()));
            }
        }
        return sum.total;
    }

    @Benchmark
    public double commonsCsv() throws IOException {
        Sum sum = new Sum();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            Map<String, Integer> header = null;
            for (CSVRecord r : parser) {
                if (header == null) {
                    header = header(r.toList());
                    continue;
                }
                sum.accept(new CsvRow(path, parser.getCurrentLineNumber(), header, r.values()));
            }
        }
        return sum.total;
    }

    @Benchmark
    public double tablesaw() {
        Table t = Table.read().usingOptions(CsvReadOptions.builder(path.toFile())
                .columnTypes(new ColumnType[] {ColumnType.LOCAL_DATE_TIME, ColumnType.STRING, ColumnType.LONG,
                        ColumnType.LONG, ColumnType.LONG, ColumnType.DOUBLE}));
        DateTimeColumn start = t.dateTimeColumn("interval_start");
        StringColumn queue = t.stringColumn("queue");
        LongColumn offered = t.longColumn("offered");
        DoubleColumn aht = t.doubleColumn("aht_seconds");
        double total = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            if (!values.equals("typed")) {
                total += 16 + Long.toString(offered.getLong(i)).length(); // the cells' lengths, as the others sum
                continue;
            }
            total += offered.getLong(i) + (aht.isMissing(i) ? 0 : aht.getDouble(i)) + start.get(i).getMinute()
                    + queue.get(i).length();
        }
        return total;
    }

    /** The floor: lines split at commas, no quotes, no BOM, no typed errors beyond the JDK's. */
    @Benchmark
    public double readLineSplit() throws IOException {
        Sum sum = new Sum();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Map<String, Integer> header = header(List.of(in.readLine().split(",", -1)));
            long line = 1;
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                sum.accept(new CsvRow(path, ++line, header, s.split(",", -1)));
            }
        }
        return sum.total;
    }

    /** Prints every reader's checksum (they must agree) and one timing each: a smoke test, not a measurement. */
    public static void main(String[] args) throws IOException {
        CsvReadingBenchmark b = new CsvReadingBenchmark();
        b.file = args.length > 0 ? args[0] : "data-samples/hotline-10086/history.csv";
        b.values = args.length > 1 ? args[1] : "typed";
        b.setUp();
        for (var reader : List.<Map.Entry<String, java.util.concurrent.Callable<Double>>>of(
                Map.entry("ours", b::ours), Map.entry("fastCsv", b::fastCsv), Map.entry("jacksonCsv", b::jacksonCsv),
                Map.entry("commonsCsv", b::commonsCsv), Map.entry("tablesaw", b::tablesaw),
                Map.entry("readLineSplit", b::readLineSplit))) {
            long t0 = System.nanoTime();
            double sum;
            try {
                sum = reader.getValue().call();
            } catch (Exception e) {
                throw new IllegalStateException(reader.getKey(), e);
            }
            System.out.printf(java.util.Locale.ROOT, "%-14s checksum %.1f  %d ms%n", reader.getKey(), sum,
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
