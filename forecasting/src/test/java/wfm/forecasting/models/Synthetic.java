package wfm.forecasting.models;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;
import wfm.forecasting.series.OpeningHours;
import wfm.forecasting.series.TimeGrid;

/** Synthetic series with known structure, for model tests. */
final class Synthetic {
    /** Monday 2024-01-01. */
    static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    private Synthetic() {
    }

    static IntervalSeries series(int days, int intervalMinutes, IntToDoubleFunction value) {
        TimeGrid grid = new TimeGrid(MONDAY, intervalMinutes);
        int n = days * grid.slotsPerDay();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = value.applyAsDouble(i);
        }
        double[] nan = new double[n];
        Arrays.fill(nan, Double.NaN);
        return new IntervalSeries("q", grid, v, nan, nan, OpeningHours.always(grid.slotsPerDay()));
    }

    static ModelInput input(IntervalSeries s, HolidayCalendar h) {
        return ModelInput.of(s, h, s.days());
    }

    /** A day shape (peak mid-day) times a week shape (weekend lower), hourly slots. */
    static double weekly(int i) {
        int slot = i % 24;
        int dow = (i / 24) % 7;
        double day = slot < 7 || slot > 20 ? 2 : 20 + 30 * Math.sin(Math.PI * (slot - 7) / 14.0);
        double week = dow >= 5 ? 0.5 : 1.0 + 0.1 * dow;
        return day * week;
    }
}
