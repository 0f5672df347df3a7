package wfm.forecasting.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PredictionIntervalsTest {

    @Test
    void intervalsFromResidualsCoverFreshPoissonCountsAtTheirNominalRate() {
        Random rnd = new Random(11);
        List<double[]> f = new ArrayList<>();
        List<double[]> a = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            double[] ff = new double[48];
            double[] aa = new double[48];
            for (int h = 0; h < 48; h++) {
                ff[h] = 5 + 100 * (h % 24) / 24.0;
                aa[h] = poisson(rnd, ff[h]);
            }
            f.add(ff);
            a.add(aa);
        }
        PredictionIntervals pi = PredictionIntervals.fit(f, a, 24);
        int in80 = 0;
        int in95 = 0;
        int n = 20000;
        for (int j = 0; j < n; j++) {
            int h = j % 48;
            double mean = 5 + 100 * (h % 24) / 24.0;
            double x = poisson(rnd, mean);
            double[] b = pi.bounds(h, mean);
            in80 += x >= b[0] && x <= b[1] ? 1 : 0;
            in95 += x >= b[2] && x <= b[3] ? 1 : 0;
            assertTrue(b[2] >= 0 && b[0] >= b[2] && b[1] >= b[0] && b[3] >= b[1], "ordered, never negative");
        }
        assertEquals(0.80, in80 / (double) n, 0.05);
        assertEquals(0.95, in95 / (double) n, 0.03);
    }

    @Test
    void boundsAreNeverNegativeEvenForSmallForecasts() {
        List<double[]> f = List.of(new double[] {1, 1, 1, 1});
        List<double[]> a = List.of(new double[] {0, 0, 5, 0});
        PredictionIntervals pi = PredictionIntervals.fit(f, a, 4);
        double[] b = pi.bounds(0, 0.2);
        assertTrue(b[0] >= 0 && b[2] >= 0);
    }

    @Test
    void quantileInterpolatesLikeRType7() {
        double[] x = {1, 2, 3, 4};
        assertEquals(1.3, PredictionIntervals.quantile(x, 0.1), 1e-12); // R: quantile(1:4, 0.1) = 1.3
    }

    private static double poisson(Random rnd, double mean) {
        double l = Math.exp(-mean);
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * rnd.nextGaussian()));
        }
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
