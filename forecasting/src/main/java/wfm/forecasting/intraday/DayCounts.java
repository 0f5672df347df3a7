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
        double[] sums = observed(expected, actual, 0, actual.length);
        return sums[1] > 0 ? sums[0] / sums[1] : Double.NaN;
    }

    /** {calls observed, calls expected} over the observed intervals {@code from..to-1} (NaN: not observed). */
    static double[] observed(double[] expected, double[] actual, int from, int to) {
        double seen = 0;
        double wanted = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(actual[i])) {
                seen += actual[i];
                wanted += expected[i];
            }
        }
        return new double[] {seen, wanted};
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
