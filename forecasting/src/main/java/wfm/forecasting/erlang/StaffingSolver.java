package wfm.forecasting.erlang;

/**
 * Finds the smallest number of agents that meets every target given. Every measure improves as agents are added
 * (checked across wide sweeps in the tests), so the answer is the first agent count that meets all targets.
 *
 * <p>The search starts just below the square-root staffing estimate {@code n = a + beta sqrt(a)} (Halfin &amp; Whitt
 * 1981: with {@code alpha(beta) = 1 / (1 + beta Phi(beta) / phi(beta))} the probability of waiting, {@code beta} is
 * chosen to meet the service-level and ASA targets), which lands within a few agents of the answer, and never
 * below a proven lower bound (Erlang C needs more agents than the load when callers must be answered in bounded
 * time; occupancy {@code <= O} needs {@code n >= a / O}; abandonment {@code <= P} needs {@code n >= a (1 - P)}).
 * From there it steps up one agent at a time on one {@link BlockingRecursion} cursor — one recursion step per
 * candidate instead of a restart from zero agents — and switches to doubling steps and bisection should the
 * estimate be far off.
 */
public final class StaffingSolver {
    private static final int LINEAR_STEPS = 32;
    private static final int MAX_AGENTS = 50_000_000;
    private static final double INVERSE_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private StaffingSolver() {
    }

    /**
     * The smallest agent count (at least 1) meeting every target.
     *
     * @throws UnreachableTargetException when no agent count can meet the targets (explained in the message)
     */
    public static Requirement requiredAgents(QueueModel model, StaffingTargets targets) {
        rejectUnreachable(model, targets);
        double load = model.loadErlangs();
        int lower = lowerBound(model, targets);
        if (model instanceof ErlangA) {
            return secantSearch(model, targets, lower, Math.max(lower, erlangAEstimate((ErlangA) model, targets)));
        }
        int start = Math.max(lower, squareRootStaffing(model, targets) - 2);
        int evaluations = 1;
        BlockingRecursion cursor = BlockingRecursion.at(load, start);
        Performance p = model.performance(cursor);
        if (targets.metBy(p)) {
            // the estimate overshot: find the first count that meets, between the lower bound and the start
            if (start == lower) {
                return new Requirement(start, p, evaluations);
            }
            int failing = lower - 1;
            int meeting = start;
            Performance best = p;
            for (int step = 1; meeting - step > failing; step *= 2) {
                int candidate = meeting - step;
                evaluations++;
                Performance q = model.performance(BlockingRecursion.at(load, candidate));
                if (!targets.metBy(q)) {
                    failing = candidate;
                    break;
                }
                meeting = candidate;
                best = q;
            }
            return bisect(model, targets, failing, meeting, best, evaluations);
        }
        for (int i = 0; i < LINEAR_STEPS; i++) {
            cursor.advance();
            evaluations++;
            p = model.performance(cursor);
            if (targets.metBy(p)) {
                return new Requirement(cursor.agents(), p, evaluations);
            }
        }
        int failing = cursor.agents();
        for (long step = 2L * LINEAR_STEPS; ; step *= 2) {
            long next = failing + step;
            if (next > MAX_AGENTS) {
                throw new UnreachableTargetException("no agent count up to " + MAX_AGENTS + " meets the targets at "
                        + load + " Erlangs");
            }
            while (cursor.agents() < next) {
                cursor.advance();
            }
            evaluations++;
            p = model.performance(cursor);
            if (targets.metBy(p)) {
                return bisect(model, targets, failing, cursor.agents(), p, evaluations);
            }
            failing = cursor.agents();
        }
    }

