package wfm.forecasting.models;

import java.util.Map;

/**
 * What {@code --model auto} forecasts with, from backtest WAPEs: the {@link ModelCatalog#ensemble() combination},
 * unless one base model is clearly and consistently better: its WAPE over the folds judged at least
 * {@link #MARGIN} below the combination's, and lower than the combination's on at least {@link #AGREEMENT} of them,
 * with at least {@link #MIN_FOLDS} folds. A combination of models that err differently is rarely the best on a given
 * set of folds but rarely far from it, while the best single model changes from one fold set to the next (on the two
 * real series of {@code benchmarks/README.md}, taking the lowest WAPE outright lost to a baseline on some fold sets
 * by up to 6%); a model that is better fold after fold, as the calendar regression is on month-end billing surges,
 * still wins.
 */
public final class AutoChoice {
    /** How much lower (relative) a single model's WAPE must be to replace the combination. */
    public static final double MARGIN = 0.10;
    /** The share of the folds judged on which it must beat the combination. */
    public static final double AGREEMENT = 2.0 / 3;
    /** The fewest folds a single model is chosen on. */
    public static final int MIN_FOLDS = 3;

    private AutoChoice() {
    }

    /** WAPE over the folds judged, and on each of them. */
    public record Score(double pooled, double[] byFold) {
    }

    /**
     * @param combination the combination's score
     * @param base        each base model's score on the same folds
     * @return {@link Combination#NAME} or the name of the base model chosen
     */
    public static String choose(Score combination, Map<String, Score> base) {
        String best = Combination.NAME;
        int folds = combination.byFold().length;
        if (folds < MIN_FOLDS) {
            return best;
        }
        double bound = (1 - MARGIN) * combination.pooled();
        for (Map.Entry<String, Score> e : base.entrySet()) {
            Score s = e.getValue();
            int wins = 0;
            for (int k = 0; k < folds; k++) {
                wins += s.byFold()[k] < combination.byFold()[k] ? 1 : 0;
            }
            if (s.pooled() < bound && wins >= AGREEMENT * folds) {
                bound = s.pooled();
                best = e.getKey();
            }
        }
        return best;
    }
}
