package wfm.forecasting.erlang;

/**
 * The continued fraction of the upper incomplete gamma function, {@code Gamma(s, z) = e^{-z} z^s F(s, z)}
 * (Numerical Recipes, 3rd ed., section 6.2, modified Lentz), used where {@code z > s + 1} so it converges in few
 * terms; accurate to a few ulps.
 */
final class UpperGamma {
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 1_000_000;

    private UpperGamma() {
    }

    /** {@code log F(s, z)}; NaN when the fraction does not converge within a million terms. */
    static double logContinuedFraction(double s, double z) {
        double b = z + 1.0 - s;
        double c = 1.0 / TINY;
        double d = 1.0 / b;
        double h = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -i * (i - s);
            b += 2.0;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) {
                return Math.log(h);
            }
        }
        return Double.NaN;
    }
}
