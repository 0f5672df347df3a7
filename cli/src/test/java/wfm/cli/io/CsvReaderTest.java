package wfm.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsQuotedCellsAndCountsPhysicalLines() throws IOException {
        Path file = dir.resolve("agents.csv");
        Files.writeString(file, "\uFEFFAgent_ID, name ,skills\r\nA1,\"Li, Wei\",\"enquiry;complaint\"\r\nA2,\"two\nlines\",\r\nA3,x,y\n");
        List<CsvRow> rows = CsvReader.readAll(file, List.of("agent_id"));
        assertEquals(3, rows.size());
        assertEquals("Li, Wei", rows.get(0).text("name"));
        assertEquals("two\nlines", rows.get(1).text("name"));
        assertEquals("-", rows.get(1).text("skills", "-"));
        assertEquals(5, rows.get(2).line());
    }

    @Test
    void badCellNamesFileLineAndColumn() throws IOException {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, "interval_start,offered\n2026-12-01T08:00,12\n2026-12-01T08:30,lots\n");
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> CsvReader.forEach(file, List.of("offered"), row -> row.integer("offered")));
        assertEquals(file + ":3: column 'offered': 'lots' is not a whole number", e.getMessage());
    }

    @Test
    void missingRequiredColumnIsReportedOnTheHeaderLine() throws IOException {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, "start,offered\n");
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> CsvReader.readAll(file, List.of("interval_start")));
        assertEquals(file + ":1: column 'interval_start': required column is missing (the header has: start, offered)",
                e.getMessage());
    }

    @Test
    void writerQuotesOnlyWhatNeedsIt() {
        assertEquals("plain", CsvWriter.quote("plain"));
        assertEquals("\"a,b\"", CsvWriter.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.quote("say \"hi\""));
    }
}
