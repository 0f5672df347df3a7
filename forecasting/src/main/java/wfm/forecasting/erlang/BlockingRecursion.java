package wfm.forecasting.erlang;

/**
 * The Erlang B recursion, written for the ratio {@code R(n) = P(fewer than n busy) / P(exactly n busy)} of the
 * loss system with {@code n} agents and offered load {@code a}: {@code R(0) = 0}, {@code R(n) = (n / a) (R(n-1) + 1)}.
 * Then Erlang B is {@code B(n, a) = 1 / (1 + R(n))}. Every step adds and multiplies positive numbers, so each step
 * adds at most a few ulps of relative error and earlier errors shrink (the step's relative sensitivity is
 * {@code R(n-1) / (R(n-1) + 1) < 1}); no factorial appears, so nothing overflows before the answer would be below
 * {@code 1e-308} ({@code R} then becomes +infinity, meaning "never waits").
 *
 * <p>Warm start: below the load the recursion contracts relative errors by the factor {@code n / a} per step, so
 * starting at {@code n0 = a - 10 sqrt(a)} from the asymptote {@code R ~ n0 / (a - n0)} leaves an initial error
 * (a few per cent) multiplied by about {@code exp(-50)} by the time {@code n} reaches {@code a}: the values equal
 * the full recursion from 0 to machine precision (checked against 50-digit BigDecimal in the tests) at a cost of
 * {@code O(sqrt(a))} instead of {@code O(a)} steps.
 *
 * <p>Far below the load ({@code n <= a - 5 sqrt(a)}, where Erlang A staffing in overload starts) the ratio comes in
 * closed form instead of by stepping: {@code R(n) = n e^a a^{-n} Gamma(n, a)} (since
 * {@code sum_{j<n} a^j / j! = e^a Gamma(n, a) / (n-1)!}), the upper incomplete gamma function from its continued
 * fraction ({@link UpperGamma}, a few ulps, about 25 steps there instead of {@code 5 sqrt(a)} or more recursion
 * steps).
 *
 * <p>A cursor: {@link #advance()} moves to {@code n + 1} in one step, which is how the staffing search reuses the
 * recursion instead of restarting it for every candidate agent count. Not thread-safe.
 */
public final class BlockingRecursion {
    private static final double WARM_START_SIGMAS = 10.0;
    private static final double CLOSED_FORM_SIGMAS = 5.0;

    private final double loadErlangs;
    private final double inverseLoad;
    private int agents;
    private double massBelowRatio;

    private BlockingRecursion(double loadErlangs, int agents, double massBelowRatio) {
        this.loadErlangs = loadErlangs;
        this.inverseLoad = 1.0 / loadErlangs;
        this.agents = agents;
        this.massBelowRatio = massBelowRatio;
    }

    /**
     * A cursor positioned at {@code agents} for the offered load.
     *
     * @param loadErlangs offered load in Erlangs (arrival rate times mean handle time), finite and positive
     * @param agents      agent count, at least 0
     */
    public static BlockingRecursion at(double loadErlangs, int agents) {
        if (!(loadErlangs > 0) || Double.isInfinite(loadErlangs)) {
            throw new IllegalArgumentException("offered load (" + loadErlangs + " Erlangs) must be positive and finite");
        }
        if (agents < 0) {
            throw new IllegalArgumentException("agents (" + agents + ") must not be negative");
        }
        if (agents >= 1 && loadErlangs - agents >= CLOSED_FORM_SIGMAS * Math.sqrt(loadErlangs)) {
            double logF = UpperGamma.logContinuedFraction(agents, loadErlangs);
            if (Double.isFinite(logF)) {
                return new BlockingRecursion(loadErlangs, agents, agents * Math.exp(logF));
            }
        }
        int start = warmStart(loadErlangs, agents);
        BlockingRecursion r = new BlockingRecursion(loadErlangs, start,
                start == 0 ? 0.0 : start / (loadErlangs - start));
        while (r.agents < agents) {
            r.advance();
        }
        return r;
    }

    /** A cursor at a known point of the recursion (the solver's table of ratios already computed). */
    static BlockingRecursion known(double loadErlangs, int agents, double massBelowRatio) {
        return new BlockingRecursion(loadErlangs, agents, massBelowRatio);
    }

    private static int warmStart(double loadErlangs, int agents) {
        double n0 = Math.floor(loadErlangs - WARM_START_SIGMAS * Math.sqrt(loadErlangs));
        if (n0 < 1 || agents < n0) {
            return 0;
        }
        return (int) n0;
    }

    /** Moves to one more agent. */
    public void advance() {
        agents++;
        massBelowRatio = agents * inverseLoad * (massBelowRatio + 1.0);
    }

    /** The agent count the cursor stands at. */
    public int agents() {
        return agents;
    }

    /** The offered load in Erlangs. */
    public double loadErlangs() {
        return loadErlangs;
    }

    /**
     * {@code R(n) = sum_{j<n} a^j/j! / (a^n/n!)}: +infinity when it exceeds the double range (then the chance of
     * finding every agent busy is below {@code 1e-308}).
     */
    public double massBelowRatio() {
        return massBelowRatio;
    }

    /** Erlang B, the blocking probability of the loss system M/M/n/n: {@code 1 / (1 + R(n))}. */
    public double blocking() {
        return 1.0 / (1.0 + massBelowRatio);
    }
}
