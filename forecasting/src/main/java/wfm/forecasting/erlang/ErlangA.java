package wfm.forecasting.erlang;

/**
 * Erlang A: the M/M/n+M queue (Palm's model) — Poisson arrivals, exponential handle times, {@code n} agents, and
 * callers who hang up when their exponentially distributed patience runs out before an agent answers. It has a
 * steady state for any load, so every measure stays finite even when the load exceeds the agents.
 *
 * <p>With {@code mu = 1/AHT}, {@code theta = 1/patience}, {@code x = n mu / theta}, {@code y = lambda / theta},
 * {@code A(x, y)} of Garnett, Mandelbaum &amp; Reiman (2002) and {@code R} the Erlang B ratio of
 * {@link BlockingRecursion}, the birth-death chain's states with all agents busy carry mass {@code A} and the states
 * with an idle agent carry {@code R} (both relative to "all busy, nobody waiting"). The measures:
 * <ul>
 *   <li>probability of waiting: share of callers who find every agent busy, {@code A / (R + A)};</li>
 *   <li>abandonment: share of offered callers who hang up before being answered, {@code theta E[queue] / lambda};</li>
 *   <li><b>service level</b>: share of <b>all offered callers</b> who are <b>answered</b> within {@code T} seconds —
 *       callers who abandon count as not answered within {@code T}, whether they hung up before or after
 *       {@code T}; nobody is excluded from the denominator. (Some calculators instead leave out callers who hang up
 *       within {@code T}, or count them as met; those give higher figures.) A waiting caller's offered wait
 *       {@code V} has density {@code n mu exp(-n mu t + y (1 - e^{-theta t}))} on the waiting states' scale, and
 *       is answered when patience exceeds it: answered within {@code T} is {@code E[e^{-theta V}; V <= T]},
 *       an incomplete gamma function (Mandelbaum &amp; Zeltyn, "The Palm/Erlang-A queue, with applications to call
 *       centers", 2007);</li>
 *   <li>average speed of answer: mean wait of the <b>answered</b> callers (those answered at once count with
 *       zero), in seconds; the mean wait of all callers, abandoning ones included, is {@code abandonRate * patience};</li>
 *   <li>occupancy: answered load over agents, {@code a (1 - abandonRate) / n}; answered immediately
 *       {@code R / (R + A)}.</li>
 * </ul>
 * The incomplete gamma functions are evaluated as positive series ({@link PatienceSeries}) with power-of-two
 * rescaling; the only subtraction is answered-within-T = answered-after-waiting times
 * {@code -expm1(log(late share))}. Accuracy: within {@code 1e-9} relative of the exact birth-death chain (checked
 * against 50-digit BigDecimal sums, and the service level against an independent matrix-exponential computation)
 * for loads 0.01 to 50,000 Erlangs and up to 50,000 agents (in hopeless overload, where nearly every answered caller
 * waits longer than T, answered-within-T comes from a continued fraction for the upper incomplete gamma function
 * instead, so even a service level of 1e-27 keeps its relative accuracy); shares below {@code 1e-300} may come out
 * as 0. Cost:
 * {@code O(sqrt(x))} terms per agent count: one series with three sums and one with a single sum; where the
 * load exceeds the agents by 5 standard deviations or more, a series comes in closed form instead (Stirling's
 * series and a continued fraction of about 20 steps, see {@link PatienceSeries}), so it no longer grows with the
 * excess (at 5,000 Erlangs and the 80/20 answer: the closed form plus about 450 terms for the late share).
 *
 * @param loadErlangs         offered load in Erlangs (calls per second times AHT in seconds), positive
 * @param ahtSeconds          mean handle time in seconds, positive
 * @param patienceSeconds     callers' mean patience in seconds (exponentially distributed), positive and finite
 * @param answerWithinSeconds the service-level answer time {@code T} in seconds, at least 0
 */
public record ErlangA(double loadErlangs, double ahtSeconds, double patienceSeconds, double answerWithinSeconds)
        implements QueueModel {
    private static final double LN_SCALE = PatienceSeries.SCALE_BITS * Math.log(2.0);

    public ErlangA {
        Checks.load(loadErlangs);
        Checks.positive("ahtSeconds", ahtSeconds);
        Checks.positive("patienceSeconds", patienceSeconds);
        Checks.nonNegative("answerWithinSeconds", answerWithinSeconds);
    }

    @Override
    public String name() {
        return "erlang-a";
    }

    @Override
    public Performance performance(BlockingRecursion cursor) {
        int n = cursor.agents();
        if (n < 1) {
            throw new IllegalArgumentException("agents (" + n + ") must be at least 1");
        }
        double r = cursor.massBelowRatio();
        if (Double.isInfinite(r)) {
            // P(all busy) < 1e-308: nobody waits
            return new Performance(n, 0.0, 1.0, 0.0, loadErlangs / n, 1.0, 0.0);
        }
        double patienceOverAht = patienceSeconds / ahtSeconds;
        double x = n * patienceOverAht;
        double y = loadErlangs * patienceOverAht;
        PatienceSeries all = PatienceSeries.sum(x, y);
        double idle = Math.scalb(r, -PatienceSeries.SCALE_BITS * all.exponent);
        double norm = idle + all.waiting;
        double servedAfterWaiting = x * all.served;
        double pWait = all.waiting / norm;
        double immediately = idle / norm;
        double abandon = all.queueLength / (y * norm);
        double answered = idle + servedAfterWaiting;

        double answeredWithinAfterWaiting = 0.0;
        if (answerWithinSeconds > 0) {
            double u = answerWithinSeconds / patienceSeconds;
            PatienceSeries late = PatienceSeries.servedOnly(x, y * Math.exp(-u));
            // log of (answered after waiting longer than T) / (answered after waiting)
            double logLateShare = y * -Math.expm1(-u) - (x + 1.0) * u
                    + Math.log(late.served) - Math.log(all.served) + (late.exponent - all.exponent) * LN_SCALE;
            double withinShare = -Math.expm1(Math.min(0.0, logLateShare));
            double z = y * Math.exp(-u);
            if (logLateShare > -0.5 && z > x + 2) {
                // nearly every served caller waits longer than T (overload): 1 - late share would cancel, so take
                // answered-within-T directly as the upper incomplete gamma difference
                // Gamma(x+1, y e^{-u}) - Gamma(x+1, y), relative to gamma(x+1, y)
                double lower = UpperGamma.logContinuedFraction(x + 1, z);
                double upper = UpperGamma.logContinuedFraction(x + 1, y);
                if (Double.isFinite(lower) && Double.isFinite(upper)) {
                    double logPrefactor = y * -Math.expm1(-u) - (x + 1.0) * u;
                    withinShare = Math.exp(logPrefactor + lower - Math.log(all.served) - all.exponent * LN_SCALE)
                            * -Math.expm1(upper - lower - logPrefactor);
                }
            }
            answeredWithinAfterWaiting = servedAfterWaiting * Math.min(1.0, withinShare);
        }
        double serviceLevel = (idle + answeredWithinAfterWaiting) / norm;
        double asaSeconds = patienceSeconds * x * all.servedWait / answered;
        double occupancy = loadErlangs * (answered / norm) / n;
        return new Performance(n, Math.min(1.0, pWait), Math.min(1.0, serviceLevel), asaSeconds,
                Math.min(1.0, occupancy), Math.min(1.0, immediately), Math.min(1.0, abandon));
    }
}
