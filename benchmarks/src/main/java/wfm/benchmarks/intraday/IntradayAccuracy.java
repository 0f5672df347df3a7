package wfm.benchmarks.intraday;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.special.Gamma;

import wfm.forecasting.QueueForecast;
import wfm.forecasting.QueueForecaster;
import wfm.forecasting.intraday.Band;
import wfm.forecasting.intraday.DayCounts;
import wfm.forecasting.intraday.IntradayWatch;
import wfm.forecasting.intraday.PastDays;
import wfm.forecasting.intraday.QueueWatch;
import wfm.forecasting.intraday.SurgeAlert;
import wfm.forecasting.models.ModelCatalog;
import wfm.benchmarks.forecasting.RealSeries;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

/**
 * Real-data check of the intraday update and the surge test (not CI; run by
 * {@code benchmarks/intraday/evaluate_real_data.sh}). For each of the last {@code weeks} weeks' open days of one
 * queue's history at 30 minutes: the day-ahead forecast with an origin the day before ({@code QueueForecaster} with
 * model {@code auto} and 4 folds: the library call behind {@code wfm forecast --model auto}), then, as
 * {@code wfm intraday} does, the rest of the day reforecast at 10:00, 12:00 and 15:00 and the surge test run over
 * the day, without and with surges injected (from a random busy interval to the close: each interval's count plus
 * a Poisson draw of {@code (ratio - 1)} times it, seeded).
 *
 * <p>usage: {@code IntradayAccuracy HISTORY.csv HOLIDAYS.csv|- [WEEKS] [SEED]}
 */
public final class IntradayAccuracy {
    private static final LocalTime[] UPDATES = {LocalTime.of(10, 0), LocalTime.of(12, 0), LocalTime.of(15, 0)};
    private static final double[] SURGES = {1.2, 1.3, 1.5};

    private IntradayAccuracy() {
    }

    public static void main(String[] args) throws IOException {
        IntervalSeries series = RealSeries.history(Path.of(args[0]));
        HolidayCalendar holidays = args.length > 1 && !args[1].equals("-") ? RealSeries.holidays(Path.of(args[1]))
                : HolidayCalendar.NONE;
        int weeks = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        LocalDate last = series.lastDay();
        LocalDate first = last.minusDays(7L * weeks - 1);
        System.out.printf(Locale.ROOT, "%s: %s..%s, 30-minute intervals, seed %d%n", series.queue(), first, last, seed);
        Variant[] variants = {new Variant("prior from the history's own days (no forecast.errors.csv)"),
                new Variant("prior from the forecast's own day errors on the earlier days (as forecast.errors.csv)")};
        int days = 0;
        Random random = new Random(seed);
        MersenneTwister poisson = new MersenneTwister(seed);
        IntradayWatch watch = IntradayWatch.DEFAULT;
        List<Double> errorRatios = new ArrayList<>();
        List<Double> errorDayCalls = new ArrayList<>();
        for (LocalDate d = first.minusDays(WARM_UP_DAYS); !d.isAfter(last); d = d.plusDays(1)) {
            Optional<Day> day = day(series, holidays, d);
            if (day.isEmpty()) {
                continue;
            }
            Day today = day.get();
            if (d.isBefore(first)) {
                errorRatios.add(today.ratio());
                errorDayCalls.add(today.forecastTotal());
                continue;
            }
            days++;
            PastDays past = PastDays.of(series, d);
            List<Double> recent = errorRatios.subList(Math.max(0, errorRatios.size() - 40), errorRatios.size());
            double[][] priors = {new double[0], recent.stream().mapToDouble(Double::doubleValue).toArray()};
            double dayCalls = errorDayCalls.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            List<Integer> starts = new ArrayList<>();
            List<double[]> surged = new ArrayList<>();
            for (double ratio : SURGES) {
                int start = today.surgeStart(random);
                double[] y = today.actual.clone();
                for (int k = start; k < y.length; k++) {
                    if (!Double.isNaN(y[k]) && y[k] > 0) {
                        y[k] += new PoissonDistribution(poisson, (ratio - 1) * y[k], 1e-12, 10_000).sample();
                    }
                }
                starts.add(start);
                surged.add(y);
            }
            for (int v = 0; v < variants.length; v++) {
                variants[v].add(watch, series.queue(), d, today, past, priors[v], dayCalls, starts, surged);
            }
            errorRatios.add(today.ratio());
            errorDayCalls.add(today.forecastTotal());
        }
        System.out.printf(Locale.ROOT, "%d days evaluated (the %d days before seed the forecast's error ratios)%n",
                days, WARM_UP_DAYS);
        for (int v = 0; v < variants.length; v++) {
            variants[v].print(series.queue(), v, days);
        }
    }

    private static final int WARM_UP_DAYS = 14;

    /** The figures of one way to set the day-level prior. */
    private static final class Variant {
        final String name;
        final Sums[] sums = {new Sums(), new Sums(), new Sums()};
        final Map<Double, List<Integer>> delays = new HashMap<>();
        final Map<Double, int[]> outcomes = new HashMap<>(); // {detected, missed, fired before the surge}
        final List<Double> thresholds = new ArrayList<>();
        final List<Double> dispersions = new ArrayList<>();
        final List<Double> priorCvs = new ArrayList<>();
        int falseAlarms;

