package wfm.forecasting.intraday;

import org.apache.commons.math3.special.Beta;

/**
 * The negative binomial distribution with a real {@code size} {@code r > 0} and success probability {@code p}: the
 * number of calls {@code Y} when {@code Y | theta ~ Poisson(theta f)} and {@code theta ~ Gamma(r, rate b)}, with
 * {@code p = b / (b + f)}. {@code P(Y = k) = Gamma(k + r) / (Gamma(r) k!) p^r (1 - p)^k}, mean {@code r (1 - p) / p},
 * variance {@code r (1 - p) / p^2}.
 *
 * <p>The distribution function is {@code P(Y <= k) = I_p(r, k + 1)}, the regularized incomplete beta function
 * (Hipparchus/Commons Math {@link Beta#regularizedBeta}, continued fraction, relative accuracy about 1e-14).
 * Quantiles are the smallest integer {@code k} with {@code P(Y <= k) >= q}, found by bisection (exact, at most ~60
 * evaluations for any mean below 1e15). Source: Johnson, Kemp &amp; Kotz, <i>Univariate Discrete Distributions</i>,
 * 3rd ed., 2005, ch. 5.
 *
 * @param size the shape {@code r}, positive
 * @param p    success probability, in (0, 1]
 */
public record NegativeBinomial(double size, double p) {
    public NegativeBinomial {
        if (!(size > 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("size (" + size + ") must be positive and finite");
        }
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p (" + p + ") must be in (0, 1]");
        }
    }

    /** The gamma-Poisson mixture: counts with mean {@code theta x expected}, {@code theta ~ Gamma(shape, rate)}. */
    public static NegativeBinomial gammaPoisson(double shape, double rate, double expected) {
        if (!(expected >= 0)) {
            throw new IllegalArgumentException("expected (" + expected + ") must not be negative");
        }
        return new NegativeBinomial(shape, rate / (rate + expected));
    }

    public double mean() {
        return size * (1 - p) / p;
    }

    public double variance() {
        return size * (1 - p) / (p * p);
    }

    /** {@code P(Y <= k)}; 0 for {@code k < 0}. */
    public double cdf(long k) {
        if (k < 0) {
            return 0;
        }
        if (p == 1) {
            return 1;
        }
        return Beta.regularizedBeta(p, size, k + 1.0);
    }

    /** {@code P(Y = k)}, computed in log space. */
    public double pmf(long k) {
        if (k < 0) {
            return 0;
        }
        if (p == 1) {
            return k == 0 ? 1 : 0;
        }
        double log = org.apache.commons.math3.special.Gamma.logGamma(k + size)
                - org.apache.commons.math3.special.Gamma.logGamma(size)
                - org.apache.commons.math3.special.Gamma.logGamma(k + 1.0)
                + size * Math.log(p) + k * Math.log1p(-p);
        return Math.exp(log);
    }

    /** The smallest {@code k} with {@code P(Y <= k) >= q}, for {@code 0 < q < 1}. */
    public long quantile(double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("q (" + q + ") must be in (0, 1)");
        }
        if (cdf(0) >= q) {
            return 0;
        }
        long lo = 0;
        long hi = Math.max(1, (long) Math.ceil(mean() + 10 * Math.sqrt(variance())));
        while (cdf(hi) < q) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (cdf(mid) >= q) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }
}
