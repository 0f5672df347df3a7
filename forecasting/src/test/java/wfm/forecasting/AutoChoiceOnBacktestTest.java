package wfm.forecasting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;
import wfm.forecasting.series.OpeningHours;
import wfm.forecasting.series.TimeGrid;

/** What {@code auto} forecasts with on constructed histories whose best model is known. */
class AutoChoiceOnBacktestTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    /** Hourly, always open, 20 weeks; mean 20 at each interval times {@code dayFactor(date)}, Poisson noise. */
    private static IntervalSeries series(java.util.function.ToDoubleFunction<LocalDate> dayFactor) {
        TimeGrid grid = new TimeGrid(MONDAY, 60);
        Random rnd = new Random(11);
        double[] v = new double[140 * 24];
        for (int i = 0; i < v.length; i++) {
            double mean = 20 * dayFactor.applyAsDouble(grid.date(i));
            v[i] = new org.apache.commons.math3.distribution.PoissonDistribution(
                    new org.apache.commons.math3.random.Well19937c(rnd.nextLong()), mean, 1e-12, 10_000).sample();
        }
        double[] nan = new double[v.length];
        Arrays.fill(nan, Double.NaN);
        return new IntervalSeries("q", grid, v, nan, nan, OpeningHours.always(24));
    }

    @Test
    void monthEndSurgesGoToTheCalendarRegression() {
        // calls treble on the last two and first three days of every month: only the regression knows the calendar
        IntervalSeries s = series(d -> d.getDayOfMonth() <= 3 || d.getDayOfMonth() > d.lengthOfMonth() - 2 ? 3 : 1);
        QueueForecast f = QueueForecaster.forecast(s, HolidayCalendar.NONE, "auto", null, 7, 8);
        assertEquals("calendar-regression", f.model());
    }

    @Test
    void aSteadyWeeklyPatternKeepsTheCombination() {
        // nothing any model knows better than the others: noise decides the folds, the combination stays
        IntervalSeries s = series(d -> d.getDayOfWeek().getValue() >= 6 ? 0.5 : 1);
        QueueForecast f = QueueForecaster.forecast(s, HolidayCalendar.NONE, "auto", null, 7, 8);
        assertEquals("combination(week-average+calendar-regression+scaled-average)", f.model());
    }
}
