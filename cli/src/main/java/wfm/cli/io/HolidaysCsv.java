package wfm.cli.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import wfm.forecasting.series.DayKind;
import wfm.forecasting.series.HolidayCalendar;

/** {@code holidays.csv}: {@code date, name, kind} with kind {@code holiday} or {@code workday} (a make-up working day). */
public final class HolidaysCsv {
    private HolidaysCsv() {
    }

    public static HolidayCalendar read(Path file) {
        Map<LocalDate, DayKind> days = new HashMap<>();
        CsvReader.forEach(file, List.of("date", "kind"), row -> {
            LocalDate date = row.date("date");
            String kind = row.text("kind").toLowerCase(Locale.ROOT);
            DayKind k = switch (kind) {
                case "holiday" -> DayKind.HOLIDAY;
                case "workday" -> DayKind.WORKDAY;
                default -> throw row.error("kind", "'" + row.text("kind") + "' is not a kind (expected holiday or workday)");
            };
            if (days.put(date, k) != null) {
                throw row.error("date", date + " is listed twice");
            }
        });
        return new HolidayCalendar(days);
    }
}
