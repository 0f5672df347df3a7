package wfm.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.BadInputException;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

class HistoryCsvTest {
    private static final Path SMALL = Path.of("src/test/resources/forecasting/history-small.csv");

    @Test
    void readsQueuesInfersFifteenMinutesAndTellsClosedFromMissing() {
        List<IntervalSeries> all = HistoryCsv.read(SMALL, 0);
        assertEquals(List.of("enquiry", "complaint"), all.stream().map(IntervalSeries::queue).toList());
        IntervalSeries enquiry = all.get(0);
        assertEquals(15, enquiry.grid().intervalMinutes());
        assertEquals(LocalDate.of(2026, 11, 2), enquiry.grid().firstDay());
        int eight = 8 * 4;
        assertEquals(12, enquiry.offered(eight));
        assertEquals(170, enquiry.ahtSeconds(eight));
        assertFalse(enquiry.isOpen(0), "midnight never occurs: closed");
        assertTrue(enquiry.isOpen(eight));
        assertFalse(enquiry.isOpen(96 + eight + 1), "08:15 on Tuesdays never occurs for enquiry");
        IntervalSeries complaint = all.get(1);
        assertEquals(0, complaint.offered(96 + eight + 1));
        assertTrue(Double.isNaN(complaint.ahtSeconds(96 + eight + 1)), "no handled calls: handle time unknown");
    }

    @Test
    void aggregatesToHalfHours() {
        IntervalSeries enquiry = HistoryCsv.read(SMALL, 30).get(0);
        assertEquals(27, enquiry.offered(16), 1e-12);
        assertEquals((11 * 170 + 15 * 180) / 26.0, enquiry.ahtSeconds(16), 1e-9);
    }

    @Test
    void readsHolidaysAndMakeUpWorkdays() {
        HolidayCalendar cal = HolidaysCsv.read(Path.of("src/test/resources/forecasting/holidays-small.csv"));
        assertEquals(HolidayCalendar.HOLIDAY_TYPE, cal.dayType(LocalDate.of(2026, 10, 1)));
        assertEquals(HolidayCalendar.MAKEUP_WORKDAY_TYPE, cal.dayType(LocalDate.of(2026, 10, 10)));
        assertEquals(0, cal.dayType(LocalDate.of(2026, 10, 12)));
    }

    @Test
    void badCellsNameFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("h.csv");
        Files.writeString(f, "interval_start,offered\n2026-11-02T08:00,3\n2026-11-02T08:30,-1\n");
        BadInputException e = assertThrows(BadInputException.class, () -> HistoryCsv.read(f, 0));
        assertEquals(f + ":3: column 'offered': '-1' must not be negative", e.getMessage());
        Files.writeString(f, "interval_start,offered\n2026-11-02T08:00,3\n2026-11-02T08:00,4\n");
        e = assertThrows(BadInputException.class, () -> HistoryCsv.read(f, 0));
        assertTrue(e.getMessage().startsWith(f + ":3: column 'interval_start': queue 'default' already has a row"),
                e.getMessage());
        Files.writeString(f, "date,kind\n2026-10-01,vacation\n");
        e = assertThrows(BadInputException.class, () -> HolidaysCsv.read(f));
        assertEquals(f + ":2: column 'kind': 'vacation' is not a kind (expected holiday or workday)", e.getMessage());
    }
}
