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
}
