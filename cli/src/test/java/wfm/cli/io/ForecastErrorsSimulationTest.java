package wfm.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.forecasting.accuracy.ForecastErrors;
import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.DemandUncertainty;
import wfm.simulation.model.ReplayOptions;
import wfm.simulation.model.ReplayRun;
import wfm.simulation.model.RosterReplay;
import wfm.simulation.model.StaffingPlan;
import wfm.simulation.random.RandomStreams;

/**
 * One error model: the futures {@code wfm simulate} draws from forecast.errors.csv spread their day totals as the
 * forecast's day-total prediction intervals say. The backtest is made from a known model (day level lognormal with
 * sd 0.08, intraday gamma noise of CV 0.1, Poisson arrivals) on a large queue (2,000 calls a day) and a small one
 * (60 a day, where the measured ratios carry as much Poisson noise as level error, which the simulation must not
 * add twice).
 */
class ForecastErrorsSimulationTest {
    private static final int SLOTS = 48;
    private static final int REPLICATIONS = 2000;

    private static double[] shape(double dayTotal) {
        double[] f = new double[SLOTS];
        double sum = 0;
        for (int s = 16; s < 44; s++) {
            f[s] = 1 + Math.sin(Math.PI * (s - 16) / 28.0);
            sum += f[s];
        }
        for (int s = 0; s < SLOTS; s++) {
            f[s] *= dayTotal / sum;
        }
        return f;
    }

    /** Eight weekly origins of a seven-day horizon, the actuals drawn from the known model. */
    private static ForecastErrors backtest(String queue, double dayTotal, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        Random normal = new Random(seed);
        GammaDistribution noise = new GammaDistribution(rng, 100, 0.01);
        double[] day = shape(dayTotal);
        List<double[]> forecasts = new ArrayList<>();
        List<double[]> actuals = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            double[] f = new double[7 * SLOTS];
            double[] a = new double[7 * SLOTS];
            for (int d = 0; d < 7; d++) {
                double level = Math.exp(0.08 * normal.nextGaussian());
                for (int s = 0; s < SLOTS; s++) {
                    int h = d * SLOTS + s;
                    f[h] = day[s];
                    a[h] = f[h] > 0 ? new PoissonDistribution(rng, f[h] * level * noise.sample(), 1e-12, 10_000)
                            .sample() : Double.NaN;
                }
            }
            forecasts.add(f);
            actuals.add(a);
        }
        return ForecastErrors.measure(queue, forecasts, actuals, null, null, null, SLOTS);
    }

    @Test
    void simulatedDayTotalsFallInTheForecastsDayTotalBoundsAtTheirNominalRates(@TempDir Path dir) {
        double[] totals = {2000, 60};
        Path file = dir.resolve("forecast.errors.csv");
        ForecastErrorsCsv.write(file, List.of(backtest("large", totals[0], 1), backtest("small", totals[1], 2)));
        Map<String, ForecastErrors> errors = ForecastErrorsCsv.readErrors(file);
        DemandUncertainty demand = ForecastErrorsCsv.read(file, List.of("large", "small"));

        ArrivalProfile profile = new ArrivalProfile(List.of("large", "small"), 1800,
                new double[][] {shape(totals[0]), shape(totals[1])},
                new double[][] {filled(30), filled(30)});
        List<StaffingPlan.Agent> agents = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            agents.add(new StaffingPlan.Agent("a" + a, new int[] {0, 1},
                    List.of(new StaffingPlan.Shift(0, 86400, List.of(), null))));
        }
        StaffingPlan plan = new StaffingPlan(agents);
        ReplayOptions options = ReplayOptions.defaults(600).withDemand(demand);
        RandomStreams streams = new RandomStreams(20261206L, RosterReplay.streamsFor(profile));
        long[][] dayTotals = new long[2][REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            ReplayRun run = new RosterReplay(profile, plan, null, options, streams, r).run();
            for (int q = 0; q < 2; q++) {
                dayTotals[q][r] = Arrays.stream(run.offered()[q]).sum();
            }
        }
        for (int q = 0; q < 2; q++) {
            String queue = q == 0 ? "large" : "small";
            double[] b = errors.get(queue).dayTotalBounds(1, totals[q]);
            int in80 = 0;
            int in95 = 0;
            for (long t : dayTotals[q]) {
                in80 += t >= b[0] && t <= b[1] ? 1 : 0;
                in95 += t >= b[2] && t <= b[3] ? 1 : 0;
            }
            String what = queue + ": bounds " + Arrays.toString(b);
            System.out.printf("%s: forecast %.0f calls, day-total bounds 80%% [%.0f, %.0f] 95%% [%.0f, %.0f]; "
                    + "simulated totals inside: %.3f and %.3f%n", queue, totals[q], b[0], b[1], b[2], b[3],
                    in80 / (double) REPLICATIONS, in95 / (double) REPLICATIONS);
            // binomial sampling sd of a coverage over 2,000 replications: 0.009 (80%), 0.005 (95%); the pooled
            // 24 backtest days are a discrete sample, whose type-7 quantiles cover within about a day's weight
            assertEquals(0.80, in80 / (double) REPLICATIONS, 0.04, what);
            assertEquals(0.95, in95 / (double) REPLICATIONS, 0.025, what);
        }
    }

    private static double[] filled(double value) {
        double[] a = new double[SLOTS];
        Arrays.fill(a, value);
        return a;
    }
}
