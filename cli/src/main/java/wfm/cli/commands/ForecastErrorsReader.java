package wfm.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import wfm.cli.BadInputException;
import wfm.cli.io.CsvReader;
import wfm.simulation.model.DemandUncertainty;

/**
 * Reads {@code forecast.errors.csv} ({@code queue, lead_day, calls_ratio, aht_ratio, interval_cv}: one row per
 * backtest origin, lead day and queue, origins in the same order for every lead day) into the simulator's
 * {@link DemandUncertainty}, queue by queue in the replay's order. A queue the file does not list is replayed exact.
 */
final class ForecastErrorsReader {
    private ForecastErrorsReader() {
    }

    static DemandUncertainty read(Path file, List<String> queues) {
        Map<String, TreeMap<Integer, List<double[]>>> byQueue = new LinkedHashMap<>();
        Map<String, Double> cv = new LinkedHashMap<>();
        CsvReader.forEach(file, List.of("queue", "lead_day", "calls_ratio", "interval_cv"), row -> {
            long lead = row.integer("lead_day");
            if (lead < 1) {
                throw row.error("lead_day", "'" + lead + "' must be 1 or more");
            }
            double aht = row.has("aht_ratio") ? row.nonNegative("aht_ratio") : 1.0;
            byQueue.computeIfAbsent(row.text("queue"), q -> new TreeMap<>())
                    .computeIfAbsent((int) lead, l -> new ArrayList<>())
                    .add(new double[] {row.nonNegative("calls_ratio"), aht});
            cv.put(row.text("queue"), row.nonNegative("interval_cv"));
        });
        List<DemandUncertainty.QueueErrors> errors = new ArrayList<>();
        for (String q : queues) {
            TreeMap<Integer, List<double[]>> leads = byQueue.get(q);
            if (leads == null) {
                errors.add(DemandUncertainty.QueueErrors.exactForecast());
                continue;
            }
            int last = leads.lastKey();
            double[][] calls = new double[last][];
            double[][] aht = new double[last][];
            for (int lead = 1; lead <= last; lead++) {
                Map.Entry<Integer, List<double[]>> nearest = leads.floorEntry(lead);
                List<double[]> days = (nearest != null ? nearest : leads.firstEntry()).getValue();
                calls[lead - 1] = days.stream().mapToDouble(d -> d[0]).toArray();
                aht[lead - 1] = days.stream().mapToDouble(d -> d[1]).toArray();
            }
            try {
                errors.add(new DemandUncertainty.QueueErrors(calls, aht, cv.get(q)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file + ": queue " + q + ": " + e.getMessage());
            }
        }
        return new DemandUncertainty(errors);
    }
}
