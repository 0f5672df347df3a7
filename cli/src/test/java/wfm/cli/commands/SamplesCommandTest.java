package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;
import wfm.cli.io.HistoryCsv;
import wfm.cli.io.HolidaysCsv;
import wfm.forecasting.series.IntervalSeries;

class SamplesCommandTest {

    @Test
    void generatesReadableHistoryHolidaysAndReadmeReproducibly(@TempDir Path dir) throws Exception {
        String[] args = {"samples", "generate", "--sample", "hotline-95504", "--dir", dir.toString(), "--from",
                "2026-11-01", "--to", "2026-11-30", "--seed", "5"};
        Run run = Run.wfm(args);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path folder = dir.resolve("hotline-95504");
        List<IntervalSeries> series = HistoryCsv.read(folder.resolve("history.csv"), 0);
        assertEquals(List.of("enquiry", "card-info", "account-service", "complaints"),
                series.stream().map(IntervalSeries::queue).toList());
        assertEquals(30, series.get(0).grid().intervalMinutes());
        assertEquals(24 * 7, series.get(0).hours().openSlotsPerWeek(), "08:00-20:00 every day");
        assertTrue(HolidaysCsv.read(folder.resolve("holidays.csv")).isHoliday(java.time.LocalDate.of(2026, 10, 1)));
        assertTrue(Files.readString(folder.resolve("README.md")).contains("--seed 5"));
        String first = Files.readString(folder.resolve("history.csv"));
        Run.wfm(args);
        assertEquals(first, Files.readString(folder.resolve("history.csv")));
    }
}