    /**
     * For Erlang A, where one evaluation (two series of {@code O(sqrt(x))} terms) costs far more than a recursion
     * step: from the estimate, one-sided secant steps (at least a tenth of the square root of the load, growing) until the
     * answer is bracketed, then regula falsi with the Illinois rule on the margin of the binding target, falling
     * back to bisection when the bracket does not shrink. The Erlang B ratios come from one table that grows with
     * the candidates.
     */
    private static Requirement secantSearch(QueueModel model, StaffingTargets targets, int lower, int guess) {
        Ratios ratios = new Ratios(model.loadErlangs(), Math.max(lower, guess - 2));
        long step = Math.max(1, Math.round(0.1 * Math.sqrt(model.loadErlangs())));
        int failing = lower - 1;
        double failingMargin = Double.NaN;
        int meeting = -1;
        double meetingMargin = Double.NaN;
        Performance best = null;
        int n = guess;
        int previousN = -1;
        double previousMargin = Double.NaN;
        int retainedSide = 0;
        int evaluations = 0;
        while (true) {
            evaluations++;
            Performance p = model.performance(ratios.at(n));
            double margin = margin(p, targets);
            boolean meets = targets.metBy(p);
            int width = meeting >= 0 && failing >= lower ? meeting - failing : Integer.MAX_VALUE;
            if (meets) {
                meeting = n;
                meetingMargin = margin;
                best = p;
                if (n == lower) {
                    return new Requirement(n, p, evaluations);
                }
                retainedSide = retainedSide == -1 ? -2 : -1;
            } else {
                failing = n;
                failingMargin = margin;
                retainedSide = retainedSide == 1 ? 2 : 1;
            }
            if (meeting >= 0 && meeting - failing == 1) {
                return new Requirement(meeting, best, evaluations);
            }
            long next;
            if (meeting >= 0 && failing >= lower) {
                int newWidth = meeting - failing;
                if (Double.isNaN(failingMargin) || newWidth * 2 > width && evaluations > 3) {
                    next = failing + newWidth / 2;
                } else {
                    // Illinois: halve the weight of an end kept twice in a row
                    double mf = retainedSide == -2 ? failingMargin / 2 : failingMargin;
                    double mm = retainedSide == 2 ? meetingMargin / 2 : meetingMargin;
                    double at = failing + newWidth * (-mf) / (mm - mf);
                    next = (long) Math.ceil(at - 1e-9);
                }
            } else {
                double slope = previousN < 0 ? Double.NaN : (margin - previousMargin) / (n - previousN);
                long distance = step;
                if (slope > 0 && Double.isFinite(margin)) {
                    distance = Math.max(1, Math.min(4 * step, (long) Math.ceil(Math.abs(margin / slope))));
                }
                next = meets ? n - distance : n + distance;
                step *= 2;
            }
            next = Math.max(next, failing + 1L);
            if (meeting >= 0) {
                next = Math.min(next, meeting - 1L);
            }
            if (next > MAX_AGENTS) {
                throw new UnreachableTargetException("no agent count up to " + MAX_AGENTS + " meets the targets at "
                        + model.loadErlangs() + " Erlangs");
            }
            previousN = n;
            previousMargin = margin;
            n = (int) next;
        }
    }

    /** How far the binding target is met (negative: missed), each target scaled to its own room. */
    private static double margin(Performance p, StaffingTargets t) {
        double m = Double.POSITIVE_INFINITY;
        if (t.hasServiceLevel()) {
            m = Math.min(m, p.serviceLevel() - t.serviceLevel());
        }
        if (t.hasMaxAsa()) {
            m = Math.min(m, (t.maxAsaSeconds() - p.asaSeconds()) / Math.max(t.maxAsaSeconds(), 1e-3));
        }
        if (t.hasMaxAbandonRate()) {
            m = Math.min(m, (t.maxAbandonRate() - p.abandonRate()) / Math.max(t.maxAbandonRate(), 1e-6));
        }
        if (t.hasMaxOccupancy()) {
            m = Math.min(m, t.maxOccupancy() - p.occupancy());
        }
        return m;
    }

    /** Erlang B ratios {@code R(n)} from one base upward, computed once each (rebuilt lower if asked below). */
    private static final class Ratios {
        private final double load;
        private int base;
        private double[] values = new double[64];
        private int size;
        private BlockingRecursion cursor;

        Ratios(double load, int base) {
            this.load = load;
            reset(base);
        }

        private void reset(int newBase) {
            base = newBase;
            cursor = BlockingRecursion.at(load, newBase);
            values[0] = cursor.massBelowRatio();
            size = 1;
        }

        BlockingRecursion at(int n) {
            if (n < base) {
                reset(n);
            }
            while (base + size - 1 < n) {
                cursor.advance();
                if (size == values.length) {
                    values = java.util.Arrays.copyOf(values, 2 * size);
                }
                values[size++] = cursor.massBelowRatio();
            }
            return BlockingRecursion.known(load, n, values[n - base]);
        }
    }

    /** Bisection between an agent count known to fail (or the lower bound minus one) and one known to meet. */
    private static Requirement bisect(QueueModel model, StaffingTargets targets, int failing, int meeting,
                                      Performance atMeeting, int evaluations) {
        Performance best = atMeeting;
        while (meeting - failing > 1) {
            int mid = failing + (meeting - failing) / 2;
            evaluations++;
            Performance q = model.performance(BlockingRecursion.at(model.loadErlangs(), mid));
            if (targets.metBy(q)) {
                meeting = mid;
                best = q;
            } else {
                failing = mid;
            }
        }
        return new Requirement(meeting, best, evaluations);
    }

    private static void rejectUnreachable(QueueModel model, StaffingTargets targets) {
        if (targets.hasServiceLevel() && targets.serviceLevel() >= 1.0) {
            throw new UnreachableTargetException("a service level of 100% cannot be met: with random arrivals some "
                    + "callers always wait longer than " + seconds(model.answerWithinSeconds())
                    + (model instanceof ErlangA ? " or hang up" : "") + "; ask for less than 100%");
        }
        if (targets.hasMaxAsa() && targets.maxAsaSeconds() <= 0) {
            throw new UnreachableTargetException("an average speed of answer of 0 s cannot be met: with random "
                    + "arrivals some callers always wait; ask for more than 0 s");
        }
        if (targets.hasMaxOccupancy() && targets.maxOccupancy() <= 0) {
            throw new UnreachableTargetException("an occupancy of 0% cannot be met while calls arrive");
        }
        if (targets.hasMaxAbandonRate() && targets.maxAbandonRate() <= 0 && model instanceof ErlangA a) {
            throw new UnreachableTargetException("an abandonment of 0% cannot be met with impatient callers (mean "
                    + "patience " + seconds(a.patienceSeconds()) + "): however many agents, a few callers find "
                    + "all busy and hang up; ask for more than 0%");
        }
    }

