package wfm.simulation.risk;

import java.util.ArrayList;
import java.util.List;

import wfm.simulation.experiment.ReplayExperiment;
import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.QueueRules;
import wfm.simulation.model.ReplayOptions;
import wfm.simulation.model.ReplayRun;
import wfm.simulation.model.StaffingPlan;

/**
 * As many replications as the risk verdict needs: starts with {@code minReplications}, then doubles (parallel
 * batches, capped at {@code maxReplications}) until every judged day's P(met) interval lies entirely above or below
 * the confidence ({@link RiskVerdict#decided()}), or the maximum is reached. Replication r always uses substream r
 * of the seed, so the result depends on the seed and the number of replications run, not on the threads or the
 * batches. A day whose true P(met) equals the confidence is never decided; it runs to the maximum.
 *
 * <p>Sizes to expect: a day met in every replication is decided at 35 replications for confidence 0.9 (Wilson
 * lower bound n/(n + 1.96^2) > 0.9), at 75 for 0.95.
 */
public final class RiskExperiment {
    private RiskExperiment() {
    }

    public static RiskResult run(ArrivalProfile profile, StaffingPlan plan, List<QueueRules> rules,
                                 ReplayOptions options, RiskTarget target, int minReplications, int maxReplications,
                                 long seed, int threads) {
        if (minReplications < 1 || maxReplications < minReplications) {
            throw new IllegalArgumentException("replications must satisfy 1 <= min (" + minReplications
                    + ") <= max (" + maxReplications + ")");
        }
        long start = System.nanoTime();
        List<ReplayRun> runs = new ArrayList<>();
        int goal = minReplications;
        RiskVerdict verdict;
        while (true) {
            runs.addAll(ReplayExperiment.runs(profile, plan, rules, options, runs.size(), goal - runs.size(), seed,
                    threads));
            verdict = RiskVerdict.of(profile, runs, target);
            if (verdict.decided() || runs.size() >= maxReplications) {
                break;
            }
            goal = Math.min(maxReplications, 2 * runs.size());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new RiskResult(runs, ReplayExperiment.summarize(profile, runs, seed, elapsed), verdict);
    }
}
