package wfm.benchmarks.forecasting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import wfm.forecasting.series.DayKind;
import wfm.forecasting.series.HistoryBuilder;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

/** The real-data evaluations' inputs: one 30-minute series ({@code interval_start,queue,offered}) and holidays. */
public final class RealSeries {
    private RealSeries() {
    }

    /** The file's one queue, on a 30-minute grid. */
    public static IntervalSeries history(Path file) throws IOException {
        HistoryBuilder b = new HistoryBuilder();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            b.add(c[1], LocalDateTime.parse(c[0]), Double.parseDouble(c[2]), Double.NaN, Double.NaN);
        }
        return b.build(30).get(0);
    }

    /** {@code date,name,kind} rows: kind {@code workday} is a make-up working day, anything else a holiday. */
    public static HolidayCalendar holidays(Path file) throws IOException {
        Map<LocalDate, DayKind> days = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            days.put(LocalDate.parse(c[0]), c[2].trim().equals("workday") ? DayKind.WORKDAY : DayKind.HOLIDAY);
        }
        return new HolidayCalendar(days);
    }
}
