package wfm.simulation.random;

/**
 * Random variates by inversion of one uniform each (monotone in the uniform, which keeps common random numbers
 * synchronised across scenarios). Means and scales are in seconds where they are durations.
 */
public final class Variates {
    private Variates() {
    }

    /** Exponential with the given mean (> 0); {@code +Infinity} mean gives {@code +Infinity}. */
    public static double exponential(Mrg32k3a g, double mean) {
        return -mean * Math.log(1.0 - g.nextDouble());
    }

    /**
     * Weibull with shape k and scale λ: F(x) = 1 - exp(-(x/λ)^k). Shape 1 is the exponential with mean λ.
     */
    public static double weibull(Mrg32k3a g, double shape, double scale) {
        return scale * Math.pow(-Math.log(1.0 - g.nextDouble()), 1.0 / shape);
    }

    /**
     * Lognormal with the given mean and coefficient of variation (standard deviation / mean); the normal quantile
     * comes from Acklam's rational approximation (relative error below 1.2e-9), refined by no step since the
     * simulation needs no more.
     */
    public static double lognormal(Mrg32k3a g, double mean, double cv) {
        double sigma2 = Math.log1p(cv * cv);
        double mu = Math.log(mean) - sigma2 / 2;
        return Math.exp(mu + Math.sqrt(sigma2) * normalQuantile(g.nextDouble()));
    }

    /**
     * Gamma with mean 1 and the given coefficient of variation, for a random daily level of traffic
     * (over-dispersion); Marsaglia-Tsang, which may draw several uniforms.
     */
    public static double gammaMeanOne(Mrg32k3a g, double cv) {
        if (cv <= 0) {
            return 1.0;
        }
        double shape = 1.0 / (cv * cv);
        double boost = 1.0;
        double a = shape;
        if (a < 1) {
            // Gamma(a) = Gamma(a + 1) * U^(1/a)
            boost = Math.pow(g.nextDouble(), 1.0 / a);
            a += 1;
        }
        double d = a - 1.0 / 3;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x = normalQuantile(g.nextDouble());
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = g.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return boost * d * v / shape; // scale 1/shape gives mean 1
            }
        }
    }

    /** The standard normal quantile (Acklam's algorithm), for 0 < p < 1. */
    public static double normalQuantile(double p) {
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
