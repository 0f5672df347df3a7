package wfm.forecasting.erlang;

/**
 * The continued fraction of the upper incomplete gamma function, {@code Gamma(s, z) = e^{-z} z^s F(s, z)}
 * (Numerical Recipes, 3rd ed., section 6.2, modified Lentz), used where {@code z > s + 1} so it converges in few
 * terms; accurate to a few ulps. {@link #logAndSlope} also carries the derivative in {@code s} through the same
 * recurrence (forward-mode differentiation of every Lentz step).
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

    /**
     * {@code {log F(s, z), d log F(s, z) / ds}} for {@code z > s + 1}, or null when a Lentz denominator comes near
     * zero or the fraction does not converge within a million terms (callers then fall back to their series).
     * Stops when both the value's and the slope's last factor change them by less than {@code 1e-16}.
     */
    static double[] logAndSlope(double s, double z) {
        double b = z + 1.0 - s;
        if (!(b > 0)) {
            return null;
        }
        // F = 1 / (b0 + a1 / (b1 + a2 / (b2 + ...))), b_i = z + 2i + 1 - s, a_i = -i (i - s): db/ds = -1, da_i/ds = i
        double d = 1.0 / b;
        double dSlope = d * d;
        double c = 1.0 / TINY;
        double inverseC = TINY;
        double cSlope = 0.0;
        double logH = Math.log(d);
        double slope = d;
        double h = 1.0;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -i * (i - s);
            b += 2.0;
            double denominator = an * d + b;
            double denominatorSlope = i * d + an * dSlope - 1.0;
            c = b + an * inverseC;
            if (Math.abs(denominator) < TINY || Math.abs(c) < TINY) {
                return null;
            }
            cSlope = -1.0 + (i - an * cSlope * inverseC) * inverseC;
            d = 1.0 / denominator;
            dSlope = -denominatorSlope * d * d;
            inverseC = 1.0 / c;
            double delta = d * c;
            double step = cSlope * inverseC - denominatorSlope * d;
            h *= delta;
            slope += step;
            if (Math.abs(delta - 1.0) < 1e-16 && Math.abs(step) <= 1e-16 * Math.abs(slope)) {
                return new double[] {logH + Math.log(h), slope};
            }
        }
        return null;
    }
}
