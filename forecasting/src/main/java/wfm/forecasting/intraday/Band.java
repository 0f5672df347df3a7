package wfm.forecasting.intraday;

/**
 * A predicted number of calls with its central 80% and 95% prediction intervals.
 *
 * @param mean calls expected
 * @param lo80 10% quantile
 * @param hi80 90% quantile
 * @param lo95 2.5% quantile
 * @param hi95 97.5% quantile
 */
public record Band(double mean, double lo80, double hi80, double lo95, double hi95) {
    public Band {
        if (!(lo95 <= lo80 && lo80 <= hi80 && hi80 <= hi95)) {
            throw new IllegalArgumentException("bounds must nest: lo95 " + lo95 + " <= lo80 " + lo80 + " <= hi80 "
                    + hi80 + " <= hi95 " + hi95);
        }
    }

    /** The band of {@code scale} times a negative binomial count (quantiles scale with it). */
    static Band of(NegativeBinomial counts, double scale) {
        return new Band(scale * counts.mean(), scale * counts.quantile(0.10), scale * counts.quantile(0.90),
                scale * counts.quantile(0.025), scale * counts.quantile(0.975));
    }
}
