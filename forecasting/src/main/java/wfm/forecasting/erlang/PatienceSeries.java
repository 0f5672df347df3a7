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
 * accumulator for the late share of the service level.
 */
final class PatienceSeries {
    static final int SCALE_BITS = 600;
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
     * else: one multiply-add per term instead of eight, with the same rescaling and the same {@code 1e-17} tail
     * bound.
     */
    static PatienceSeries servedOnly(double x, double z) {
        double c = 1.0 / (x + 1.0);
        double served = c;
        int exponent = 0;
        for (long k = 1; ; k += 2) {
            double d1 = x + k + 1.0;
            double d2 = d1 + 1.0;
            double q = z / (d1 * d2);
            c *= d2 * q;
            served += c;
            c *= d1 * q;
            served += c;
            if (c > BIG) {
                c *= SMALL;
                served *= SMALL;
                exponent++;
            }
            double ratio;
            if (((k + 1) & 7) == 0 && (ratio = z / (d2 + 1.0)) < 1.0 && c <= TAIL * (1.0 - ratio) * served) {
                break;
            }
        }
        return new PatienceSeries(served, Double.NaN, Double.NaN, Double.NaN, exponent);
    }
}
