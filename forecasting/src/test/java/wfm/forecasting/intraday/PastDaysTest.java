package wfm.forecasting.intraday;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import wfm.forecasting.series.HistoryBuilder;
import wfm.forecasting.series.IntervalSeries;

class PastDaysTest {

    /**
     * Pure Poisson counts around a fixed weekly shape: each count varies by its mean, and the four-week stand-in by a
     * quarter of it, so the Pearson dispersion is 1 + 1/4 (and a
     * little more, E[1/e] > 1/E[e]) and the day ratios spread only by count noise.
     */
    @Test
    void dispersionOfPoissonCountsAroundAFourWeekAverageIsOneAndAQuarter() {
        HistoryBuilder builder = new HistoryBuilder();
        MersenneTwister random = new MersenneTwister(2);
        LocalDate first = LocalDate.of(2026, 1, 5);
        for (int d = 0; d < 400; d++) {
            for (int s = 16; s < 40; s++) {
                double mean = 20 + 10 * Math.sin(s / 4.0) + 5 * (d % 7);
                builder.add("q", first.plusDays(d).atStartOfDay().plusMinutes(30L * s),
                        new PoissonDistribution(random, mean, 1e-12, 10_000).sample(), Double.NaN, Double.NaN);
            }
        }
        IntervalSeries series = builder.build(0).get(0);
        PastDays days = PastDays.of(series, first.plusDays(150));
        assertEquals(122, days.days().size());
        assertEquals(1.26, PastDays.of(series, first.plusDays(400)).dispersion(), 0.04);
        assertEquals(1.0, days.prior().mean(), 0.01);
        assertEquals(DayLevelPrior.MIN_CV, days.prior().cv(), 0.02);
        assertEquals(0, days.levelDrift(), 0.02, "no drift beyond the count noise");
    }
}
