package wfm.cli.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wfm.cli.BadInputException;
import wfm.forecasting.accuracy.ForecastErrors;
import wfm.simulation.model.DemandUncertainty;

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
    private static final double MAX_RATIO = 100;
    private static final double MAX_INTERVAL_CV = 5;

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
            double aht = row.has("aht_ratio") ? atMost(row, "aht_ratio", positive(row, "aht_ratio"), MAX_RATIO)
                    : Double.NaN;
            double calls = row.has("forecast_calls") ? positive(row, "forecast_calls") : Double.NaN;
            double cv = atMost(row, "interval_cv", row.nonNegative("interval_cv"), MAX_INTERVAL_CV);
            Double earlier = cvs.putIfAbsent(queue, cv);
            if (earlier != null && earlier != cv) {
                throw row.error("interval_cv", "'" + row.text("interval_cv") + "' differs from queue '" + queue
                        + "''s earlier rows (" + Numbers.format(earlier) + "): one value per queue");
            }
            days.computeIfAbsent(queue, q -> new ArrayList<>())
                    .add(new ForecastErrors.DayError((int) lead,
                            atMost(row, "calls_ratio", row.nonNegative("calls_ratio"), MAX_RATIO), aht, calls));
        });
        Map<String, ForecastErrors> out = new LinkedHashMap<>();
        days.forEach((q, list) -> out.put(q, new ForecastErrors(q, list, cvs.get(q))));
        return out;
    }

    /**
     * The errors as {@code wfm simulate} draws its futures: per queue of {@code queueOrder}, per lead day the day
     * levels of calls and AHT ({@link ForecastErrors#dayLevels}, {@link ForecastErrors#ahtLevels}: the pooled
     * backtest ratios net of the Poisson and sampling noise the simulation adds itself) and the intraday noise.
     * Entry {@code i} of every queue's array at a lead day is the same backtest day when the queues were backtested
     * together, as {@code wfm forecast} does, so one draw per day keeps the queues' errors together. A queue of
     * {@code queueOrder} without rows is exact (see {@link #forQueues}).
     */
    public static DemandUncertainty read(Path file, List<String> queueOrder) {
        Map<String, ForecastErrors> errors = forQueues(file, queueOrder);
        List<DemandUncertainty.QueueErrors> queues = new ArrayList<>();
        for (String queue : queueOrder) {
            ForecastErrors e = errors.get(queue);
            queues.add(e == null ? DemandUncertainty.QueueErrors.exactForecast() : queueErrors(e));
        }
        return new DemandUncertainty(queues);
    }

    /**
     * The errors of the given queues. A queue without rows (its history was too short to backtest) has none, and
     * is then taken at its forecast with Poisson noise; a file with none of the queues is for another forecast.
     */
    public static Map<String, ForecastErrors> forQueues(Path file, List<String> queues) {
        Map<String, ForecastErrors> errors = readErrors(file);
        if (queues.stream().noneMatch(errors::containsKey)) {
            throw new BadInputException(file + ": no rows for queue" + (queues.size() == 1 ? " '" : "s '")
                    + String.join("', '", queues) + "' (the file has " + (errors.isEmpty() ? "no rows"
                    : "queues '" + String.join("', '", errors.keySet()) + "'") + "): is it this forecast's?");
        }
        return errors;
    }

    private static DemandUncertainty.QueueErrors queueErrors(ForecastErrors e) {
        int leads = e.leadDays();
        double[][] calls = new double[leads][];
        double[][] aht = new double[e.hasAht() ? leads : 0][];
        for (int d = 0; d < leads; d++) {
            calls[d] = e.dayLevels(d + 1);
            if (e.hasAht()) {
                aht[d] = e.ahtLevels(d + 1);
            }
        }
        return new DemandUncertainty.QueueErrors(calls, aht, e.intervalCv());
    }

    private static double atMost(CsvRow row, String column, double value, double limit) {
        if (value > limit) {
            throw row.error(column, "'" + row.text(column) + "' is above " + Numbers.format(limit)
                    + ", the most a forecast error can plausibly be");
        }
        return value;
    }

    private static double positive(CsvRow row, String column) {
        double v = row.number(column);
        if (!(v > 0)) {
            throw row.error(column, "'" + row.text(column) + "' must be above 0");
        }
        return v;
    }
}
