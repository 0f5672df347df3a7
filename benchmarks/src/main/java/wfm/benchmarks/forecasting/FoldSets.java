package wfm.benchmarks.forecasting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import wfm.forecasting.accuracy.Backtest;
import wfm.forecasting.models.ModelCatalog;
import wfm.forecasting.models.SeasonalNaive;
import wfm.forecasting.models.WeekAverage;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

/**
 * Is {@code auto} at or below the best baseline on any rolling-origin fold set, not only the benchmark's own? For
 * each number of folds and each offset (days cut from the end of the history, which moves every origin), a one-week
 * backtest of wfm's models, and the pooled WAPE (sum |forecast - actual| / sum actual over all folds' open
 * intervals) of {@code auto} against the baselines: seasonal naive, week-average, R's stlf, tbats and dshw (read
 * from the per-origin forecasts {@code r_baselines.R} cached) and the means of stlf with seasonal naive and with
 * week-average. An R baseline missing an origin of a fold set is left out of that fold set.
 *
 * <p>usage: {@code FoldSets HISTORY.csv HOLIDAYS.csv|- R_CACHE_DIR|- FOLDS[,FOLDS..] OFFSET[,OFFSET..]} (history
 * columns interval_start,queue,offered as {@code to_history.py} writes them; 30-minute intervals)
 */
public final class FoldSets {
    private static final List<String> R_METHODS = List.of("stlf", "tbats", "dshw");
    private static final String STLF = "R stlf";

    private FoldSets() {
    }

    public static void main(String[] args) throws IOException {
        IntervalSeries full = RealSeries.history(Path.of(args[0]));
        HolidayCalendar holidays = args[1].equals("-") ? HolidayCalendar.NONE : RealSeries.holidays(Path.of(args[1]));
        Map<String, Map<LocalDate, Map<Integer, Double>>> r = new LinkedHashMap<>();
        if (!args[2].equals("-")) {
            for (String m : R_METHODS) {
                r.put("R " + m, rForecasts(Path.of(args[2], m), full));
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (String f : args[3].split(",")) {
            for (String o : args[4].split(",")) {
                ratios.add(foldSet(full, holidays, r, Integer.parseInt(f), Integer.parseInt(o)));
            }
        }
        System.out.printf(Locale.ROOT, "%s: auto / best baseline over %d fold sets: worst %.3f, mean %.3f%n",
                full.queue(), ratios.size(), ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    private static double foldSet(IntervalSeries full, HolidayCalendar holidays,
                                  Map<String, Map<LocalDate, Map<Integer, Double>>> r, int folds, int offset) {
        IntervalSeries series = full.head(full.days() - offset);
        Backtest b = Backtest.run(series, holidays, ModelCatalog.baseModels(), 7, folds);
        Map<String, double[]> errors = new LinkedHashMap<>();
        double actualSum = 0;
        for (int k = 0; k < b.folds(); k++) {
            double[] a = b.actual(k);
            int first = series.grid().index(b.origin(k));
            Map<String, double[]> f = new LinkedHashMap<>();
            for (String m : b.models()) {
                f.put(m, b.forecast(m, k));
            }
            for (Map.Entry<String, Map<LocalDate, Map<Integer, Double>>> e : r.entrySet()) {
                Map<Integer, Double> at = e.getValue().get(b.origin(k));
                if (at != null) {
                    double[] x = new double[a.length];
                    for (int h = 0; h < a.length; h++) {
                        x[h] = at.getOrDefault(first + h, 0.0);
                    }
                    f.put(e.getKey(), x);
                }
            }
            if (f.containsKey(STLF)) {
                f.put("stlf+" + SeasonalNaive.NAME, mean(f.get(STLF), f.get(SeasonalNaive.NAME)));
                f.put("stlf+" + WeekAverage.NAME, mean(f.get(STLF), f.get(WeekAverage.NAME)));
            }
            for (Map.Entry<String, double[]> e : f.entrySet()) {
                double[] sum = errors.computeIfAbsent(e.getKey(), x -> new double[2]);
                sum[1]++;
                for (int h = 0; h < a.length; h++) {
                    if (!Double.isNaN(a[h])) {
                        sum[0] += Math.abs(e.getValue()[h] - a[h]);
                    }
                }
            }
            for (double v : a) {
                actualSum += Double.isNaN(v) ? 0 : v;
            }
        }
        Map<String, Double> wape = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : errors.entrySet()) {
            if (e.getValue()[1] == b.folds()) {
                wape.put(e.getKey(), e.getValue()[0] / actualSum);
            }
        }
        List<String> baselines = wape.keySet().stream().filter(FoldSets::isBaseline).toList();
        String best = baselines.stream().min((x, y) -> Double.compare(wape.get(x), wape.get(y))).orElseThrow();
        double ratio = wape.get(ModelCatalog.AUTO) / wape.get(best);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%s folds=%d offset=%d (%s..%s): auto %.2f%%, best baseline %s %.2f%%, ratio %.3f |", full.queue(),
                folds, offset, b.origin(0), b.origin(b.folds() - 1).plusDays(6), 100 * wape.get(ModelCatalog.AUTO),
                best, 100 * wape.get(best), ratio));
        wape.forEach((m, w) -> line.append(String.format(Locale.ROOT, " %s %.2f%%", m, 100 * w)));
        line.append(" | auto / baseline:");
        baselines.forEach(m -> line.append(String.format(Locale.ROOT, " %s %.3f", m,
                wape.get(ModelCatalog.AUTO) / wape.get(m))));
        System.out.println(line);
        return ratio;
    }

    private static boolean isBaseline(String model) {
        return model.equals(SeasonalNaive.NAME) || model.equals(WeekAverage.NAME) || model.startsWith("R ")
                || model.startsWith("stlf+");
    }

    private static double[] mean(double[] a, double[] b) {
        double[] m = new double[a.length];
        for (int h = 0; h < a.length; h++) {
            m[h] = (a[h] + b[h]) / 2;
        }
        return m;
    }



    /** Per origin, grid index to forecast, from CACHE/METHOD/ORIGIN.csv (date,slot,forecast). */
    private static Map<LocalDate, Map<Integer, Double>> rForecasts(Path dir, IntervalSeries series) throws IOException {
        Map<LocalDate, Map<Integer, Double>> out = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                LocalDate origin = LocalDate.parse(f.getFileName().toString().replace(".csv", ""));
                Map<Integer, Double> at = new HashMap<>();
                List<String> lines = Files.readAllLines(f);
                for (String line : lines.subList(1, lines.size())) {
                    String[] c = line.split(",");
                    at.put(series.grid().index(LocalDate.parse(c[0])) + Integer.parseInt(c[1]), Double.parseDouble(c[2]));
                }
                out.put(origin, at);
            }
        }
        return out;
    }
}
