package wfm.forecasting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;

import wfm.forecasting.samples.SampleHotline;
import wfm.forecasting.samples.TrafficGenerator;
import wfm.forecasting.series.HistoryBuilder;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;
import wfm.forecasting.series.OpeningHours;
import wfm.forecasting.series.TimeGrid;

class ShortHistoryTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    /** Hourly, always open; week w (from 0) has value {@code 10 + w} in every interval. */
    private static IntervalSeries steps(int days) {
        return series(days, i -> 10 + i / (24 * 7));
    }

    private static IntervalSeries series(int days, IntToDoubleFunction value) {
        TimeGrid grid = new TimeGrid(MONDAY, 60);
        double[] v = new double[days * 24];
        for (int i = 0; i < v.length; i++) {
            v[i] = value.applyAsDouble(i);
        }
        double[] nan = new double[v.length];
        Arrays.fill(nan, Double.NaN);
        return new IntervalSeries("q", grid, v, nan, nan, OpeningHours.always(24));
    }

    @Test
    void fourWeeksForecastTheMeanOfThemAndSayWhy() {
        QueueForecast f = QueueForecaster.forecast(steps(28), HolidayCalendar.NONE, "auto", null, 1, 4);
        assertEquals("week-average", f.model());
        assertEquals((10 + 11 + 12 + 13) / 4.0, f.calls()[5], 1e-12, "mean of the four weeks' same interval");
        assertTrue(f.note().contains("only 28 days of history") && f.note().contains("needs at least 29 days")
                && f.note().contains("week-average of the last 4 weeks"), f.note());
        assertTrue(f.note().contains("one-day-ahead errors on the last 21 days"), f.note());
    }

    @Test
    void nineDaysRepeatTheLastWeekWithIntervalsFromTheDayToDayRule() {
        QueueForecast f = QueueForecaster.forecast(steps(9), HolidayCalendar.NONE, "auto", null, 7, 4);
        // days 2..8: days 2-6 of week 0 (10), days 7-8 of week 1 (11); day 9 repeats day 2, day 14 day 7
        assertEquals(10, f.calls()[0], 1e-12);
        assertEquals(11, f.calls()[5 * 24], 1e-12);
        assertTrue(f.note().contains("day-to-day variation"), f.note());
        assertTrue(Double.isNaN(f.backtestWape()));
        // totals 240 x 5 and 264 x 2: kappa = their squared CV; bounds f +/- t(6) sqrt(2 (f + kappa f^2))
        double[] totals = {240, 240, 240, 240, 240, 264, 264};
        double mean = Arrays.stream(totals).average().orElseThrow();
        double var = Arrays.stream(totals).map(t -> (t - mean) * (t - mean)).sum() / 6;
        double kappa = var / (mean * mean);
        double t90 = new org.apache.commons.math3.distribution.TDistribution(6).inverseCumulativeProbability(0.9);
        assertEquals(10 + t90 * Math.sqrt(2 * (10 + kappa * 100)), f.hi80()[0], 1e-9);
    }

    @Test
    void lessThanAWeekIsRefusedNamingTheDaysNeeded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueueForecaster.forecast(steps(6), HolidayCalendar.NONE, "auto", null, 1, 4));
        assertTrue(e.getMessage().contains("6 days of history are too few")
                && e.getMessage().contains("at least 7 days"), e.getMessage());
    }

    @Test
    void autoAskedForExplicitlyInsistsOnTheBacktest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueueForecaster.forecast(steps(28), HolidayCalendar.NONE, "auto", null, 1, 4, true));
        assertTrue(e.getMessage().contains("needs at least 29 days") && e.getMessage().contains("insists"),
                e.getMessage());
        QueueForecast ok = QueueForecaster.forecast(steps(29), HolidayCalendar.NONE, "auto", null, 1, 2, true);
        assertNull(ok.note());
    }

    @Test
    void aModelNamedExplicitlyIsUsedAsAsked() {
        QueueForecast f = QueueForecaster.forecast(steps(28), HolidayCalendar.NONE, "seasonal-naive", null, 1, 4);
        assertEquals("seasonal-naive", f.model());
        assertEquals(13, f.calls()[0], 1e-12);
    }

    @Test
    void widensByStudentsTOverTheNormal() {
        double[] w = ShortHistory.widening(3);
        assertEquals(1.637744 / 1.281552, w[1], 1e-5, "t(3) 90% over z 90%");
        assertEquals(3.182446 / 1.959964, w[3], 1e-5, "t(3) 97.5% over z 97.5%");
    }

    /**
     * Coverage on simulated short histories: the 95504 sample's traffic (Poisson around a gamma day level, all
     * queues summed, 30-minute intervals), a stretch without holidays or month-end surge, cut to 7 days (the
     * day-to-day rule), 10 and 28 days (errors, 3 and 21 days of them) and forecast a week ahead, 30 seeds each. The intervals must cover at least their nominal share (they are
     * widened for short histories, so they may cover more) but not everything.
     */
    @Test
    void shortHistoryIntervalsCoverAtLeastTheirNominalShare() {
        SampleHotline hotline = SampleHotline.hotline95504();
        HolidayCalendar china = TrafficGenerator.chineseCalendar();
        LocalDate from = LocalDate.of(2026, 5, 11);
        for (int days : new int[] {7, 10, 28}) {
            int in80 = 0;
            int in95 = 0;
            int n = 0;
            for (long seed = 1; seed <= 30; seed++) {
                Map<LocalDateTime, Integer> calls = new TreeMap<>();
                TrafficGenerator.generate(hotline, from, from.plusDays(days + 6L), 30, china, seed,
                        r -> calls.merge(r.intervalStart(), r.offered(), Integer::sum));
                HistoryBuilder history = new HistoryBuilder();
                calls.forEach((t, c) -> {
                    if (t.toLocalDate().isBefore(from.plusDays(days))) {
                        history.add("all", t, c, Double.NaN, Double.NaN);
                    }
                });
                QueueForecast f = QueueForecaster.forecast(history.build(30).get(0), china, "auto", null, 7, 4);
                for (int h = 0; h < f.steps(); h++) {
                    Integer actual = calls.get(f.start(h));
                    if (f.open()[h] && actual != null) {
                        in80 += actual >= f.lo80()[h] && actual <= f.hi80()[h] ? 1 : 0;
                        in95 += actual >= f.lo95()[h] && actual <= f.hi95()[h] ? 1 : 0;
                        n++;
                    }
                }
            }
            double c80 = in80 / (double) n;
            double c95 = in95 / (double) n;
            assertTrue(c80 >= 0.78 && c80 <= 0.97, days + " days: 80% interval covers " + c80);
            assertTrue(c95 >= 0.93 && c95 <= 0.995, days + " days: 95% interval covers " + c95);
        }
    }
}
