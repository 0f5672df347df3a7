package wfm.forecasting.intraday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class DayLevelUpdateTest {
    private static final double[] SHAPE = {10, 20, 40, 60, 60, 50, 40, 40, 30, 20};

    @Test
    void posteriorIsTheConjugateGammaAndTheRestIsItsNegativeBinomial() {
        DayLevelPrior prior = new DayLevelPrior(50, 48);
        double[] actual = {12, 25, 49, Double.NaN, 70, 0, 0, 0, 0, 0};
        RestOfDay rest = new DayLevelUpdate(prior, 1, 0).reforecast(SHAPE, actual, 5);
        // seen 12+25+49+70 = 156 against 10+20+40+60 = 130 (interval 3 unobserved)
        assertEquals(50 + 156, rest.posterior().shape(), 1e-12);
        assertEquals(48 + 130, rest.posterior().rate(), 1e-12);
        assertEquals(156.0 / 130, rest.ratioSoFar(), 1e-12);
        double level = 206.0 / 178;
        assertEquals(5, rest.intervals().size());
        assertEquals(50 * level, rest.intervals().get(0).mean(), 1e-9);
        assertEquals(180 * level, rest.total().mean(), 1e-9);
        NegativeBinomial total = new NegativeBinomial(206, 178 / (178 + 180.0));
        assertEquals(total.quantile(0.1), rest.total().lo80());
        assertEquals(total.quantile(0.975), rest.total().hi95());
    }

    @Test
    void aSureLevelKeepsTheForecastAndAVagueOneFollowsTheMorning() {
        double[] actual = {15, 30, 60, 90, 90, 0, 0, 0, 0, 0};
        RestOfDay sure = new DayLevelUpdate(DayLevelPrior.of(1.0, 1e-4), 1, 0).reforecast(SHAPE, actual, 5);
        RestOfDay vague = new DayLevelUpdate(DayLevelPrior.of(1.0, 10), 1, 0).reforecast(SHAPE, actual, 5);
        double[] ratio = RatioToDate.reforecast(SHAPE, actual, 5);
        assertEquals(50, sure.intervals().get(0).mean(), 0.01);
        assertEquals(1.5, ratio[0] / 50, 1e-12);
        assertEquals(ratio[0], vague.intervals().get(0).mean(), 0.01);
    }

    @Test
    void dispersionWidensTheBandsButKeepsTheMeanLevelOfAPurePoissonPrior() {
        double[] actual = {12, 22, 44, 66, 0, 0, 0, 0, 0, 0};
        RestOfDay poisson = new DayLevelUpdate(DayLevelPrior.of(1, 0.1), 1, 0).reforecast(SHAPE, actual, 4);
        RestOfDay overdispersed = new DayLevelUpdate(DayLevelPrior.of(1, 0.1), 3, 0).reforecast(SHAPE, actual, 4);
        Band p = poisson.intervals().get(0);
        Band o = overdispersed.intervals().get(0);
        assertTrue(o.hi95() - o.lo95() > 1.5 * (p.hi95() - p.lo95()), p + " vs " + o);
        assertTrue(Math.abs(o.mean() - 60) < Math.abs(p.mean() - 60), "a dispersed morning moves the level less");
    }

    /** Days drawn from the model itself: the conditional intervals cover at their nominal rates. */
    @Test
    void intervalsCoverAtTheirNominalRateOnDaysDrawnFromThePrior() {
        DayLevelPrior prior = DayLevelPrior.of(1.0, 0.08);
        GammaDistribution levels = new GammaDistribution(new MersenneTwister(7), prior.shape(), 1 / prior.rate());
        MersenneTwister random = new MersenneTwister(11);
        int days = 3000;
        int in80 = 0;
        int in95 = 0;
        int total80 = 0;
        int n = 0;
        DayLevelUpdate update = new DayLevelUpdate(prior, 1, 0);
        for (int d = 0; d < days; d++) {
            double theta = levels.sample();
            double[] actual = Arrays.stream(SHAPE).map(f -> new PoissonDistribution(random, theta * f,
                    1e-12, 10_000).sample()).toArray();
            RestOfDay rest = update.reforecast(SHAPE, actual, 4);
            double restTotal = 0;
            for (int j = 4; j < SHAPE.length; j++) {
                Band b = rest.intervals().get(j - 4);
                in80 += actual[j] >= b.lo80() && actual[j] <= b.hi80() ? 1 : 0;
                in95 += actual[j] >= b.lo95() && actual[j] <= b.hi95() ? 1 : 0;
                restTotal += actual[j];
                n++;
            }
            total80 += restTotal >= rest.total().lo80() && restTotal <= rest.total().hi80() ? 1 : 0;
        }
        // discrete quantiles include both ends, so coverage is at least nominal and a little above it
        assertEquals(0.82, (double) in80 / n, 0.025, "80% interval per interval");
        assertEquals(0.96, (double) in95 / n, 0.015, "95% interval per interval");
        assertEquals(0.80, (double) total80 / days, 0.03, "80% interval of the rest-of-day total");
    }

    /** Days whose afternoon level drifts from the morning's by a gamma factor of CV 10%: the drift keeps the cover. */
    @Test
    void aDriftingAfternoonIsCoveredWhenTheDriftIsAllowedFor() {
        DayLevelPrior prior = DayLevelPrior.of(1.0, 0.05);
        GammaDistribution levels = new GammaDistribution(new MersenneTwister(3), prior.shape(), 1 / prior.rate());
        GammaDistribution drifts = new GammaDistribution(new MersenneTwister(4), 100, 0.01);
        MersenneTwister random = new MersenneTwister(5);
        double[] shape = Arrays.stream(SHAPE).map(f -> 10 * f).toArray();
        int withDrift = 0;
        int without = 0;
        int days = 2000;
        for (int d = 0; d < days; d++) {
            double theta = levels.sample();
            double delta = drifts.sample();
            double[] actual = new double[shape.length];
            double rest = 0;
            for (int i = 0; i < shape.length; i++) {
                actual[i] = new PoissonDistribution(random, theta * (i < 4 ? 1 : delta) * shape[i], 1e-12, 100_000)
                        .sample();
                rest += i >= 4 ? actual[i] : 0;
            }
            Band a = new DayLevelUpdate(prior, 1, 0.10).reforecast(shape, actual, 4).total();
            Band b = new DayLevelUpdate(prior, 1, 0).reforecast(shape, actual, 4).total();
            withDrift += rest >= a.lo80() && rest <= a.hi80() ? 1 : 0;
            without += rest >= b.lo80() && rest <= b.hi80() ? 1 : 0;
        }
        assertEquals(0.80, (double) withDrift / days, 0.03);
        assertTrue(without < 0.7 * days, "without the drift the band is too narrow: " + without + " of " + days);
    }
}
