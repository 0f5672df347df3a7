package wfm.simulation.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import wfm.simulation.random.RandomStreams;
import wfm.simulation.stats.Tally;

/** Forecast error in the replay: day factors resampled per lead day, AHT factors, intraday noise. */
class DemandUncertaintyReplayTest {
    private static final double DAY = 86400;

    /** {@code perInterval} calls every half hour on each queue, AHT {@code aht}. */
    static ArrivalProfile constant(int queues, int days, double perInterval, double aht) {
        double[][] calls = new double[queues][days * 48];
        double[][] ahts = new double[queues][days * 48];
        List<String> names = new ArrayList<>();
        for (int q = 0; q < queues; q++) {
            Arrays.fill(calls[q], perInterval);
            Arrays.fill(ahts[q], aht);
            names.add("q" + q);
        }
        return new ArrivalProfile(names, 1800, calls, ahts);
    }

    static StaffingPlan roundTheClock(int agents, int days, int... skills) {
        List<StaffingPlan.Agent> list = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            List<StaffingPlan.Shift> shifts = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                shifts.add(new StaffingPlan.Shift(d * DAY, (d + 1) * DAY, List.of()));
            }
            list.add(new StaffingPlan.Agent("a" + a, skills, shifts));
        }
        return new StaffingPlan(list);
    }

    static ReplayRun once(ArrivalProfile p, StaffingPlan plan, ReplayOptions o, long seed, int replication) {
        return new RosterReplay(p, plan, null, o, new RandomStreams(seed, RosterReplay.streamsFor(p)), replication)
                .run();
    }

    private static long dayTotal(ReplayRun run, int q, int d) {
        return Arrays.stream(run.offered()[q], d * 48, (d + 1) * 48).sum();
    }

    @Test
    void ratiosOfOneAndNoIntradayNoiseGiveExactlyTheRunWithoutForecastError() {
        ArrivalProfile p = constant(2, 3, 40, 180);
        StaffingPlan plan = roundTheClock(6, 3, 0, 1);
        ReplayOptions base = ReplayOptions.defaults(90).withAbsenteeism(0.2).withHandleTimeCv(0.7)
                .withDailyLevelCv(0.05);
        DemandUncertainty.QueueErrors ones = new DemandUncertainty.QueueErrors(
                new double[][] {{1, 1, 1}}, new double[][] {{1.0}}, 0);
        ReplayRun without = once(p, plan, base, 42, 3);
        ReplayRun withOnes = once(p, plan, base.withOffPhoneShare(0)
                .withDemand(new DemandUncertainty(List.of(ones, ones))), 42, 3);
        for (int q = 0; q < 2; q++) {
            assertArrayEquals(without.offered()[q], withOnes.offered()[q]);
            assertArrayEquals(without.abandoned()[q], withOnes.abandoned()[q]);
            assertArrayEquals(without.waitSeconds()[q], withOnes.waitSeconds()[q]);
        }
        assertArrayEquals(without.busySeconds(), withOnes.busySeconds());
    }

    @Test
    void eachDayTakesItsLeadDaysRatioAndLaterDaysTheLastOne() {
        // lead day 1 exact, lead day 2 and beyond doubled
        ArrivalProfile p = constant(1, 4, 100, 60);
        DemandUncertainty d = new DemandUncertainty(List.of(new DemandUncertainty.QueueErrors(
                new double[][] {{1.0}, {2.0}}, new double[0][], 0)));
        ReplayRun run = once(p, roundTheClock(20, 4, 0), ReplayOptions.defaults(90).withDemand(d), 1, 0);
        double forecast = 4800;
        double sd = Math.sqrt(2 * forecast);
        assertEquals(forecast, dayTotal(run, 0, 0), 4 * Math.sqrt(forecast));
        for (int day = 1; day < 4; day++) {
            assertEquals(2 * forecast, dayTotal(run, 0, day), 4 * sd, "day " + day);
        }
    }

    @Test
    void resampledDayFactorsAreSharedByTheQueuesAndMatchTheEmpiricalRatios() {
        // two origins: a low day (0.6) and a high day (1.4), aligned across the two queues
        int days = 40;
        ArrivalProfile p = constant(2, days, 50, 60);
        DemandUncertainty.QueueErrors e = new DemandUncertainty.QueueErrors(
                new double[][] {{0.6, 1.4}}, new double[0][], 0);
        ReplayRun run = once(p, roundTheClock(20, days, 0, 1),
                ReplayOptions.defaults(90).withDemand(new DemandUncertainty(List.of(e, e))), 7, 0);
        double forecast = 2400;
        int high = 0;
        for (int d = 0; d < days; d++) {
            long a = dayTotal(run, 0, d);
            long b = dayTotal(run, 1, d);
            boolean aHigh = Math.abs(a - 1.4 * forecast) < 5 * Math.sqrt(1.4 * forecast);
            boolean aLow = Math.abs(a - 0.6 * forecast) < 5 * Math.sqrt(0.6 * forecast);
            assertTrue(aHigh ^ aLow, "day " + d + " total " + a + " is neither 0.6 nor 1.4 times the forecast");
            boolean bHigh = Math.abs(b - 1.4 * forecast) < 5 * Math.sqrt(1.4 * forecast);
            assertEquals(aHigh, bHigh, "day " + d + ": both queues take the same origin (" + a + ", " + b + ")");
            high += aHigh ? 1 : 0;
        }
        // 40 fair draws: 20 +- 3.2; 4 sd either way
        assertEquals(20, high, 13);
        assertTrue(high > 6 && high < 34, "high days " + high);
    }

    @Test
    void theAhtRatioScalesTheDaysHandleTimes() {
        ArrivalProfile p = constant(1, 2, 20, 120);
        DemandUncertainty d = new DemandUncertainty(List.of(new DemandUncertainty.QueueErrors(
                new double[0][], new double[][] {{1.5}}, 0)));
        ReplayRun run = once(p, roundTheClock(30, 2, 0), ReplayOptions.defaults(600).withDemand(d), 3, 0);
        double answered = Arrays.stream(run.answered()[0]).sum();
        double busy = Arrays.stream(run.busySeconds()).sum();
        // 1,920 calls of mean 180 s: the mean's sd is 180 / sqrt(1920) = 4.1 s
        assertEquals(180, busy / answered, 4 * 180 / Math.sqrt(answered));
    }

    @Test
    void intradayNoiseAddsTheGammaVarianceToPoisson() {
        // lambda = 100 per interval, cv 0.3: Var = 100 + (0.3 * 100)^2 = 1,000, against Poisson's 100
        int days = 20;
        ArrivalProfile p = constant(1, days, 100, 30);
        DemandUncertainty d = new DemandUncertainty(List.of(new DemandUncertainty.QueueErrors(
                new double[0][], new double[0][], 0.3)));
        ReplayRun run = once(p, roundTheClock(10, days, 0), ReplayOptions.defaults(90).withDemand(d), 5, 0);
        Tally t = new Tally();
        for (long n : run.offered()[0]) {
            t.add(n);
        }
        assertEquals(100, t.mean(), 4 * Math.sqrt(1000.0 / t.count()));
        // 960 intervals: the sample variance's relative sd is about sqrt(2 / 960 + excess kurtosis term) < 8%
        assertEquals(1000, t.variance(), 250);
    }

    @Test
    void badUncertaintyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DemandUncertainty.QueueErrors(
                new double[][] {{}}, new double[0][], 0));
        assertThrows(IllegalArgumentException.class, () -> new DemandUncertainty.QueueErrors(
                new double[][] {{-0.5}}, new double[0][], 0));
        assertThrows(IllegalArgumentException.class, () -> new DemandUncertainty.QueueErrors(
                new double[0][], new double[0][], -1));
        ArrivalProfile p = constant(2, 1, 1, 60);
        DemandUncertainty one = new DemandUncertainty(List.of(DemandUncertainty.QueueErrors.exactForecast()));
        assertThrows(IllegalArgumentException.class,
                () -> once(p, roundTheClock(1, 1, 0), ReplayOptions.defaults(60).withDemand(one), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> ReplayOptions.defaults(60).withOffPhoneShare(0.95));
    }
}
