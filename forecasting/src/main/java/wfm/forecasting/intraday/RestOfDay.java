package wfm.forecasting.intraday;

import java.util.List;

/**
 * The reforecast of a day from interval {@code from} (the first not yet observed) to its close.
 *
 * @param posterior       the day's level after the morning ({@code actual / forecast}, gamma)
 * @param from            index (in the day's intervals) of the first reforecast interval
 * @param intervals       one band per interval from {@code from} to the close
 * @param total           the rest-of-day total
 * @param callsSoFar      calls observed before {@code from}
 * @param forecastSoFar   calls the day-ahead forecast expected in the observed intervals
 */
public record RestOfDay(DayLevelPrior posterior, int from, List<Band> intervals, Band total, double callsSoFar,
                        double forecastSoFar) {
    public RestOfDay {
        intervals = List.copyOf(intervals);
    }

    /** The posterior mean level: calls per forecast call from here on. */
    public double level() {
        return posterior.mean();
    }

    /** Actual / forecast over the observed intervals (NaN when nothing was expected yet). */
    public double ratioSoFar() {
        return forecastSoFar > 0 ? callsSoFar / forecastSoFar : Double.NaN;
    }
}
