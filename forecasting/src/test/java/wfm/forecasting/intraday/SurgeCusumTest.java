package wfm.forecasting.intraday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class SurgeCusumTest {
    private static final int INTERVALS = 28;
    private static final double CALLS = 30;
    /** A level known for sure: the test's reference stays the forecast. */
    private static final DayLevelPrior FIXED = DayLevelPrior.of(1, 1e-4);

    private static List<DayCounts> poissonDays(int count, MersenneTwister random) {
        double[] expected = new double[INTERVALS];
        Arrays.fill(expected, CALLS);
        List<DayCounts> days = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            days.add(new DayCounts(LocalDate.of(2026, 1, 1).plusDays(d), expected, draw(expected, 1, 0, random)));
        }
        return days;
    }

    private static double[] draw(double[] expected, double surge, int from, MersenneTwister random) {
        double[] y = new double[expected.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = new PoissonDistribution(random, expected[i] * (i >= from ? surge : 1), 1e-12, 10_000).sample();
        }
        return y;
    }

    /** Calibrated on simulated ordinary days, the false-alarm rate on fresh days is the rate asked for. */
    @Test
    void calibratedThresholdHoldsTheFalseAlarmRateOnNewDays() {
        MersenneTwister random = new MersenneTwister(42);
        SurgeCusum test = SurgeCusum.calibrate(1.3, 1, FIXED, poissonDays(2000, random), 0.05);
        int alarms = 0;
        int fresh = 4000;
        for (DayCounts day : poissonDays(fresh, random)) {
            alarms += test.firstAlarm(day.expected(), day.actual(), INTERVALS).isPresent() ? 1 : 0;
        }
        // binomial sd of the rate over 4000 days is 0.0034; the calibration's own sampling error adds about as much
        assertEquals(0.05, (double) alarms / fresh, 0.012);
        // a Poisson CUSUM for +30% at 30 calls/interval needs h near 4-5 for ~1 alarm in 20 days of 28 intervals
        assertTrue(test.threshold() > 3 && test.threshold() < 6, "threshold " + test.threshold());
    }

    @Test
    void aFiftyPercentStepIsFoundWithinTwoIntervalsWithItsStartAndLevel() {
        MersenneTwister random = new MersenneTwister(9);
        SurgeCusum test = SurgeCusum.calibrate(1.3, 1, FIXED, poissonDays(1000, random), 0.05);
        double[] expected = new double[INTERVALS];
        Arrays.fill(expected, CALLS);
        List<Integer> delays = new ArrayList<>();
        double levels = 0;
        int starts = 0;
        for (int d = 0; d < 400; d++) {
            int from = 6 + random.nextInt(12);
            Optional<SurgeAlert> alert = test.firstAlarm(expected, draw(expected, 1.5, from, random), INTERVALS);
            assertTrue(alert.isPresent(), "a +50% step for " + (INTERVALS - from) + " intervals goes unseen");
            delays.add(alert.get().interval() - from + 1);
            levels += alert.get().levelRatio();
            starts += Math.abs(alert.get().estimatedStart() - from) <= 1 ? 1 : 0;
        }
        delays.sort(null);
        assertTrue(delays.get(delays.size() / 2) <= 2, "median delay " + delays.get(delays.size() / 2));
        assertEquals(1.5, levels / 400, 0.15);
        assertTrue(starts > 0.6 * 400, "start estimated within one interval on " + starts + " of 400 days");
    }

    @Test
    void overDispersionRaisesTheThresholdToKeepTheRate() {
        MersenneTwister random = new MersenneTwister(1);
        List<DayCounts> days = new ArrayList<>();
        double[] expected = new double[INTERVALS];
        Arrays.fill(expected, CALLS);
        for (int d = 0; d < 1000; d++) {
            double level = 1 + 0.08 * random.nextGaussian();
            days.add(new DayCounts(LocalDate.of(2026, 1, 1).plusDays(d), expected, draw(expected, level, 0, random)));
        }
        SurgeCusum poisson = SurgeCusum.calibrate(1.3, 1, FIXED, poissonDays(1000, random), 0.05);
        SurgeCusum real = SurgeCusum.calibrate(1.3, 1, FIXED, days, 0.05);
        assertTrue(real.threshold() > poisson.threshold() + 1, poisson + " vs " + real);
    }

    /**
     * Days whose level misses the forecast by 8% (sd) and a +50% step after the first third of the day: the
     * reference that learns the day's level before the run finds the step sooner than one fixed at the forecast,
     * both calibrated to the same false-alarm rate on ordinary days of that kind.
     */
    @Test
    void learningTheDaysLevelFindsAMidDayStepSoonerThanAFixedReference() {
        MersenneTwister random = new MersenneTwister(5);
        double[] expected = new double[INTERVALS];
        Arrays.fill(expected, CALLS);
        List<DayCounts> ordinary = new ArrayList<>();
        for (int d = 0; d < 1000; d++) {
            double level = Math.max(0.5, 1 + 0.08 * random.nextGaussian());
            ordinary.add(new DayCounts(LocalDate.of(2026, 1, 1).plusDays(d), expected,
                    draw(expected, level, 0, random)));
        }
        SurgeCusum fixed = SurgeCusum.calibrate(1.3, 1, FIXED, ordinary, 0.05);
        SurgeCusum learning = SurgeCusum.calibrate(1.3, 1, DayLevelPrior.of(1, 0.08), ordinary, 0.05);
        int fixedDelay = 0;
        int learningDelay = 0;
        for (int d = 0; d < 400; d++) {
            double level = Math.max(0.5, 1 + 0.08 * random.nextGaussian());
            double[] y = draw(expected, level, 0, random);
            double[] surge = draw(expected, level * 0.5, 10, random);
            for (int i = 10; i < INTERVALS; i++) {
                y[i] += surge[i];
            }
            fixedDelay += fixed.firstAlarm(expected, y, INTERVALS).map(a -> a.interval() - 9).orElse(INTERVALS);
            learningDelay += learning.firstAlarm(expected, y, INTERVALS).map(a -> a.interval() - 9).orElse(INTERVALS);
        }
        assertTrue(learningDelay < 0.8 * fixedDelay, "mean delay learning " + learningDelay / 400.0 + " vs fixed "
                + fixedDelay / 400.0);
    }
}
