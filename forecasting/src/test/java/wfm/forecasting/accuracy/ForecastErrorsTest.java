package wfm.forecasting.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class ForecastErrorsTest {

    @Test
    void dayRatiosAndAhtRatiosFollowTheirDefinitions() {
        // one fold, two days of three intervals; day 1 has a missing interval, left out of both sums
        double[] f = {10, 20, 30, 5, 5, 0};
        double[] a = {12, Double.NaN, 33, 4, 8, 0};
        double[] ahtF = {100, 100, 200, 150, 150, 150};
        double[] ahtA = {110, Double.NaN, 180, 150, 300, Double.NaN};
        double[] handled = {12, Double.NaN, 30, 4, 8, 0};
        ForecastErrors e = ForecastErrors.measure("q", List.of(f), List.of(a), List.of(ahtF), List.of(ahtA),
                List.of(handled), 3);
        assertEquals(2, e.days().size());
        ForecastErrors.DayError d1 = e.days().get(0);
        assertEquals(1, d1.leadDay());
        assertEquals(45.0 / 40.0, d1.callsRatio(), 1e-12);
        assertEquals(40.0, d1.forecastCalls(), 1e-12, "the forecast total of the intervals with an actual");
        double actualAht = (12 * 110 + 30 * 180) / 42.0;
        double forecastAht = (10 * 100 + 20 * 100 + 30 * 200) / 60.0;
        assertEquals(actualAht / forecastAht, d1.ahtRatio(), 1e-12);
        ForecastErrors.DayError d2 = e.days().get(1);
        assertEquals(2, d2.leadDay());
        assertEquals(12.0 / 10.0, d2.callsRatio(), 1e-12);
        assertEquals(((4 * 150 + 8 * 300) / 12.0) / 150, d2.ahtRatio(), 1e-12);
    }

    /** Futures drawn from a known model: day level lognormal(0, 0.1), intraday gamma noise of CV 0.2, Poisson. */
    @Test
    void measuredErrorsRecoverTheModelThatMadeTheActuals() {
        MersenneTwister rng = new MersenneTwister(7);
        Random normal = new Random(8);
        double cv = 0.2;
        GammaDistribution noise = new GammaDistribution(rng, 1 / (cv * cv), cv * cv);
        int spd = 48;
        List<double[]> fs = new ArrayList<>();
        List<double[]> as = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            double[] f = new double[7 * spd];
            double[] a = new double[7 * spd];
            for (int day = 0; day < 7; day++) {
                double level = Math.exp(0.1 * normal.nextGaussian() - 0.005);
                for (int s = 0; s < spd; s++) {
                    int h = day * spd + s;
                    f[h] = s < 16 ? 0 : 40 + 60 * Math.sin(Math.PI * (s - 16) / 32.0);
                    a[h] = f[h] > 0 ? new PoissonDistribution(rng, f[h] * level * noise.sample(), 1e-12,
                            10_000).sample() : Double.NaN;
                }
            }
            fs.add(f);
            as.add(a);
        }
        ForecastErrors e = ForecastErrors.measure("q", fs, as, null, null, null, spd);
        assertEquals(cv, e.intervalCv(), 0.01, "intraday noise beyond Poisson");
        assertEquals(420, e.days().size());
        assertTrue(Double.isNaN(e.days().get(0).ahtRatio()));
        // ratio quantiles: lognormal(-0.005, 0.1) widened by the day's own Poisson noise (~1/2,000)
        double sd = Math.sqrt(0.01 + 1 / 2000.0);
        double[] all = e.days().stream().mapToDouble(ForecastErrors.DayError::callsRatio).sorted().toArray();
        assertEquals(Math.exp(-0.005 + 1.2816 * sd), PredictionIntervals.quantile(all, 0.9), 0.015);
        assertEquals(Math.exp(-0.005 - 1.2816 * sd), PredictionIntervals.quantile(all, 0.1), 0.015);
        // day levels net of Poisson: their spread is the lognormal's alone
        double[] levels = e.dayLevels(1);
        assertEquals(Math.max(ForecastErrors.MIN_DAYS, 60), levels.length);
    }

    @Test
    void aLeadDayPoolsTheNearestLeadDaysUntilEnoughDays() {
        List<ForecastErrors.DayError> days = new ArrayList<>();
        for (int fold = 0; fold < 4; fold++) {
            for (int lead = 1; lead <= 31; lead++) {
                days.add(new ForecastErrors.DayError(lead, 1 + lead / 100.0, Double.NaN, 100));
            }
        }
        ForecastErrors e = new ForecastErrors("q", days, 0);
        double[] r = e.callsRatios(1);
        assertEquals(20, r.length, "lead days 1..5, four folds each");
        assertEquals(1.05, Arrays.stream(r).max().orElseThrow(), 1e-12);
        double[] mid = e.callsRatios(16);
        assertEquals(1.14, Arrays.stream(mid).min().orElseThrow(), 1e-12, "lead days 14..18");
        assertEquals(1.18, Arrays.stream(mid).max().orElseThrow(), 1e-12);
        assertEquals(1.27, Arrays.stream(e.callsRatios(99)).min().orElseThrow(), 1e-12, "beyond: the last ones");
    }

    @Test
    void dayLevelsLoseThePoissonNoiseTheRatiosCarry() {
        // ratios with variance 0.02 measured on days of 100 calls (Poisson variance 0.01): levels keep 0.01
        double[] ratios = {0.8, 1.2, 0.9, 1.1, 1.0, 0.85, 1.15, 0.95, 1.05, 1.0};
        List<ForecastErrors.DayError> days = new ArrayList<>();
        for (double r : ratios) {
            days.add(new ForecastErrors.DayError(1, r, Double.NaN, 100));
        }
        double mean = Arrays.stream(ratios).average().orElseThrow();
        double var = Arrays.stream(ratios).map(r -> (r - mean) * (r - mean)).sum() / 9;
        double[] levels = new ForecastErrors("q", days, 0).dayLevels(1);
        double lm = Arrays.stream(levels).average().orElseThrow();
        double lv = Arrays.stream(levels).map(r -> (r - lm) * (r - lm)).sum() / 9;
        assertEquals(mean, lm, 1e-12);
        assertEquals(var - 0.01, lv, 1e-12);
    }
}
