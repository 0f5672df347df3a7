package wfm.forecasting.models;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Double-seasonal Holt-Winters exponential smoothing after Taylor (2003), "Short-term electricity demand
 * forecasting using double seasonal exponential smoothing", J. Oper. Res. Soc. 54:799-805: a level, an intraday
 * cycle (period one day) and an intraweek cycle (period one week), plus Taylor's first-order autoregressive
 * adjustment of the one-step error. The additive form is used, because call counts of closed or quiet intervals
 * are 0 and a multiplicative seasonal index is undefined there; no trend term (Taylor found none over a few weeks).
 *
 * <p>Smoothing parameters (level alpha, day delta, week omega, AR phi, all in [0,1]) minimise the in-sample sum of
 * squared one-step errors over the last {@code fitWeeks} weeks (Nelder-Mead on a logistic scale, at most 400
 * evaluations). Closed intervals neither update the state nor count in the error.
 */
public final class DoubleSeasonalHoltWinters implements ForecastModel {
    public static final String NAME = "holt-winters";
    private final int fitWeeks;

    public DoubleSeasonalHoltWinters(int fitWeeks) {
        if (fitWeeks < 2) {
            throw new IllegalArgumentException("fitWeeks (" + fitWeeks + ") must be at least 2");
        }
        this.fitWeeks = fitWeeks;
    }

    public DoubleSeasonalHoltWinters() {
        this(12);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The fitted parameters and final state. */
    public record Fitted(double alpha, double delta, double omega, double phi, double level, double[] day,
                         double[] week, double lastError, int phaseDay, int phaseWeek) implements FittedModel {
        @Override
        public double[] forecast(int steps) {
            double[] f = new double[steps];
            double ar = lastError;
            for (int h = 0; h < steps; h++) {
                ar *= phi;
                f[h] = level + day[(phaseDay + h) % day.length] + week[(phaseWeek + h) % week.length] + ar;
            }
            return f;
        }
    }

    @Override
    public Fitted fit(ModelInput input) {
        int s1 = input.grid().slotsPerDay();
        int s2 = input.grid().slotsPerWeek();
        int n = input.length();
        int weeks = Math.min(fitWeeks, n / s2);
        if (weeks < 2) {
            throw new IllegalArgumentException("holt-winters needs at least two weeks of history, got "
                    + input.days() + " days");
        }
        int from = n - weeks * s2;
        double[] y = java.util.Arrays.copyOfRange(input.values(), from, n);
        boolean[] open = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            open[i] = input.hours().isOpen(input.grid(), from + i);
        }
        // from is a whole number of weeks before n, and n is a whole number of days, so phases start at the
        // grid's own phase of `from`
        int phaseDay0 = Math.floorMod(from, s1);
        int phaseWeek0 = Math.floorMod(from, s2);
        double[] init = initialState(y, open, s2);
        MultivariateFunction sse = p -> run(y, open, s1, s2, init, logistic(p[0]), logistic(p[1]), logistic(p[2]),
                logistic(p[3]), null);
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-7, 1e-9);
        PointValuePair best;
        try {
            best = optimizer.optimize(new MaxEval(400), new ObjectiveFunction(sse), GoalType.MINIMIZE,
                    new InitialGuess(new double[] {logit(0.05), logit(0.02), logit(0.05), logit(0.5)}),
                    new NelderMeadSimplex(4, 1.0));
        } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
            best = null;
        }
        double[] p = best == null ? new double[] {logit(0.05), logit(0.02), logit(0.05), logit(0.5)} : best.getPoint();
        double a = logistic(p[0]);
        double d = logistic(p[1]);
        double w = logistic(p[2]);
        double phi = logistic(p[3]);
        double[] state = new double[2 + s1 + s2];
        run(y, open, s1, s2, init, a, d, w, phi, state);
        double[] day = new double[s1];
        double[] week = new double[s2];
        // the state arrays are indexed by position in y; re-index so that forecast step 0 is grid index n
        for (int k = 0; k < s1; k++) {
            day[k] = state[2 + Math.floorMod(y.length + k, s1)];
        }
        for (int k = 0; k < s2; k++) {
            week[k] = state[2 + s1 + Math.floorMod(y.length + k, s2)];
        }
        return new Fitted(a, d, w, phi, state[0], day, week, state[1], 0, 0);
    }

    /** Level = mean of the open intervals; week index = mean deviation of each interval-of-week; day index 0. */
    private static double[] initialState(double[] y, boolean[] open, int s2) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            if (open[i]) {
                sum += y[i];
                count++;
            }
        }
        double level = count == 0 ? 0 : sum / count;
        double[] week = new double[s2];
        int[] c = new int[s2];
        for (int i = 0; i < y.length; i++) {
            if (open[i]) {
                week[i % s2] += y[i] - level;
                c[i % s2]++;
            }
        }
        for (int k = 0; k < s2; k++) {
            week[k] = c[k] == 0 ? 0 : week[k] / c[k];
        }
        double[] init = new double[1 + s2];
        init[0] = level;
        System.arraycopy(week, 0, init, 1, s2);
        return init;
    }

    /** Runs the filter; returns the SSE of one-step forecasts; writes the final state if {@code out} is given. */
    private static double run(double[] y, boolean[] open, int s1, int s2, double[] init, double alpha, double delta,
                              double omega, double phi, double[] out) {
        double level = init[0];
        double[] day = new double[s1];
        double[] week = new double[s2];
        System.arraycopy(init, 1, week, 0, s2);
        double error = 0;
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            if (!open[t]) {
                continue;
            }
            int i1 = t % s1;
            int i2 = t % s2;
            double base = level + day[i1] + week[i2];
            double oneStep = y[t] - (base + phi * error);
            sse += oneStep * oneStep;
            double e = y[t] - base;
            // Taylor's updates use the new level: d += delta (y - l_t - w - d) = delta (1 - alpha) e, same for w
            level += alpha * e;
            day[i1] += delta * (1 - alpha) * e;
            week[i2] += omega * (1 - alpha) * e;
            error = e;
        }
        if (out != null) {
            out[0] = level;
            out[1] = error;
            System.arraycopy(day, 0, out, 2, s1);
            System.arraycopy(week, 0, out, 2 + s1, s2);
        }
        return sse;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