    private static String seconds(double s) {
        return (s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s)) + " s";
    }

    private static int lowerBound(QueueModel model, StaffingTargets targets) {
        double load = model.loadErlangs();
        double bound = 1;
        if (model instanceof ErlangC) {
            boolean bounded = (targets.hasServiceLevel() && targets.serviceLevel() > 0) || targets.hasMaxAsa();
            if (bounded) {
                bound = Math.floor(load) + 1;
            }
            if (targets.hasMaxOccupancy()) {
                bound = Math.max(bound, Math.ceil(load / targets.maxOccupancy()) - 1);
            }
        } else {
            // answered load a (1 - abandonRate) <= n, and the service level counts answered callers only
            if (targets.hasMaxAbandonRate()) {
                bound = Math.max(bound, Math.ceil(load * (1 - targets.maxAbandonRate())) - 1);
            }
            if (targets.hasServiceLevel()) {
                bound = Math.max(bound, Math.ceil(load * targets.serviceLevel()) - 1);
            }
        }
        return (int) Math.min(bound, MAX_AGENTS);
    }

    /**
     * Square-root staffing {@code ceil(a + beta sqrt(a))} with the smallest {@code beta} that meets the service level
     * and ASA targets under the Halfin-Whitt approximation (found by bisection on [0, 8]); occupancy and
     * abandonment are left to the lower bound and the exact search.
     */
    static int squareRootStaffing(QueueModel model, StaffingTargets targets) {
        double load = model.loadErlangs();
        boolean sl = targets.hasServiceLevel() && targets.serviceLevel() > 0;
        if (!sl && !targets.hasMaxAsa()) {
            return 1;
        }
        double sqrtLoad = Math.sqrt(load);
        double lo = 0;
        double hi = 8;
        for (int i = 0; i < 12; i++) {
            double beta = 0.5 * (lo + hi);
            double pWait = halfinWhittWait(beta);
            double excess = beta * sqrtLoad;
            boolean meets = (!sl || pWait * Math.exp(-excess * model.answerWithinSeconds() / model.ahtSeconds())
                    <= 1 - targets.serviceLevel())
                    && (!targets.hasMaxAsa() || pWait * model.ahtSeconds() <= targets.maxAsaSeconds() * excess);
            if (meets) {
                hi = beta;
            } else {
                lo = beta;
            }
        }
        return (int) Math.min(MAX_AGENTS, Math.ceil(load + hi * sqrtLoad));
    }

    /**
     * Erlang A estimate: the fluid model (callers served after a common wait {@code w} with
     * {@code exp(-w / patience) = n / a}, so answered share {@code n / a}) needs {@code a max(X, exp(-T/patience))}
     * agents for a service level X in T, {@code a exp(-S/patience)} for an ASA of S, {@code a (1 - P)} for an
     * abandonment of P and {@code a / O} for an occupancy of O; plus a square root of the load for randomness,
     * and never more than the Erlang C estimate for service level and ASA (patience only helps those).
     */
    public static int erlangAEstimate(ErlangA model, StaffingTargets targets) {
        double a = model.loadErlangs();
        double u = model.answerWithinSeconds() / model.patienceSeconds();
        double fluid = 0;
        if (targets.hasServiceLevel()) {
            fluid = Math.max(fluid, a * Math.max(targets.serviceLevel(), Math.exp(-u)));
        }
        if (targets.hasMaxAsa()) {
            fluid = Math.max(fluid, a * Math.exp(-targets.maxAsaSeconds() / model.patienceSeconds()));
        }
        if (targets.hasMaxAbandonRate()) {
            fluid = Math.max(fluid, a * (1 - targets.maxAbandonRate()));
        }
        double estimate = fluid + Math.sqrt(a);
        if (!targets.hasMaxAbandonRate() && (targets.hasServiceLevel() || targets.hasMaxAsa())) {
            estimate = Math.min(estimate, squareRootStaffing(model, targets));
        }
        if (targets.hasMaxOccupancy()) {
            estimate = Math.max(estimate, a / targets.maxOccupancy());
        }
        return (int) Math.max(1, Math.min(MAX_AGENTS, Math.ceil(estimate)));
    }

    /** {@code 1 / (1 + beta Phi(beta) / phi(beta))}, with Phi from Abramowitz &amp; Stegun 26.2.17 (error < 1e-7). */
    private static double halfinWhittWait(double beta) {
        double t = 1.0 / (1.0 + 0.2316419 * beta);
        double upperTailOverDensity = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937
                + t * (-1.821255978 + t * 1.330274429))));
        double density = INVERSE_SQRT_2PI * Math.exp(-0.5 * beta * beta);
        double cdfOverDensity = 1.0 / density - upperTailOverDensity;
        return 1.0 / (1.0 + beta * cdfOverDensity);
    }
}
