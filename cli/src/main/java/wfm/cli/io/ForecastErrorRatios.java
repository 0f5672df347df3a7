package wfm.cli.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The day-total ratios actual/forecast of a forecast's backtest, per queue, from {@code forecast.errors.csv} (written
 * beside {@code forecast.csv}: {@code queue, lead_day, calls_ratio, aht_ratio, interval_cv}, optionally
 * {@code forecast_calls}). Only {@code queue} and {@code calls_ratio} are read here, with {@code forecast_calls}
 * when present; rows of every lead day are pooled.
 */
public final class ForecastErrorRatios {
    /** One queue's ratios and the mean forecast day total behind them (NaN when the file does not say). */
    public record Queue(double[] ratios, double meanForecastCalls) {
    }

    private ForecastErrorRatios() {
    }

    public static Map<String, Queue> read(Path file) {
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        Map<String, List<Double>> calls = new LinkedHashMap<>();
        CsvReader.forEach(file, List.of("queue", "calls_ratio"), row -> {
            double ratio = row.nonNegative("calls_ratio");
            if (!(ratio > 0)) {
                throw row.error("calls_ratio", "'" + row.text("calls_ratio") + "' must be above 0");
            }
            String queue = row.text("queue");
            ratios.computeIfAbsent(queue, q -> new ArrayList<>()).add(ratio);
            if (row.has("forecast_calls")) {
                calls.computeIfAbsent(queue, q -> new ArrayList<>()).add(row.nonNegative("forecast_calls"));
            }
        });
        Map<String, Queue> out = new LinkedHashMap<>();
        ratios.forEach((q, r) -> out.put(q, new Queue(r.stream().mapToDouble(Double::doubleValue).toArray(),
                calls.getOrDefault(q, List.of()).stream().mapToDouble(Double::doubleValue).average()
                        .orElse(Double.NaN))));
        return out;
    }
}
