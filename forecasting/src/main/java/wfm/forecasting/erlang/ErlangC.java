package wfm.forecasting.erlang;

/**
 * Erlang C: the M/M/n queue (Poisson arrivals, exponential handle times, {@code n} agents, infinitely patient
 * callers, first come first served), in steady state.
 *
 * <p>Measures, with offered load {@code a}, {@code d = n - a} and {@code R = R(n)} of {@link BlockingRecursion}:
 * <ul>
 *   <li>probability of waiting (Erlang C formula) {@code C = n / (n + d R)} — the same as
 *       {@code B / (1 - (a/n)(1 - B))} with {@code B} Erlang B, but without a subtraction;</li>
 *   <li>service level: share of callers answered within {@code T} seconds,
 *       {@code 1 - C exp(-d T / AHT)}, computed as {@code (1 - C) + C (1 - exp(-d T / AHT))} with {@code expm1} so
 *       that no digits cancel;</li>
 *   <li>average speed of answer (mean wait of all callers, all of whom are answered): {@code C AHT / d} seconds;</li>
 *   <li>occupancy {@code a / n}; answered immediately {@code 1 - C}; abandonment 0.</li>
 * </ul>
 * <b>Limit:</b> when the load is at or above the agent count ({@code n <= a}) the queue has no steady state and waits
 * grow without bound: the measures are then their limits — probability of waiting 1, service level 0, answered
 * immediately 0, occupancy 1 and average speed of answer +infinity.
 *
 * <p>Accuracy: every measure is within {@code 1e-12} relative of the exact value for loads 0.01 to 50,000 Erlangs and
 * up to 50,000 agents (checked against 50-digit BigDecimal arithmetic); values smaller than {@code 1e-300} may
 * come out as 0. Source: A. K. Erlang (1917); the formulas as in Gans, Koole &amp; Mandelbaum, "Telephone call
 * centers: tutorial, review and research prospects", M&amp;SOM 5(2), 2003, section 4.1.
 *
 * @param loadErlangs         offered load in Erlangs (calls per second times AHT in seconds), positive
 * @param ahtSeconds          mean handle time in seconds, positive
 * @param answerWithinSeconds the service-level answer time {@code T} in seconds, at least 0
 */
public record ErlangC(double loadErlangs, double ahtSeconds, double answerWithinSeconds) implements QueueModel {
    public ErlangC {
        Checks.load(loadErlangs);
        Checks.positive("ahtSeconds", ahtSeconds);
        Checks.nonNegative("answerWithinSeconds", answerWithinSeconds);
    }

    @Override
    public String name() {
        return "erlang-c";
    }

    @Override
    public Performance performance(BlockingRecursion cursor) {
        int n = cursor.agents();
        if (n < 1) {
            throw new IllegalArgumentException("agents (" + n + ") must be at least 1");
        }
        double d = n - loadErlangs;
        if (!(d > 0)) {
            return new Performance(n, 1.0, 0.0, Double.POSITIVE_INFINITY, 1.0, 0.0, 0.0);
        }
        double r = cursor.massBelowRatio();
        double dr = d * r;
        double pWait = n / (n + dr);
        double immediately = 1.0 / (1.0 + n / dr);
        double serviceLevel = Math.min(1.0, immediately + pWait * -Math.expm1(-d * answerWithinSeconds / ahtSeconds));
        double asa = pWait * ahtSeconds / d;
        return new Performance(n, pWait, serviceLevel, asa, loadErlangs / n, immediately, 0.0);
    }

    /** Erlang B, the blocking probability of M/M/n/n with {@code agents} agents and load {@code loadErlangs}. */
    public static double erlangB(double loadErlangs, int agents) {
        return BlockingRecursion.at(loadErlangs, agents).blocking();
    }
}
