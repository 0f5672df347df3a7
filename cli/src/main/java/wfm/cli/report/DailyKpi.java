package wfm.cli.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import wfm.cli.io.CsvReader;
import wfm.cli.io.CsvRow;

/**
 * The daily KPI report hotline managers send every morning, per queue and day, from the simulation's interval
 * results ({@code wfm simulate --out}): offered, answered, abandonment, service level, ASA, occupancy, callbacks.
 * Service level is weighted by offered calls, ASA by answered calls, occupancy (the whole centre's, queue
 * {@code *}) by interval.
 */
public record DailyKpi(LocalDate date, String queue, double offered, double answered, double abandoned,
                       double serviceLevel, double asaSeconds, double occupancy, double callbacks) {

    /** The queue name of the whole centre's row. */
    public static final String ALL_QUEUES = "all queues";

    public double abandonRate() {
        return offered > 0 ? abandoned / offered : Double.NaN;
    }

    public static List<DailyKpi> read(Path simulationCsv) {
        Map<String, Sums> sums = new TreeMap<>();
        CsvReader.forEach(simulationCsv, List.of("interval_start", "queue", "offered", "answered", "abandoned"),
                row -> sums.computeIfAbsent(row.dateTime("interval_start").toLocalDate() + "|" + row.text("queue"),
                        k -> new Sums()).add(row));
        List<DailyKpi> kpis = new ArrayList<>();
        sums.forEach((key, s) -> {
            String[] parts = key.split("\\|", 2);
            kpis.add(new DailyKpi(LocalDate.parse(parts[0]), parts[1].equals("*") ? ALL_QUEUES : parts[1], s.offered,
                    s.answered, s.abandoned, s.offered > 0 ? s.slWeighted / s.offered : Double.NaN,
                    s.answered > 0 ? s.asaWeighted / s.answered : Double.NaN,
                    s.occupancyIntervals > 0 ? s.occupancySum / s.occupancyIntervals : Double.NaN, s.callbacks));
        });
        return kpis;
    }

    private static final class Sums {
        double offered;
        double answered;
        double abandoned;
        double slWeighted;
        double asaWeighted;
        double occupancySum;
        int occupancyIntervals;
        double callbacks;

        void add(CsvRow row) {
            double o = row.number("offered");
            double a = row.number("answered");
            offered += o;
            answered += a;
            abandoned += row.number("abandoned");
            if (o > 0 && row.has("service_level")) {
                slWeighted += o * row.number("service_level");
            }
            if (a > 0 && row.has("asa_seconds")) {
                asaWeighted += a * row.number("asa_seconds");
            }
            if (row.has("occupancy")) {
                occupancySum += row.number("occupancy");
                occupancyIntervals++;
            }
            if (row.has("callbacks")) {
                callbacks += row.number("callbacks");
            }
        }
    }
}
