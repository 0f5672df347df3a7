package wfm.forecasting.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import wfm.forecasting.models.SeasonalNaive;
import wfm.forecasting.models.WeekAverage;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;
import wfm.forecasting.series.OpeningHours;
import wfm.forecasting.series.TimeGrid;

class BacktestTest {

    private static IntervalSeries series(int days, java.util.function.IntToDoubleFunction f) {
        TimeGrid grid = new TimeGrid(LocalDate.of(2024, 1, 1), 60);
        int n = days * 24;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = f.applyAsDouble(i);
        }
        double[] nan = new double[n];
        Arrays.fill(nan, Double.NaN);
        return new IntervalSeries("q", grid, v, nan, nan, OpeningHours.always(24));
    }

    @Test
    void aWeeklyPeriodicSeriesIsForecastExactlyByTheBaselines() {
        IntervalSeries s = series(70, i -> 10 + (i % 168) % 13);
        Backtest b = Backtest.run(s, HolidayCalendar.NONE, List.of(new SeasonalNaive(), new WeekAverage(4)), 7, 4);
        Evaluation e = new Evaluation();
        b.addTo(e);
        Map<String, Accuracy> acc = e.results().stream()
                .collect(Collectors.toMap(ModelAccuracy::model, ModelAccuracy::overall));
        assertEquals(0, acc.get("seasonal-naive").wape(), 1e-12);
        assertEquals(0, acc.get("week-average").bias(), 1e-12);
        assertEquals(4 * 7 * 24, acc.get("auto").intervals());
        assertEquals(7, e.results().get(0).byLeadDay().size());
    }

    @Test
    void metricsFollowTheirDefinitions() {
        AccuracyAccumulator a = new AccuracyAccumulator();
        a.add(10, 12, 2, new double[] {9, 11, 8, 13});
        a.add(0, 1, 2, new double[] {0, 2, 0, 3});
        a.add(20, 15, 2, new double[] {14, 16, 13, 21});
        Accuracy r = a.result();
        assertEquals((2 + 1 + 5) / 30.0, r.wape(), 1e-12);
        assertEquals((0.2 + 0.25) / 2, r.mape(), 1e-12, "MAPE skips the zero actual");
        assertEquals((2 + 1 + 5) / 3.0 / 2, r.mase(), 1e-12);
        assertEquals((2 + 1 - 5) / 30.0, r.bias(), 1e-12);
        assertEquals(2 / 3.0, r.coverage80(), 1e-12);
        assertEquals(1.0, r.coverage95(), 1e-12);
    }

    @Test
    void tooShortAHistoryNamesTheDaysNeeded() {
        IntervalSeries s = series(30, i -> 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Backtest.run(s, HolidayCalendar.NONE, List.of(new SeasonalNaive()), 7, 4));
        assertTrue(e.getMessage().contains("needs at least 49 days"), e.getMessage());
    }
    /**
     * Four folds' cross-fitted intervals rest on three folds: per lead day, three days' levels, too few to know a
     * day level's spread (they covered 64-72% of actuals in the 10086 plan). With lead days pooled until 20 days,
     * coverage is nominal on series made from a known model: a weekly profile of 5-60 calls an hour times a
     * lognormal day level (sd 0.1), Poisson counts; 12 queues pooled so that 336 evaluated days pin the coverage to
     * about +-0.02 (80%) and +-0.01 (95%).
     */
    @Test
    void fourFoldsWithLeadDaysPooledCoverAtTheirNominalRates() {
        Evaluation pooled = new Evaluation();
        for (int q = 0; q < 12; q++) {
            java.util.Random rnd = new java.util.Random(100 + q);
            org.apache.commons.math3.random.MersenneTwister mt = new org.apache.commons.math3.random.MersenneTwister(q);
            double[] level = new double[30 * 7];
            for (int d = 0; d < level.length; d++) {
                level[d] = Math.exp(0.1 * rnd.nextGaussian() - 0.005);
            }
            IntervalSeries s = series(level.length, i -> {
                double mean = (5 + 55 * Math.pow(Math.sin(Math.PI * (i % 24) / 24.0), 2)) * (1 + (i / 24 % 7) / 10.0);
                return new org.apache.commons.math3.distribution.PoissonDistribution(mt, mean * level[i / 24], 1e-12,
                        10_000).sample();
            });
            Backtest.run(s, HolidayCalendar.NONE, List.of(new WeekAverage(4)), 7, 4).addTo(pooled);
        }
        Accuracy a = pooled.results().get(0).overall();
        System.out.printf("4 folds, lead days pooled: in 80%% %.3f, in 95%% %.3f%n", a.coverage80(), a.coverage95());
        assertEquals(0.80, a.coverage80(), 0.04, "80% band");
        assertEquals(0.95, a.coverage95(), 0.025, "95% band");
    }
}
