package wfm.benchmarks.forecasting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import wfm.forecasting.accuracy.Backtest;
import wfm.forecasting.models.DoubleSeasonalHoltWinters;
import wfm.forecasting.models.FittedModel;
import wfm.forecasting.models.ModelCatalog;
import wfm.forecasting.models.ModelInput;
import wfm.forecasting.models.WeekAverage;
import wfm.forecasting.samples.SampleHotline;
import wfm.forecasting.samples.TrafficGenerator;
import wfm.forecasting.series.HistoryBuilder;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

/**
 * Forecasting speed targets: fitting double-seasonal Holt-Winters on 12 weeks of 30-minute data (goal: 200 ms),
 * and a full backtest (4 models + combination + auto, 8 weekly origins, 7-day horizon) of 50 queues x 1 year of
 * 30-minute history, queues in parallel (goal: 30 s on 2 cores). Week-average fitting is the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ForecastingBenchmark {
    private ModelInput twelveWeeks;
    private List<IntervalSeries> fiftyQueues;
    private HolidayCalendar holidays;

    @Setup(Level.Trial)
    public void setUp() {
        holidays = TrafficGenerator.chineseCalendar();
        twelveWeeks = ModelInput.of(history(SampleHotline.hotline10086(), LocalDate.of(2026, 9, 7), 84, 1).get(0),
                holidays, 84);
        fiftyQueues = new ArrayList<>();
        for (int seed = 1; fiftyQueues.size() < 50; seed++) {
            fiftyQueues.addAll(history(SampleHotline.hotline10086(), LocalDate.of(2025, 12, 1), 365, seed));
        }
        fiftyQueues = fiftyQueues.subList(0, 50);
    }

    private static List<IntervalSeries> history(SampleHotline h, LocalDate first, int days, long seed) {
        HistoryBuilder b = new HistoryBuilder();
        TrafficGenerator.generate(h, first, first.plusDays(days - 1L), 30, TrafficGenerator.chineseCalendar(), seed,
                r -> b.add(r.queue() + "-" + seed, r.intervalStart(), r.offered(), r.handled(), r.ahtSeconds()));
        return b.build(0);
    }

    @Benchmark
    public FittedModel holtWintersFit12Weeks() {
        return new DoubleSeasonalHoltWinters().fit(twelveWeeks);
    }

    @Benchmark
    public FittedModel baselineWeekAverageFit12Weeks() {
        return new WeekAverage(4).fit(twelveWeeks);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<String> backtest50QueuesOneYear() {
        return fiftyQueues.parallelStream()
                .map(s -> Backtest.run(s, holidays, ModelCatalog.baseModels(), 7, 8).best()).toList();
    }
}
