package wfm.forecasting.intraday;

import java.time.LocalDate;

/**
 * One queue's day: calls expected and calls observed per open interval, in order.
 *
 * @param date     the day
 * @param expected calls expected per interval (a forecast or a stand-in for one), not negative
 * @param actual   calls observed per interval, NaN where not observed
 */
public record DayCounts(LocalDate date, double[] expected, double[] actual) {
    public DayCounts {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException(date + ": " + expected.length + " expected intervals but "
                    + actual.length + " observed");
        }
        expected = expected.clone();
        actual = actual.clone();
    }

    @Override
    public double[] expected() {
        return expected.clone();
    }

    @Override
    public double[] actual() {
        return actual.clone();
    }

    /** Observed / expected calls over the intervals observed (NaN when none was expected). */
    public double ratio() {
        double seen = 0;
        double wanted = 0;
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isNaN(actual[i])) {
                seen += actual[i];
                wanted += expected[i];
            }
        }
        return wanted > 0 ? seen / wanted : Double.NaN;
    }

    /** Calls expected over the whole day. */
    public double expectedTotal() {
        double sum = 0;
        for (double e : expected) {
            sum += e;
        }
        return sum;
    }
}
