package wfm.forecasting.erlang;

/**
 * The positive series behind Erlang A, summed in one pass with power-of-two rescaling (so nothing overflows and no
 * digit cancels). For {@code x > 0} (agents times patience over AHT) and {@code z > 0} (load times patience over
 * AHT, or that times {@code exp(-T / patience)}), with {@code c_k = z^k / ((x+1)(x+2)...(x+k+1))}:
 * <ul>
 *   <li>{@code served = sum c_k} — equals {@code e^z z^{-(x+1)} gamma(x+1, z)} (lower incomplete gamma);</li>
 *   <li>{@code waiting = sum (x+k+1) c_k = 1 + sum_{k>=1} z^k / ((x+1)...(x+k))} — the function
 *       {@code A(x, z) = x e^z z^{-x} gamma(x, z)} of Garnett, Mandelbaum &amp; Reiman (2002), the mass of the
 *       waiting states of M/M/n+M relative to the state "all agents busy, nobody waiting";</li>
 *   <li>{@code queueLength = sum k (x+k+1) c_k} — the mean queue length on the same scale;</li>
 *   <li>{@code servedWait = sum c_k H_k} with {@code H_k = sum_{i=1..k+1} 1 / (x+i)} — equals
 *       {@code -d/dx} of {@code served} and gives the total waiting time of served callers.</li>
 * </ul>
 * Every sum is {@code scaled * 2^(600 exponent)}. Terms are summed past their peak until the geometric bound of
 * the remaining tail is below {@code 1e-17} of each sum, so the relative error is a few ulps per term (about
 * {@code 1e-13} for a million terms).
 *
 * <p>Cost, which decides the Erlang A staffing time: one loop over about {@code 9 sqrt(z)} terms plus
 * {@code max(0, z - x)}, with three accumulators (queue length and waiting mass follow from one moment sum, see
 * {@link #sum}), one division per two terms, and a tail test every eighth term; {@link #servedOnly} keeps one
 * accumulator for the late share of the service level and takes four terms per division.
 *
 * <p>Load well above the agents ({@code z >= x + 1 + 5 sqrt(z)}, {@code x >= 30}, {@code z <= 6e6}): the
 * {@code z - x} rising terms before the peak made this the dominant cost (about 1,100 terms at 5,000 Erlangs), so
 * there the sums come in closed form instead (see {@link #aboveAgents}): {@code served = G - F} with
 * {@code G = Gamma(x+1) e^z z^{-(x+1)}} from Stirling's series and {@code F = e^z z^{-(x+1)} Gamma(x+1, z)} from
 * the upper incomplete gamma continued fraction ({@link UpperGamma}), which converges in about 20 steps there;
 * {@code F / G} is the gamma distribution's upper tail beyond 5 standard deviations, below {@code 3e-7}, so the
 * difference does not cancel.
 */
final class PatienceSeries {
    static final int SCALE_BITS = 600;
    /** {@code 600 ln 2} in two parts: the first (fdlibm's 32-bit {@code ln 2} times 600) times any exponent below
     *  {@code 2^14} is exact, so closed-form values are rescaled without rounding the exponent's logarithm. */
    private static final double LN_SCALE_HIGH = SCALE_BITS * 6.93147180369123816490e-01;
    private static final double LN_SCALE_LOW = SCALE_BITS * 1.90821492927058770002e-10;
    private static final double HALF_LN_2PI = 0.91893853320467274178;
    /** Closed form where the load exceeds the agents by this many standard deviations (see the class comment). */
    private static final double CLOSED_FORM_SIGMAS = 5.0;
    /** ... and for at least this many agents (times patience over AHT), where Stirling's series below is exact. */
    private static final double CLOSED_FORM_MIN_X = 30.0;
    /** ... and up to this {@code z}: {@code log G < z} keeps the exponent below {@code 2^14}, where the rescaling by
     *  {@link #LN_SCALE_HIGH} is exact (50,000 Erlangs with a patience of 100 AHTs is {@code z = 5e6}). */
    private static final double CLOSED_FORM_MAX_Z = 6e6;
    private static final double BIG = Math.scalb(1.0, SCALE_BITS);
    private static final double SMALL = Math.scalb(1.0, -SCALE_BITS);
    private static final double TAIL = 1e-17;

    final double served;
    final double waiting;
    final double queueLength;
    final double servedWait;
    final int exponent;

    private PatienceSeries(double served, double waiting, double queueLength, double servedWait, int exponent) {
        this.served = served;
        this.waiting = waiting;
        this.queueLength = queueLength;
        this.servedWait = servedWait;
        this.exponent = exponent;
    }

