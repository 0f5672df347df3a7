package wfm.forecasting.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

class ScaledAverageTest {

    @Test
    void aPeriodicSeriesIsForecastExactly() {
        IntervalSeries s = Synthetic.series(12 * 7, 60, Synthetic::weekly);
        double[] f = new ScaledAverage().fit(Synthetic.input(s, HolidayCalendar.NONE)).forecast(2 * 168);
        for (int h = 0; h < f.length; h++) {
            assertEquals(Synthetic.weekly(s.length() + h), f[h], 1e-9, "step " + h);
        }
    }

    /**
     * Two weeks of shape 1 then the last week at 2 (shape over 3 weeks: 4/3); the level from the last 14 days with a
     * half-life of 7 days: days 1..7 back are 2 and weigh r^0..r^6, days 8..14 back are 1 and weigh r^7..r^13
     * (r = 0.5^(1/7)), so level = (2 S1 + S2) / (4/3 (S1 + S2)) with S1 = sum r^0..6, S2 = sum r^7..13.
     */
    @Test
    void theShapeIsScaledToTheRecentLevelByExponentialWeights() {
        IntervalSeries s = Synthetic.series(21, 60, i -> i >= 14 * 24 ? 2 : 1);
        double[] f = new ScaledAverage(3, 14, 7).fit(Synthetic.input(s, HolidayCalendar.NONE)).forecast(5);
        double r = Math.pow(0.5, 1 / 7.0);
        double s1 = 0;
        double s2 = 0;
        for (int d = 0; d < 7; d++) {
            s1 += Math.pow(r, d);
            s2 += Math.pow(r, d + 7);
        }
        double level = (2 * s1 + s2) / (4.0 / 3 * (s1 + s2));
        for (double v : f) {
            assertEquals(level * 4.0 / 3, v, 1e-12);
        }
    }

    @Test
    void needsAWeek() {
        IntervalSeries s = Synthetic.series(6, 60, i -> 1);
        assertThrows(IllegalArgumentException.class, () -> new ScaledAverage().fit(Synthetic.input(s, HolidayCalendar.NONE)));
    }
}
