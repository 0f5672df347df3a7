package wfm.forecasting.intraday;

/**
 * The baseline reforecast of commercial WFM suites (Genesys's rule): scale the rest of the day's forecast by
 * actual / forecast over the intervals so far, {@code y_j = f_j S_y / S_f} for {@code j >= now}. With nothing
 * expected so far ({@code S_f = 0}) the forecast is kept. No prior, no bounds: it trusts the morning fully, which
 * costs accuracy when the morning holds few calls (see {@link DayLevelUpdate}).
 */
public final class RatioToDate {
    private RatioToDate() {
    }

    /**
     * The rest of the day, intervals {@code now..forecast.length-1}.
     *
     * @param forecast calls forecast per interval of the day
     * @param actual   calls observed (indices below {@code now}; NaN: not observed)
     * @param now      first interval not yet observed
     */
    public static double[] reforecast(double[] forecast, double[] actual, int now) {
        DayLevelUpdate.checkDay(forecast, actual, now);
        double[] sums = DayCounts.observed(forecast, actual, 0, now);
        double ratio = sums[1] > 0 ? sums[0] / sums[1] : 1;
        double[] rest = new double[forecast.length - now];
        for (int j = now; j < forecast.length; j++) {
            rest[j - now] = forecast[j] * ratio;
        }
        return rest;
    }
}