        Variant(String name) {
            this.name = name;
        }

        void add(IntradayWatch watch, String queue, LocalDate d, Day today, PastDays past, double[] ratios,
                 double dayCalls, List<Integer> starts, List<double[]> surged) {
            for (int u = 0; u < UPDATES.length; u++) {
                int now = today.endedBy(UPDATES[u]);
                double[] soFar = today.actual.clone();
                java.util.Arrays.fill(soFar, now, soFar.length, Double.NaN);
                QueueWatch w = watch.watch(queue, new DayCounts(d, today.forecast, soFar), now, past, ratios,
                        dayCalls);
                sums[u].add(today, now, w);
            }
            QueueWatch whole = watch.watch(queue, new DayCounts(d, today.forecast, today.actual),
                    today.forecast.length, past, ratios, dayCalls);
            falseAlarms += whole.alert().isPresent() ? 1 : 0;
            thresholds.add(whole.surgeTest().threshold());
            dispersions.add(whole.dispersion());
            priorCvs.add(whole.prior().cv());
            for (int k = 0; k < SURGES.length; k++) {
                int start = starts.get(k);
                Optional<SurgeAlert> alert = watch.watch(queue, new DayCounts(d, today.forecast, surged.get(k)),
                        today.forecast.length, past, ratios, dayCalls).alert();
                int[] o = outcomes.computeIfAbsent(SURGES[k], r -> new int[3]);
                if (alert.isEmpty()) {
                    o[1]++;
                } else if (alert.get().interval() < start) {
                    o[2]++;
                } else {
                    o[0]++;
                    delays.computeIfAbsent(SURGES[k], r -> new ArrayList<>()).add(alert.get().interval() - start + 1);
                }
            }
        }

        void print(String queue, int v, int days) {
            System.out.printf(Locale.ROOT, "%n[%d] %s%n", v, name);
            System.out.printf(Locale.ROOT, "%d days; rest-of-day WAPE (Poisson floor), share of the day-ahead error above "
                    + "the floor removed, 80%% interval coverage per interval:%n", days);
            System.out.printf(Locale.ROOT, "%-6s %-18s %-18s %-18s %-8s %-8s %-10s%n", "update", "day-ahead",
                    "ratio-to-date", "bayes", "removed", "(ratio)", "cover 80%");
            for (int u = 0; u < UPDATES.length; u++) {
                Sums s = sums[u];
                double floor = s.floor / s.actual;
                double dayAhead = s.dayAhead / s.actual;
                double ratio = s.ratio / s.actual;
                double bayes = s.bayes / s.actual;
                System.out.printf(Locale.ROOT, "%-6s %6.2f%% (%5.2f%%)  %6.2f%% (%5.2f%%)  %6.2f%% (%5.2f%%)  %6.1f%%  %6.1f%%  %6.1f%%%n",
                        UPDATES[u], 100 * dayAhead, 100 * floor, 100 * ratio, 100 * floor, 100 * bayes, 100 * floor,
                        100 * (dayAhead - bayes) / (dayAhead - floor), 100 * (dayAhead - ratio) / (dayAhead - floor),
                        100.0 * s.covered80 / s.intervals);
                System.out.printf(Locale.ROOT, "RESULT %s variant=" + v + " update=%s wape_day_ahead=%.5f wape_ratio=%.5f wape_bayes=%.5f "
                                + "floor=%.5f coverage80=%.4f coverage80_total=%.4f%n", queue, UPDATES[u], dayAhead,
                        ratio, bayes, floor, (double) s.covered80 / s.intervals, (double) s.totalCovered80 / s.days);
            }
            System.out.printf(Locale.ROOT, "surge test (+30%% design, 1 false alarm per 20 days): false alarms on the "
                    + "ordinary days %d of %d (%.3f per day)%n", falseAlarms, days, (double) falseAlarms / days);
            System.out.printf(Locale.ROOT, "RESULT %s variant=" + v + " false_alarm_rate=%.4f%n", queue, (double) falseAlarms / days);
            System.out.printf(Locale.ROOT, "  medians over the days: threshold %.1f, dispersion %.2f, prior cv %.1f%%%n",
                    median(thresholds), median(dispersions), 100 * median(priorCvs));
            for (double ratio : SURGES) {
                List<Integer> list = delays.getOrDefault(ratio, new ArrayList<>());
                list.sort(null);
                int[] o = outcomes.get(ratio);
                double median = list.isEmpty() ? Double.NaN : list.size() % 2 == 1 ? list.get(list.size() / 2)
                        : (list.get(list.size() / 2 - 1) + list.get(list.size() / 2)) / 2.0;
                System.out.printf(Locale.ROOT, "  +%.0f%% step: detected %d, missed %d, fired before the step %d; median "
                                + "delay %.1f intervals (surge intervals seen, the firing one included)%n",
                        100 * (ratio - 1), o[0], o[1], o[2], median);
                System.out.printf(Locale.ROOT, "RESULT %s variant=" + v + " surge=%.1f median_delay=%.1f detected=%d missed=%d early=%d%n",
                        queue, ratio, median, o[0], o[1], o[2]);
            }
        }

