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

    static PatienceSeries sum(double x, double z) {
        double c = 1.0 / (x + 1.0);
        double h = c;
        double served = c;
        double waiting = 1.0;
        double queueLength = 0.0;
        double servedWait = c * h;
        int exponent = 0;
        for (long k = 1; ; k++) {
            double denominator = x + k + 1.0;
            double inverse = 1.0 / denominator;
            c *= z * inverse;
            h += inverse;
            double t = c * denominator;
            served += c;
            waiting += t;
            queueLength += k * t;
            servedWait += c * h;
            if (c > BIG) {
                c *= SMALL;
                served *= SMALL;
                waiting *= SMALL;
                queueLength *= SMALL;
                servedWait *= SMALL;
                exponent++;
            }
            // the tail test costs a division: past the peak, run it every 8th term
            double ratio;
            if ((k & 7) == 0 && (ratio = z / (denominator + 1.0)) < 1.0) {
                double tail = 1.0 / (1.0 - ratio);
                double tail2 = tail * tail;
                if (c * tail <= TAIL * served
                        && t * tail <= TAIL * waiting
                        && t * ((k + 1) * tail + tail2) <= TAIL * queueLength
                        && c * (h * tail + tail2 / denominator) <= TAIL * servedWait) {
                    break;
                }
            }
        }
        return new PatienceSeries(served, waiting, queueLength, servedWait, exponent);
    }
}
