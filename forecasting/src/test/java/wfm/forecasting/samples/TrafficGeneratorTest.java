package wfm.forecasting.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import wfm.forecasting.series.DayKind;
import wfm.forecasting.series.HolidayCalendar;

class TrafficGeneratorTest {
    private static final HolidayCalendar CHINA = TrafficGenerator.chineseCalendar();

    @Test
    void theSameSeedGivesTheSameTraffic() {
        List<TrafficGenerator.Row> a = new ArrayList<>();
        List<TrafficGenerator.Row> b = new ArrayList<>();
        LocalDate d = LocalDate.of(2026, 1, 1);
        TrafficGenerator.generate(SampleHotline.hotline95504(), d, d.plusDays(6), 30, CHINA, 42, a::add);
        TrafficGenerator.generate(SampleHotline.hotline95504(), d, d.plusDays(6), 30, CHINA, 42, b::add);
        assertEquals(a, b);
        assertEquals(7 * 24 * 4, a.size(), "08:00-20:00 is 24 half hours, 4 queues");
        assertTrue(a.stream().allMatch(r -> r.handled() + r.abandoned() == r.offered()));
    }

    @Test
    void monthEdgeSurgeAndHolidaysShowInTheFactors() {
        SampleHotline h = SampleHotline.hotline10086();
        // Wednesday 2026-12-02 is the 2nd of the month: 1.30; Tuesday 2026-12-29 is the third-last day: 1.02
        assertEquals(1.30, TrafficGenerator.calendarFactor(h, CHINA, LocalDate.of(2026, 12, 2)), 1e-12);
        assertEquals(1.02, TrafficGenerator.calendarFactor(h, CHINA, LocalDate.of(2026, 12, 29)), 1e-12);
        // National Day 2026-10-01 (Thursday) is a holiday on the first of the month: 0.78 x 1.0 x 1.50
        assertEquals(0.78 * 1.5, TrafficGenerator.calendarFactor(h, CHINA, LocalDate.of(2026, 10, 1)), 1e-12);
        // Saturday 2026-10-10 is a make-up workday: like a Monday
        assertEquals(1.08, TrafficGenerator.calendarFactor(h, CHINA, LocalDate.of(2026, 10, 10)), 1e-12);
    }

    @Test
    void holidayCalendarMatchesTheStateCouncilAnnouncements() {
        // 2025: 1 + 8 + 3 + 5 + 3 + 8 = 28 holiday dates and 5 make-up workdays
        long holidays2025 = ChineseHolidays.all().stream()
                .filter(d -> d.date().getYear() == 2025 && d.kind() == DayKind.HOLIDAY).count();
        long workdays2025 = ChineseHolidays.all().stream()
                .filter(d -> d.date().getYear() == 2025 && d.kind() == DayKind.WORKDAY).count();
        assertEquals(28, holidays2025);
        assertEquals(5, workdays2025);
        assertTrue(CHINA.isMakeUpWorkday(LocalDate.of(2026, 2, 28)), "Saturday after the 2026 Spring Festival");
        assertTrue(CHINA.isHoliday(LocalDate.of(2026, 2, 23)));
    }
}
