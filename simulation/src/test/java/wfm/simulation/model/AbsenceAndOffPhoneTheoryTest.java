package wfm.simulation.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wfm.forecasting.erlang.ErlangA;
import wfm.simulation.experiment.ReplayExperiment;
import wfm.simulation.experiment.ReplayResult;
import wfm.simulation.stats.ConfidenceInterval;

/**
 * Absence and off-phone time checked by theory before they judge a roster.
 *
 * <p><b>Absence.</b> n agents are rostered on back-to-back shifts of {@code blockHours} under constant traffic;
 * each agent-shift is lost with probability p. During a shift k ~ Binomial(n, 1 - p) agents answer, so (shifts long
 * against the queue's relaxation time, a few AHTs) the abandonment rate over many shifts is the Binomial mixture of
 * exact Erlang A, sum_k P(k) A(k) with A(0) = 1, since the calls offered do not depend on k. Checked at 5, 50 and
 * 500 agents: the mixture must lie in the simulation's 99% interval (10 replications), and the interval must be
 * narrower than a tenth of the value, which also keeps it clear of Erlang A at the rostered n (the check fails if
 * absence were ignored or drawn wrongly).
 *
 * <p><b>Off-phone blocks.</b> Each agent is off the phones for the share s of its time, in blocks of 15-30 minutes
 * at random times, independently of the others: at any moment the number on the phones is about
 * Binomial(n, 1 - s). Blocks are long against the queue's relaxation, so the abandonment must lie between Erlang A
 * with n (1 - s) agents (fast switching: only the mean capacity counts) and the Binomial mixture (slow switching:
 * the queue follows every change), each with the simulation's 99% half-width of slack; the staffed time must be
 * 1 - s of the rostered time (to 0.3 points: off-phone time still due at a shift's end is dropped).
 */
class AbsenceAndOffPhoneTheoryTest {
    private static final double AHT = 180;
    private static final double HOUR = 3600;
    private static final int REPLICATIONS = 10;
    /** t(0.995, 9) / t(0.975, 9): the 95% interval of 10 replications widened to 99%. */
    private static final double WIDEN_TO_99 = 3.2498 / 2.2622;

    @ParameterizedTest(name = "absence {2}: {0} agents, {1} Erlangs")
    @CsvSource({
            "5, 3.5, 0.10, 120, 6, 100",
            "50, 43.0, 0.10, 120, 6, 40",
            "500, 440.0, 0.10, 120, 2, 8",
    })
    void absenceGivesTheBinomialMixtureOfErlangA(int n, double erlangs, double p, double patience,
                                                 double blockHours, int days) {
        ArrivalProfile profile = constant(erlangs, days);
        StaffingPlan plan = backToBack(n, days, blockHours);
        ReplayResult r = ReplayExperiment.run(profile, plan, null,
                ReplayOptions.defaults(patience).withAbsence(p), REPLICATIONS, 20261206L + n, 2);
        ConfidenceInterval ci = r.overall().estimate(ReplayMeasure.ABANDON_RATE);
        double mixture = mixture(n, 1 - p, erlangs, patience);
        double rostered = erlangA(n, erlangs, patience);
        double half = ci.halfWidth() * WIDEN_TO_99;
        String line = String.format(Locale.ROOT, "n=%d p=%.2f: mixture %.6f, simulated %.6f +- %.6f (99%%), "
                + "Erlang A at n %.6f", n, p, mixture, ci.mean(), half, rostered);
        System.out.println(line);
        assertTrue(Math.abs(ci.mean() - mixture) <= half, "outside: " + line);
        assertTrue(half < 0.1 * mixture, "too wide: " + line);
    }

    @ParameterizedTest(name = "off-phone {2}: {0} agents, {1} Erlangs")
    @CsvSource({
            "20, 15.0, 0.15, 120, 60",
            "200, 165.0, 0.15, 120, 10",
    })
    void offPhoneBlocksLieBetweenMeanCapacityAndTheBinomialMixture(int n, double erlangs, double share,
                                                                   double patience, int days) {
        ArrivalProfile profile = constant(erlangs, days);
        StaffingPlan plan = backToBack(n, days, 24);
        ReplayOptions o = ReplayOptions.defaults(patience).withOffPhoneShare(share);
        List<ReplayRun> runs = ReplayExperiment.runs(profile, plan, null, o, REPLICATIONS, 99 + n, 2);
        ReplayResult r = ReplayExperiment.summarize(profile, runs, 99 + n, 0);
        ConfidenceInterval ci = r.overall().estimate(ReplayMeasure.ABANDON_RATE);
        double half = ci.halfWidth() * WIDEN_TO_99;
        double fast = erlangA((int) Math.round(n * (1 - share)), erlangs, patience);
        double slow = mixture(n, 1 - share, erlangs, patience);
        double staffed = runs.stream().mapToDouble(run -> Arrays.stream(run.staffedSeconds()).sum()).sum()
                / (REPLICATIONS * (double) n * days * 24 * HOUR);
        String line = String.format(Locale.ROOT, "n=%d s=%.2f: fast %.6f <= simulated %.6f +- %.6f <= slow %.6f; "
                + "Erlang A at n %.6f; staffed share %.4f", n, share, fast, ci.mean(), half, slow,
                erlangA(n, erlangs, patience), staffed);
        System.out.println(line);
        assertTrue(ci.mean() + half >= fast && ci.mean() - half <= slow, "outside: " + line);
        assertTrue(half < 0.1 * ci.mean(), "too wide: " + line);
        assertTrue(Math.abs(staffed - (1 - share)) < 0.003, "staffed share: " + line);
    }

    /** Exact Erlang A abandonment with k agents (all abandon with none). */
    private static double erlangA(int k, double erlangs, double patience) {
        return k == 0 ? 1.0 : new ErlangA(erlangs, AHT, patience, 20).performance(k).abandonRate();
    }

    /** sum_k Binomial(n, q)(k) A(k). */
    private static double mixture(int n, double q, double erlangs, double patience) {
        BinomialDistribution b = new BinomialDistribution(null, n, q);
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            double pk = b.probability(k);
            if (pk > 1e-15) {
                sum += pk * erlangA(k, erlangs, patience);
            }
        }
        return sum;
    }

    private static ArrivalProfile constant(double erlangs, int days) {
        double[][] calls = new double[1][days * 48];
        double[][] aht = new double[1][days * 48];
        Arrays.fill(calls[0], erlangs / AHT * 1800);
        Arrays.fill(aht[0], AHT);
        return new ArrivalProfile(List.of("q"), 1800, calls, aht);
    }

    /** Every agent on duty all the time, in shifts of {@code hours} back to back (one absence draw each). */
    private static StaffingPlan backToBack(int n, int days, double hours) {
        List<StaffingPlan.Agent> agents = new ArrayList<>();
        int shifts = (int) Math.round(days * 24 / hours);
        for (int a = 0; a < n; a++) {
            List<StaffingPlan.Shift> list = new ArrayList<>();
            for (int s = 0; s < shifts; s++) {
                list.add(new StaffingPlan.Shift(s * hours * HOUR, (s + 1) * hours * HOUR, List.of()));
            }
            agents.add(new StaffingPlan.Agent("a" + a, new int[] {0}, list));
        }
        return new StaffingPlan(agents);
    }
}