        private static double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(null);
            return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
        }
    }

    /** Accumulated absolute errors over the rest of each day after one update time. */
    private static final class Sums {
        double actual;
        double dayAhead;
        double ratio;
        double bayes;
        double floor;
        int covered80;
        int intervals;
        int totalCovered80;
        int days;

        void add(Day day, int now, QueueWatch w) {
            double[] ratioToDate = w.ratioToDate();
            double restActual = 0;
            for (int k = now; k < day.forecast.length; k++) {
                double y = day.actual[k];
                if (Double.isNaN(y)) {
                    continue;
                }
                Band b = w.rest().intervals().get(k - now);
                actual += y;
                dayAhead += Math.abs(y - day.forecast[k]);
                ratio += Math.abs(y - ratioToDate[k - now]);
                bayes += Math.abs(y - b.mean());
                floor += poissonMeanAbsoluteDeviation(y);
                covered80 += y >= b.lo80() && y <= b.hi80() ? 1 : 0;
                intervals++;
                restActual += y;
            }
            Band total = w.rest().total();
            totalCovered80 += restActual >= total.lo80() && restActual <= total.hi80() ? 1 : 0;
            days++;
        }
    }

    /**
     * {@code E|Y - m|} for {@code Y ~ Poisson(m)}: {@code 2 e^-m m^(k+1) / k!}, {@code k = floor(m)} (the Poisson
     * floor of an interval whose mean is its actual count; Crow 1958), in log space.
     */
    static double poissonMeanAbsoluteDeviation(double m) {
        if (m <= 0) {
            return 0;
        }
        double k = Math.floor(m);
        return 2 * Math.exp(-m + (k + 1) * Math.log(m) - Gamma.logGamma(k + 1));
    }

    /** One held-out day: the forecast made the day before and the actual counts of its open intervals. */
    private record Day(List<LocalDateTime> starts, double[] forecast, double[] actual) {
        /** Actual / forecast calls over the day's observed intervals (a backtest day ratio). */
        double ratio() {
            return new DayCounts(starts.get(0).toLocalDate(), forecast, actual).ratio();
        }

        double forecastTotal() {
            return java.util.Arrays.stream(forecast).sum();
        }

        /**
         * A random interval to start a surge in: uniform over the intervals after the first whose forecast is at
         * least half the day's mean interval (not the night of a 24-hour line, where a step of a few calls is no
         * surge) with at least four intervals after it.
         */
        int surgeStart(Random random) {
            double mean = java.util.Arrays.stream(forecast).average().orElse(0);
            List<Integer> busy = new ArrayList<>();
            for (int k = 1; k < forecast.length - 4; k++) {
                if (forecast[k] >= mean / 2) {
                    busy.add(k);
                }
            }
            return busy.get(random.nextInt(busy.size()));
        }

        int endedBy(LocalTime time) {
            int n = 0;
            while (n < starts.size() && starts.get(n).toLocalTime().toSecondOfDay() / 60 + 30
                    <= time.toSecondOfDay() / 60) {
                n++;
            }
            return n;
        }
    }

    private static Optional<Day> day(IntervalSeries series, HolidayCalendar holidays, LocalDate d) {
        if (!series.hours().isOpenDay(d) || holidays.isHoliday(d)) {
            return Optional.empty();
        }
        int dayIndex = (int) (d.toEpochDay() - series.grid().firstDay().toEpochDay());
        int spd = series.grid().slotsPerDay();
        int end = dayIndex;
        while (end > 0 && java.util.stream.IntStream.range((end - 1) * spd, end * spd)
                .allMatch(i -> Double.isNaN(series.offered(i)))) {
            end--; // the history a planner has ends on the last day with rows (Friday for a Monday)
        }
        IntervalSeries before = series.head(end);
        QueueForecast f;
        try {
            f = QueueForecaster.forecast(before, holidays, ModelCatalog.AUTO, d, 1, 4);
        } catch (IllegalArgumentException e) {
            System.out.println("skipped " + d + ": no day-ahead forecast (" + e.getMessage() + ")");
            return Optional.empty();
        }
        List<LocalDateTime> starts = new ArrayList<>();
        List<Double> forecast = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        boolean observed = false;
        for (int h = 0; h < f.steps(); h++) {
            if (f.open()[h]) {
                int i = f.firstIndex() + h;
                starts.add(f.start(h));
                forecast.add(f.calls()[h]);
                actual.add(series.offered(i));
                observed |= !Double.isNaN(series.offered(i));
            }
        }
        if (!observed) {
            return Optional.empty();
        }
        return Optional.of(new Day(starts, forecast.stream().mapToDouble(Double::doubleValue).toArray(),
                actual.stream().mapToDouble(Double::doubleValue).toArray()));
    }


}
