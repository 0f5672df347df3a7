package wfm.forecasting.intraday;

import java.util.ArrayList;
import java.util.List;

/**
 * Rest-of-day reforecast by a Bayesian update of the day's level, keeping the forecast's intraday shape.
 *
 * <p>Model: the day's calls in interval {@code i} are {@code Y_i}, with {@code Y_i / phi | theta ~ Poisson(theta
 * f_i / phi)} independently, where {@code f_i} is the day-ahead forecast, {@code theta} the day's level and
 * {@code phi >= 1} the quasi-Poisson dispersion of interval counts around the forecast's shape (1: pure Poisson;
 * real counts are over-dispersed, {@link PastDays#dispersion()}). The prior is {@code theta ~ Gamma(a, b)}
 * ({@link DayLevelPrior}). Having seen intervals {@code 0..now-1} (unobserved ones, NaN, are left out of both sums):
 * <pre>
 *   posterior   theta | y ~ Gamma(a + S_y / phi, b + S_f / phi),   S_y = sum y_i,  S_f = sum f_i  (i &lt; now)
 *   predictive  Y_j / phi ~ NegBin(size a', p = b' / (b' + f_j / phi))                 for each j &gt;= now
 *   rest total  Y_rest / phi ~ NegBin(size a', p = b' / (b' + F_rest / phi)),  F_rest = sum f_j (j &gt;= now)
 * </pre>
 * so the mean of the rest is {@code F_rest (a + S_y/phi) / (b + S_f/phi)}: the prior mean level early in the day,
 * moving to the plain ratio {@code S_y / S_f} ({@link RatioToDate}) as the morning's calls outweigh the prior's
 * {@code a phi} pseudo-calls. With {@code phi = 1} this is the exact conjugate gamma-Poisson update; with
 * {@code phi > 1} it is the same update on counts measured in units of {@code phi} calls (a tempered likelihood),
 * which keeps the variance-to-mean ratio {@code phi} of the counts. Bounds are exact quantiles of the scaled
 * negative binomial ({@link NegativeBinomial}). The handle time is not updated.
 *
 * <p>Sources: the day level as the main unknown revealed by the morning: Weinberg, Brown &amp; Stroud, "Bayesian
 * forecasting of an inhomogeneous Poisson process with applications to call center data", JASA 102, 2007; Shen
 * &amp; Huang, "Interday forecasting and intraday updating of call center arrivals", M&amp;SOM 10(3), 2008; the
 * gamma-Poisson conjugacy: Gelman et al., <i>Bayesian Data Analysis</i>, 3rd ed., section 2.6.
 *
 * <p>Drift: the rest of a real day does not keep the morning's level exactly (the forecast's shape is off by hours,
 * not by single intervals), so the predictive level of the rest is {@code theta delta}, {@code delta} independent
 * of {@code theta} with mean 1 and coefficient of variation {@code kappa} ({@link PastDays#levelDrift()}). Its
 * gamma is matched by moments: {@code cv^2 = (1 + 1/a')(1 + kappa^2) - 1}, mean {@code a'/b'}; with
 * {@code kappa = 0} the exact conjugate predictive above.
 *
 * @param prior      the level before the day
 * @param dispersion quasi-Poisson dispersion {@code phi}, at least 1
 * @param drift      {@code kappa}, the coefficient of variation of the rest's level against the morning's, at least 0
 */
public record DayLevelUpdate(DayLevelPrior prior, double dispersion, double drift) {
    public DayLevelUpdate {
        if (!(drift >= 0) || Double.isInfinite(drift)) {
            throw new IllegalArgumentException("drift (" + drift + ") must be finite and not negative");
        }
        if (prior == null) {
            throw new IllegalArgumentException("prior must be given");
        }
        if (!(dispersion >= 1) || Double.isInfinite(dispersion)) {
            throw new IllegalArgumentException("dispersion (" + dispersion + ") must be at least 1");
        }
    }

    /**
     * The rest of the day after the intervals before {@code now}.
     *
     * @param forecast calls forecast per interval of the day, not negative
     * @param actual   calls observed per interval (only indices below {@code now} are read; NaN: not observed)
     * @param now      the first interval not yet observed, {@code 0..forecast.length}
     */
    public RestOfDay reforecast(double[] forecast, double[] actual, int now) {
        checkDay(forecast, actual, now);
        double[] sums = DayCounts.observed(forecast, actual, 0, now);
        double seen = sums[0];
        double expected = sums[1];
        DayLevelPrior posterior = new DayLevelPrior(prior.shape() + seen / dispersion,
                prior.rate() + expected / dispersion);
        double cv2 = (1 + 1 / posterior.shape()) * (1 + drift * drift) - 1;
        DayLevelPrior predictive = DayLevelPrior.of(posterior.mean(), Math.sqrt(cv2));
        List<Band> bands = new ArrayList<>(forecast.length - now);
        double rest = 0;
        for (int j = now; j < forecast.length; j++) {
            bands.add(band(predictive, forecast[j]));
            rest += forecast[j];
        }
        return new RestOfDay(posterior, now, bands, band(predictive, rest), seen, expected);
    }

    private Band band(DayLevelPrior level, double forecastCalls) {
        return Band.of(NegativeBinomial.gammaPoisson(level.shape(), level.rate(), forecastCalls / dispersion),
                dispersion);
    }

    static void checkDay(double[] forecast, double[] actual, int now) {
        if (now < 0 || now > forecast.length || actual.length < now) {
            throw new IllegalArgumentException("now (" + now + ") must lie within the day's " + forecast.length
                    + " intervals and the " + actual.length + " observed");
        }
        for (double f : forecast) {
            if (!(f >= 0) || Double.isInfinite(f)) {
                throw new IllegalArgumentException("forecast calls (" + f + ") must be finite and not negative");
            }
        }
        for (int i = 0; i < now; i++) {
            if (actual[i] < 0) {
                throw new IllegalArgumentException("observed calls (" + actual[i] + ") must not be negative");
            }
        }
    }
}
