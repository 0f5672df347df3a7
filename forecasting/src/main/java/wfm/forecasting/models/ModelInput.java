package wfm.forecasting.models;

import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;
import wfm.forecasting.series.OpeningHours;
import wfm.forecasting.series.TimeGrid;

/**
 * What a model is fitted on: the offered calls of intervals {@code 0 .. length()-1} of a grid (closed intervals 0,
 * missing ones imputed and flagged), the opening hours and the holidays. The arrays are shared, not copied: models
 * read them and never write.
 */
public record ModelInput(TimeGrid grid, double[] values, boolean[] missing, OpeningHours hours,
                         HolidayCalendar holidays) {
    public ModelInput {
        if (values.length != missing.length) {
            throw new IllegalArgumentException("values (" + values.length + ") and missing (" + missing.length
                    + ") must have the same length");
        }
        if (values.length % grid.slotsPerDay() != 0) {
            throw new IllegalArgumentException("values must hold whole days of " + grid.slotsPerDay() + " intervals");
        }
    }

    /** The first {@code days} days of a series. */
    public static ModelInput of(IntervalSeries series, HolidayCalendar holidays, int days) {
        int n = days * series.grid().slotsPerDay();
        double[] filled = series.filledOffered();
        boolean[] missing = new boolean[n];
        for (int i = 0; i < n; i++) {
            missing[i] = series.isMissing(i);
        }
        return new ModelInput(series.grid(), java.util.Arrays.copyOf(filled, n), missing, series.hours(), holidays);
    }

    public int length() {
        return values.length;
    }

    public int days() {
        return values.length / grid.slotsPerDay();
    }
}
