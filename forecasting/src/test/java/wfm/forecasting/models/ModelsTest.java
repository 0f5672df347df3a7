package wfm.forecasting.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import wfm.forecasting.series.DayKind;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

class ModelsTest {

    @Test
    void seasonalNaiveRepeatsLastWeekExactly() {
        IntervalSeries s = Synthetic.series(21, 60, i -> i);
        double[] f = new SeasonalNaive().fit(Synthetic.input(s, HolidayCalendar.NONE)).forecast(200);
        int n = s.length();
        for (int h = 0; h < 200; h++) {
            assertEquals(n - 168 + h % 168, f[h], 1e-12, "step " + h);
        }
    }

    @Test
    void weekAverageIsTheMeanOfTheSameIntervalOverTheLastWeeks() {
        // week w has value w at every interval: the mean of the last 4 of 6 weeks is (2+3+4+5)/4
        IntervalSeries s = Synthetic.series(42, 60, i -> i / 168);
        double[] f = new WeekAverage(4).fit(Synthetic.input(s, HolidayCalendar.NONE)).forecast(10);
        for (double v : f) {
            assertEquals(3.5, v, 1e-12);
        }
    }

    @Test
    void holtWintersReproducesAPureDoubleSeasonalPattern() {
        IntervalSeries s = Synthetic.series(12 * 7, 60, Synthetic::weekly);
        DoubleSeasonalHoltWinters.Fitted fit = new DoubleSeasonalHoltWinters().fit(Synthetic.input(s, HolidayCalendar.NONE));
        double[] f = fit.forecast(168);
        for (int h = 0; h < 168; h++) {
            assertEquals(Synthetic.weekly(s.length() + h), f[h], 1e-6, "step " + h);
        }
    }

    @Test
    void holtWintersFollowsALevelShiftBetterThanTheWeeklyMean() {
        // the level doubles for the last two weeks: smoothing must move toward it, the 4-week mean lags
        IntervalSeries s = Synthetic.series(12 * 7, 60, i -> Synthetic.weekly(i) * (i >= 10 * 168 ? 2 : 1));
        ModelInput in = Synthetic.input(s, HolidayCalendar.NONE);
        DoubleSeasonalHoltWinters.Fitted fit = new DoubleSeasonalHoltWinters().fit(in);
        double[] hw = Forecasts.clean(fit.forecast(168), in, in.length());
        double[] avg = new WeekAverage(4).fit(in).forecast(168);
        double errHw = 0;
        double errAvg = 0;
        for (int h = 0; h < 168; h++) {
            double truth = 2 * Synthetic.weekly(s.length() + h);
            errHw += Math.abs(hw[h] - truth);
            errAvg += Math.abs(avg[h] - truth);
        }
        assertTrue(errHw < errAvg, "holt-winters " + errHw + " vs week-average " + errAvg);
    }

    @Test
    void calendarRegressionRecoversMonthEdgeAndHolidayEffects() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        LocalDate holiday = Synthetic.MONDAY.plusDays(400);
        for (int d = 0; d < 400; d += 37) {
            days.put(Synthetic.MONDAY.plusDays(d + 2), DayKind.HOLIDAY);
        }
        days.put(holiday, DayKind.HOLIDAY);
        HolidayCalendar cal = new HolidayCalendar(days);
        Random rnd = new Random(7);
        double[] noise = new double[400];
        for (int d = 0; d < noise.length; d++) {
            noise[d] = Math.exp(0.02 * rnd.nextGaussian());
        }
        IntervalSeries s = Synthetic.series(400, 60, i -> {
            LocalDate date = Synthetic.MONDAY.plusDays(i / 24);
            return Synthetic.weekly(i) * factor(date, cal) * noise[i / 24];
        });
        ModelInput in = Synthetic.input(s, cal);
        double[] f = new CalendarRegression().fit(in).forecast(40 * 24);
        for (int d = 0; d < 40; d++) {
            LocalDate date = Synthetic.MONDAY.plusDays(400 + d);
            double expected = 0;
            double got = 0;
            for (int k = 0; k < 24; k++) {
                int i = (400 + d) * 24 + k;
                expected += Synthetic.weekly(i) * factor(date, cal);
                got += f[d * 24 + k];
            }
            assertEquals(expected, got, 0.05 * expected, date + " daily total");
        }
    }

    /** 1.5x on the last two and first three days of a month; holidays at 30% of a Sunday (times the surge). */
    private static double factor(LocalDate date, HolidayCalendar cal) {
        boolean edge = date.getDayOfMonth() <= 3 || date.getDayOfMonth() > date.lengthOfMonth() - 2;
        double surge = edge ? 1.5 : 1.0;
        if (cal.isHoliday(date)) {
            int dow = date.getDayOfWeek().getValue() - 1;
            return surge * 0.3 * (dow >= 5 ? 1 : 0.5 / (1.0 + 0.1 * dow));
        }
        return surge;
    }

    @Test
    void combinationIsTheMeanOfItsMembers() {
        IntervalSeries s = Synthetic.series(42, 60, i -> i / 168);
        ModelInput in = Synthetic.input(s, HolidayCalendar.NONE);
        double[] f = new Combination(List.of(new SeasonalNaive(), new WeekAverage(4))).fit(in).forecast(5);
        assertEquals((5 + 3.5) / 2, f[0], 1e-12);
    }

    @Test
    void tooShortAHistoryIsRejectedWithItsLength() {
        IntervalSeries s = Synthetic.series(10, 60, i -> 1);
        ModelInput in = Synthetic.input(s, HolidayCalendar.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DoubleSeasonalHoltWinters().fit(in));
        assertTrue(e.getMessage().contains("10 days"), e.getMessage());
    }
}
