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
        } else if (targets.hasMaxAbandonRate()) {
            bound = Math.max(bound, Math.ceil(load * (1 - targets.maxAbandonRate())) - 1);
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