    /**
     * All four sums. Since {@code (x+k+1) c_k = z c_{k-1}}, with {@code M = sum (k+1) c_k}:
     * {@code waiting = x served + M} and {@code queueLength = z M} (exact identities of the infinite sums, and sums
     * of positive numbers, so nothing cancels).
     */
    static PatienceSeries sum(double x, double z) {
        if (closedForm(x, z)) {
            PatienceSeries closed = aboveAgents(x, z, true);
            if (closed != null) {
                return closed;
            }
        }
        return series(x, z);
    }

    private static PatienceSeries series(double x, double z) {
        double c = 1.0 / (x + 1.0);
        double h = c;
        double served = c;
        double moment = c;
        double servedWait = c * h;
        double next = 2.0;
        int exponent = 0;
        // two terms per pass share one division: 1/d and 1/(d+1) from 1/(d (d+1)), about 2 ulps each
        for (long k = 1; ; k += 2) {
            double d1 = x + k + 1.0;
            double d2 = d1 + 1.0;
            double q = 1.0 / (d1 * d2);
            double i1 = d2 * q;
            double i2 = d1 * q;
            c *= z * i1;
            h += i1;
            served += c;
            moment += next * c;
            servedWait += c * h;
            c *= z * i2;
            h += i2;
            served += c;
            moment += (next + 1.0) * c;
            servedWait += c * h;
            next += 2.0;
            if (c > BIG) {
                c *= SMALL;
                served *= SMALL;
                moment *= SMALL;
                servedWait *= SMALL;
                exponent++;
            }
            // the tail test costs a division: past the peak, run it every 8th term; the terms after c fall at least
            // geometrically by the ratio, which bounds each remaining tail
            double ratio;
            if (((k + 1) & 7) == 0 && (ratio = z / (d2 + 1.0)) < 1.0) {
                double tail = 1.0 / (1.0 - ratio);
                if (c * tail <= TAIL * served
                        && c * (next * tail + tail * tail) <= TAIL * moment
                        && c * (h * tail + tail * tail / d2) <= TAIL * servedWait) {
                    break;
                }
            }
        }
        return new PatienceSeries(served, x * served + moment, z * moment, servedWait, exponent);
    }

    /**
     * Only {@code served} (the other fields are NaN), for the late share of the service level, which needs nothing
     * else, with the same rescaling and the same {@code 1e-17} tail bound. Four terms per pass share one division:
     * with {@code w = c / (d1 d2 d3 d4)} the next terms are {@code w z d2 d3 d4}, {@code w z^2 d3 d4},
     * {@code w z^3 d4} and {@code w z^4}, so the chain that carries {@code c} from pass to pass is two
     * multiplications per four terms and the division is off it (the loop was bound by that chain: 1.6 times
     * faster than two terms per pass). Rounding: a few ulps per pass, a little of it systematic ({@code z^4}), so
     * under {@code 1e-10} relative even for a million terms.
     */
    static PatienceSeries servedOnly(double x, double z) {
        if (closedForm(x, z)) {
            PatienceSeries closed = aboveAgents(x, z, false);
            if (closed != null) {
                return closed;
            }
        }
        double c = 1.0 / (x + 1.0);
        double served = c;
        int exponent = 0;
        double z2 = z * z;
        double z3 = z2 * z;
        double z4 = z2 * z2;
        double d1 = x + 2.0;
        for (int pass = 1; ; pass++) {
            double d2 = d1 + 1.0;
            double d3 = d1 + 2.0;
            double d4 = d1 + 3.0;
            double p34 = d3 * d4;
            double q = 1.0 / (d1 * d2 * p34);
            double w = c * q;
            double c1 = w * (z * d2 * p34);
            double c2 = w * (z2 * p34);
            double c3 = w * (z3 * d4);
            c = w * z4;
            served += (c1 + c2) + (c3 + c);
            d1 += 4.0;
            if (c > BIG) {
                c *= SMALL;
                served *= SMALL;
                exponent++;
            }
            // every second pass: past the peak (z < d1 = x + K + 2 for the last term K) the remaining terms fall
            // at least geometrically by z / d1, so their sum is below c z / (d1 - z) <= c d1 / (d1 - z)
            if ((pass & 1) == 0 && z < d1 && c * d1 <= TAIL * (d1 - z) * served) {
                break;
            }
        }
        return new PatienceSeries(served, Double.NaN, Double.NaN, Double.NaN, exponent);
    }

