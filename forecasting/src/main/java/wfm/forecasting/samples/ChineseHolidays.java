package wfm.forecasting.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import wfm.forecasting.series.DayKind;

/**
 * Public holidays of mainland China with their make-up working days (调休), as announced by the General Office of
 * the State Council for 2024 (国办发明电〔2023〕7号), 2025 (国办发明电〔2024〕12号) and 2026 (announced November 2025).
 */
public final class ChineseHolidays {
    /** One date of the calendar. */
    public record Day(LocalDate date, String name, DayKind kind) {
    }

    private ChineseHolidays() {
    }

    /** Every holiday and make-up workday of 2024-2026, in date order. */
    public static List<Day> all() {
        List<Day> d = new ArrayList<>();
        // 2024
        holidays(d, "New Year's Day", "2024-01-01", 1);
        holidays(d, "Spring Festival", "2024-02-10", 8);
        workday(d, "Spring Festival", "2024-02-04");
        workday(d, "Spring Festival", "2024-02-18");
        holidays(d, "Qingming Festival", "2024-04-04", 3);
        workday(d, "Qingming Festival", "2024-04-07");
        holidays(d, "Labour Day", "2024-05-01", 5);
        workday(d, "Labour Day", "2024-04-28");
        workday(d, "Labour Day", "2024-05-11");
        holidays(d, "Dragon Boat Festival", "2024-06-10", 1);
        holidays(d, "Mid-Autumn Festival", "2024-09-15", 3);
        workday(d, "Mid-Autumn Festival", "2024-09-14");
        holidays(d, "National Day", "2024-10-01", 7);
        workday(d, "National Day", "2024-09-29");
        workday(d, "National Day", "2024-10-12");
        // 2025
        holidays(d, "New Year's Day", "2025-01-01", 1);
        holidays(d, "Spring Festival", "2025-01-28", 8);
        workday(d, "Spring Festival", "2025-01-26");
        workday(d, "Spring Festival", "2025-02-08");
        holidays(d, "Qingming Festival", "2025-04-04", 3);
        holidays(d, "Labour Day", "2025-05-01", 5);
        workday(d, "Labour Day", "2025-04-27");
        holidays(d, "Dragon Boat Festival", "2025-05-31", 3);
        holidays(d, "National Day and Mid-Autumn Festival", "2025-10-01", 8);
        workday(d, "National Day and Mid-Autumn Festival", "2025-09-28");
        workday(d, "National Day and Mid-Autumn Festival", "2025-10-11");
        // 2026
        holidays(d, "New Year's Day", "2026-01-01", 3);
        workday(d, "New Year's Day", "2026-01-04");
        holidays(d, "Spring Festival", "2026-02-15", 9);
        workday(d, "Spring Festival", "2026-02-14");
        workday(d, "Spring Festival", "2026-02-28");
        holidays(d, "Qingming Festival", "2026-04-04", 3);
        holidays(d, "Labour Day", "2026-05-01", 5);
        workday(d, "Labour Day", "2026-05-09");
        holidays(d, "Dragon Boat Festival", "2026-06-19", 3);
        holidays(d, "Mid-Autumn Festival", "2026-09-25", 3);
        holidays(d, "National Day", "2026-10-01", 7);
        workday(d, "National Day", "2026-09-20");
        workday(d, "National Day", "2026-10-10");
        d.sort(java.util.Comparator.comparing(Day::date));
        return List.copyOf(d);
    }

    private static void holidays(List<Day> out, String name, String first, int days) {
        LocalDate start = LocalDate.parse(first);
        for (int i = 0; i < days; i++) {
            out.add(new Day(start.plusDays(i), name, DayKind.HOLIDAY));
        }
    }

    private static void workday(List<Day> out, String name, String date) {
        out.add(new Day(LocalDate.parse(date), name + " (make-up workday)", DayKind.WORKDAY));
    }
}
