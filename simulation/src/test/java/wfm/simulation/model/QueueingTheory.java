package wfm.simulation.model;

/**
 * Independent exact formulas for the validation tests (not the product's Erlang code): Erlang C by the stable
 * Erlang B recursion, and Erlang A (M/M/n+M) by summing its birth-death stationary distribution.
 */
final class QueueingTheory {
    private QueueingTheory() {
    }

    /** Erlang B blocking for n servers and a Erlangs: B(k) = a B(k-1) / (k + a B(k-1)). */
    static double erlangB(int n, double a) {
        double b = 1;
        for (int k = 1; k <= n; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /** Erlang C probability of waiting. */
    static double erlangC(int n, double a) {
        double b = erlangB(n, a);
        return n * b / (n - a * (1 - b));
    }

    /** Erlang C service level: P(wait <= t) = 1 - C exp(-(n mu - lambda) t). */
    static double erlangCServiceLevel(int n, double a, double ahtSeconds, double t) {
        return 1 - erlangC(n, a) * Math.exp(-(n - a) * t / ahtSeconds);
    }

    /** Erlang C mean wait over all calls: C / (n mu - lambda). */
    static double erlangCAsa(int n, double a, double ahtSeconds) {
        return erlangC(n, a) * ahtSeconds / (n - a);
    }

    /**
     * M/M/n+M: {P(wait), P(abandon)} from the stationary distribution pi_k, computed relative to pi_n:
     * pi_{k-1}/pi_k = k/a below n, pi_k/pi_{k-1} = lambda / (n mu + (k-n) theta) above n; P(abandon) =
     * theta E[queue] / lambda.
     */
    static double[] erlangA(int n, double a, double ahtSeconds, double patienceSeconds) {
        double lambda = a / ahtSeconds;
        double mu = 1 / ahtSeconds;
        double theta = 1 / patienceSeconds;
        double below = 0;
        double term = 1;
        for (int k = n; k >= 1; k--) {
            term *= k / a;
            below += term;
            if (term < 1e-300) {
                break;
            }
        }
        double atOrAbove = 1;
        double queue = 0;
        term = 1;
        for (int j = 1; ; j++) {
            term *= lambda / (n * mu + j * theta);
            atOrAbove += term;
            queue += j * term;
            if (term < 1e-18 * atOrAbove && j > 10) {
                break;
            }
        }
        double total = below + atOrAbove;
        return new double[] {atOrAbove / total, theta * (queue / total) / lambda};
    }
}