    static boolean closedForm(double x, double z) {
        return x >= CLOSED_FORM_MIN_X && z <= CLOSED_FORM_MAX_Z
                && z - (x + 1.0) >= CLOSED_FORM_SIGMAS * Math.sqrt(z);
    }

    /**
     * The sums in closed form for {@code z >= x + 1 + 5 sqrt(z)}, {@code x >= 30}; null when the continued fraction
     * fails (then the series applies). With {@code s = x + 1} and {@code delta = (z - s) / s}:
     * <ul>
     *   <li>{@code log G = log Gamma(s) + z - s log z = ln(2 pi / s) / 2 + stirling(s) + s (delta - log1p(delta))},
     *       Stirling's remainder {@code stirling(s) = 1/(12 s) - 1/(360 s^3) + ... + 1/(1188 s^9)} (truncation error
     *       below {@code 691 / (360360 s^11) < 1e-19} for {@code s >= 31}); written so that the large terms of
     *       {@code log Gamma(s)} and {@code s log z} cancel analytically, leaving an absolute error of about
     *       {@code s log(z / s) 1e-16} (the excess {@code z - s} is carried exactly);</li>
     *   <li>{@code served = G - F} (both positive, {@code F / G < 3e-7});</li>
     *   <li>{@code waiting = 1 + z served} and {@code M = 1 + (z - x) served}: exact identities of the sums
     *       ({@code (x+1) c_0 = 1}, {@code (x+k+1) c_k = z c_{k-1}}), all positive for {@code z > x};</li>
     *   <li>{@code servedWait = -d served / dx = G (log z - digamma(s)) + dF/ds}, with
     *       {@code log z - digamma(s) = log1p(delta) + 1/(2 s) + 1/(12 s^2) - 1/(120 s^4) + 1/(252 s^6) - 1/(240 s^8)}
     *       (truncation below {@code 1/(132 s^10)}, under {@code 1e-15} of the {@code 1/(2 s)} term alone for
     *       {@code s >= 31}) and {@code dF/ds} from the differentiated continued fraction (both terms positive).</li>
     * </ul>
     */
    private static PatienceSeries aboveAgents(double x, double z, boolean all) {
        double s = x + 1.0;
        double logF;
        double slopeF = Double.NaN;
        if (all) {
            double[] f = UpperGamma.logAndSlope(s, z);
            if (f == null) {
                return null;
            }
            logF = f[0];
            slopeF = f[1];
        } else {
            logF = UpperGamma.logContinuedFraction(s, z);
            if (!Double.isFinite(logF)) {
                return null;
            }
        }
        // log G = excess + rest, the load's excess z - s carried exactly (fast two-sum) so that its rounding (half
        // an ulp of z, 3e-11 at z = 3e5) does not enter; what remains is rounded at the size of s log(z / s)
        double excess = z - s;
        double excessError = -s - (excess - z); // Dekker's fast two-sum, exact since z > s
        double delta = excess / s;
        double logOnePlusDelta = Math.log1p(delta);
        double inverseS2 = 1.0 / (s * s);
        double stirling = (1.0 / 12 - inverseS2 * (1.0 / 360 - inverseS2 * (1.0 / 1260 - inverseS2 * (1.0 / 1680
                - inverseS2 / 1188)))) / s;
        double rest = HALF_LN_2PI - 0.5 * Math.log(s) + stirling - s * logOnePlusDelta + excessError;
        int exponent = (int) Math.floor((excess + rest) / (LN_SCALE_HIGH + LN_SCALE_LOW));
        double logGScaled = (excess - exponent * LN_SCALE_HIGH) + rest - exponent * LN_SCALE_LOW;
        double g = Math.exp(logGScaled);
        double f = Math.exp(logF - exponent * LN_SCALE_HIGH - exponent * LN_SCALE_LOW);
        double served = g - f;
        if (!all) {
            return new PatienceSeries(served, Double.NaN, Double.NaN, Double.NaN, exponent);
        }
        double one = Math.scalb(1.0, -SCALE_BITS * exponent);
        double moment = one + (z - x) * served;
        double logZMinusDigamma = logOnePlusDelta + 0.5 / s + inverseS2 * (1.0 / 12 - inverseS2 * (1.0 / 120
                - inverseS2 * (1.0 / 252 - inverseS2 / 240)));
        double servedWait = g * logZMinusDigamma + f * slopeF;
        return new PatienceSeries(served, x * served + moment, z * moment, servedWait, exponent);
    }
}
