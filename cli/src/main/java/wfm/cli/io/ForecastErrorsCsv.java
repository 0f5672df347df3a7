package wfm.cli.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wfm.forecasting.accuracy.ForecastErrors;

/**
 * {@code forecast.errors.csv}, written beside {@code forecast.csv} by {@code wfm forecast}: the chosen model's
 * rolling-origin backtest errors, one row per backtest day per queue, with columns {@code queue, lead_day,
 * calls_ratio, aht_ratio, interval_cv} (and {@code forecast_calls}, the fold-day's forecast total). See
 * {@link ForecastErrors} for the definitions.
 */
public final class ForecastErrorsCsv {
    public static final List<String> COLUMNS = List.of("queue", "lead_day", "calls_ratio", "aht_ratio", "interval_cv",
            "forecast_calls");
    private static final String SUFFIX = ".errors.csv";

    private ForecastErrorsCsv() {
    }

    /** The errors file beside a forecast: {@code forecast.csv} -> {@code forecast.errors.csv}. */
    public static Path besideForecast(Path forecast) {
        String name = forecast.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4)
                : name;
        return forecast.resolveSibling(stem + SUFFIX);
    }

    /** Writes every queue's errors atomically. */
    public static void write(Path file, List<ForecastErrors> queues) {
        AtomicFiles.writeText(file, out -> {
            CsvWriter csv = new CsvWriter(out).row(COLUMNS);
            for (ForecastErrors q : queues) {
                for (ForecastErrors.DayError d : q.days()) {
                    csv.row(q.queue(), Integer.toString(d.leadDay()), Numbers.format(d.callsRatio()),
                            Numbers.format(d.ahtRatio()), Numbers.format(q.intervalCv()),
                            Numbers.format(d.forecastCalls()));
                }
            }
        });
    }

    /**
     * Reads the errors, queue by queue in the order of the file. {@code aht_ratio} and {@code forecast_calls} may be
     * empty; {@code interval_cv} must be the same on every row of a queue.
     */
    public static Map<String, ForecastErrors> readErrors(Path file) {
        Map<String, List<ForecastErrors.DayError>> days = new LinkedHashMap<>();
        Map<String, Double> cvs = new LinkedHashMap<>();
        CsvReader.forEach(file, List.of("queue", "lead_day", "calls_ratio", "interval_cv"), row -> {
            String queue = row.text("queue");
            long lead = row.integer("lead_day");
            if (lead < 1 || lead > 10_000) {
                throw row.error("lead_day", "'" + lead + "' must be a day after the origin, 1 or more");
            }
            double aht = row.has("aht_ratio") ? positive(row, "aht_ratio") : Double.NaN;
            double calls = row.has("forecast_calls") ? positive(row, "forecast_calls") : Double.NaN;
            double cv = row.nonNegative("interval_cv");
            Double earlier = cvs.putIfAbsent(queue, cv);
            if (earlier != null && earlier != cv) {
                throw row.error("interval_cv", "'" + row.text("interval_cv") + "' differs from queue '" + queue
                        + "''s earlier rows (" + Numbers.format(earlier) + "): one value per queue");
            }
            days.computeIfAbsent(queue, q -> new ArrayList<>())
                    .add(new ForecastErrors.DayError((int) lead, row.nonNegative("calls_ratio"), aht, calls));
        });
        Map<String, ForecastErrors> out = new LinkedHashMap<>();
        days.forEach((q, list) -> out.put(q, new ForecastErrors(q, list, cvs.get(q))));
        return out;
    }

    private static double positive(CsvRow row, String column) {
        double v = row.number(column);
        if (!(v > 0)) {
            throw row.error(column, "'" + row.text(column) + "' must be above 0");
        }
        return v;
    }
}
