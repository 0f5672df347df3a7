package wfm.simulation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import wfm.simulation.experiment.ReplayExperiment;
import wfm.simulation.experiment.ReplayResult;
import wfm.simulation.random.RandomStreams;
import wfm.simulation.stats.ConfidenceInterval;
import wfm.simulation.stats.Tally;

class RosterReplayTest {
    private static final double DAY = 86400;
    private static final double HALF_HOUR = 1800;

    /** Constant traffic: {@code callsPerInterval} every half hour, every day, on each queue. */
    private static ArrivalProfile constant(int queues, int days, double callsPerInterval, double aht) {
        int n = days * 48;
        double[][] calls = new double[queues][n];
        double[][] ahts = new double[queues][n];
        for (int q = 0; q < queues; q++) {
            Arrays.fill(calls[q], callsPerInterval);
            Arrays.fill(ahts[q], aht);
        }
        List<String> names = new ArrayList<>();
        for (int q = 0; q < queues; q++) {
            names.add("q" + q);
        }
        return new ArrivalProfile(names, HALF_HOUR, calls, ahts);
    }

    /** {@code agents} agents with the given skills, each on duty around the clock (one shift per day). */
    private static List<StaffingPlan.Agent> roundTheClock(String prefix, int agents, int days, int... skills) {
        List<StaffingPlan.Agent> list = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            List<StaffingPlan.Shift> shifts = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                shifts.add(new StaffingPlan.Shift(d * DAY, (d + 1) * DAY, List.of()));
            }
            list.add(new StaffingPlan.Agent(prefix + a, skills, shifts));
        }
        return list;
    }

    private static ReplayRun once(ArrivalProfile p, List<StaffingPlan.Agent> agents, List<QueueRules> rules,
                                  ReplayOptions o, long seed) {
        RandomStreams streams = new RandomStreams(seed, RosterReplay.streamsFor(p));
        return new RosterReplay(p, new StaffingPlan(agents), rules, o, streams, 0).run();
    }

    private static long sum(long[][] a, int q) {
        return Arrays.stream(a[q]).sum();
    }

    @Test
    void constantTrafficAgreesWithErlangA() {
        // 50 agents, 45 Erlangs (450 calls per half hour at 180 s), patience 120 s: Erlang A P(abandon) = 0.02403
        int days = 10;
        ArrivalProfile p = constant(1, days, 450, 180);
        ReplayResult r = ReplayExperiment.run(p, new StaffingPlan(roundTheClock("a", 50, days, 0)), null,
                ReplayOptions.defaults(120), 10, 5, 2);
        double theory = QueueingTheory.erlangA(50, 45, 180, 120)[1];
        ConfidenceInterval ci = r.overall().estimate(ReplayMeasure.ABANDON_RATE);
        assertTrue(Math.abs(ci.mean() - theory) < ci.halfWidth() * 2.8609 / 2.0930 * 1.0 + 0.0, // 99%, 10 reps
                "theory " + theory + " vs " + ci);
        assertTrue(ci.halfWidth() < 0.1 * theory, ci.toString());
        assertEquals(45.0 * (1 - theory) / 50, r.overall().mean(ReplayMeasure.OCCUPANCY), 0.005);
    }

    @Test
    void agentsAnswerOnlyTheirSkillsAndUnstaffedQueuesAbandon() {
        ArrivalProfile p = constant(2, 1, 20, 180);
        ReplayRun run = once(p, roundTheClock("a", 5, 1, 0), null, ReplayOptions.defaults(60), 1);
        assertEquals(0, sum(run.answered(), 1));
        assertEquals(sum(run.offered(), 1), sum(run.abandoned(), 1));
        assertTrue(sum(run.answered(), 0) > 0.95 * sum(run.offered(), 0));
    }

    @Test
    void theRostersQueueOfTheDayOverridesTheAgentsOtherSkills() {
        // skilled for both queues, but rostered on queue 1 on day 0 and on both on day 1
        ArrivalProfile p = constant(2, 2, 20, 180);
        StaffingPlan.Agent a = new StaffingPlan.Agent("a", new int[] {0, 1}, List.of(
                new StaffingPlan.Shift(0, DAY, List.of(), new int[] {1}),
                new StaffingPlan.Shift(DAY, 2 * DAY, List.of())));
        List<StaffingPlan.Agent> agents = new ArrayList<>(roundTheClock("x", 4, 2, 1));
        agents.add(a);
        ReplayRun run = once(p, agents, null, ReplayOptions.defaults(60), 11);
        assertEquals(0, Arrays.stream(run.answered()[0], 0, 48).sum(), "nobody answers queue 0 on day 0");
        assertTrue(Arrays.stream(run.answered()[0], 48, 96).sum() > 0, "the agent answers queue 0 on day 1");
    }

    @Test
    void agentsOnBreakTakeNoCallsAndFinishTheCurrentOneFirst() {
        ArrivalProfile p = constant(1, 1, 10, 600);
        // one agent on duty all day with a break over the whole afternoon
        StaffingPlan.Shift shift = new StaffingPlan.Shift(0, DAY, List.of(new StaffingPlan.Break(12 * 3600, DAY)));
        ReplayRun run = once(p, List.of(new StaffingPlan.Agent("a", new int[] {0}, List.of(shift))), null,
                ReplayOptions.defaults(60).withCallbacks(false, 0), 2);
        long answeredAfternoon = Arrays.stream(run.answered()[0], 25, 48).sum();
        assertEquals(0, answeredAfternoon);
        // the call in progress at noon ends after noon, so busy time spills into the break's first interval
        assertTrue(run.busySeconds()[24] >= 0);
        assertTrue(Arrays.stream(run.answered()[0], 0, 24).sum() > 0);
    }

    @Test
    void fullAbsenteeismLeavesEveryCallUnanswered() {
        ArrivalProfile p = constant(1, 2, 10, 180);
        ReplayRun run = once(p, roundTheClock("a", 3, 2, 0), null, ReplayOptions.defaults(60).withAbsenteeism(1), 3);
        assertEquals(0, sum(run.answered(), 0));
        assertEquals(sum(run.offered(), 0), sum(run.abandoned(), 0));
    }

    @Test
    void ivrShareKeepsItsCallersAwayFromAgents() {
        ArrivalProfile p = constant(1, 5, 100, 180);
        ReplayRun run = once(p, roundTheClock("a", 15, 5, 0), null, ReplayOptions.defaults(60).withIvrShare(0.3), 4);
        double ivr = Arrays.stream(run.ivrServed()[0]).sum();
        double total = ivr + sum(run.offered(), 0);
        // 24,000 callers expected; share 0.3, binomial sd ~ 0.003
        assertEquals(0.3, ivr / total, 0.015);
        assertEquals(24000, total, 5 * Math.sqrt(24000));
    }

    @Test
    void aNightShiftThatStartedBeforeTheHorizonIsOnDutyForItsPartInside() {
        // the roster's lead-in night: 23:00 the evening before to 08:00, a break 02:00-03:00; nobody else on duty
        ArrivalProfile p = constant(1, 1, 10, 180);
        StaffingPlan.Shift night = new StaffingPlan.Shift(-3600, 8 * 3600,
                List.of(new StaffingPlan.Break(2 * 3600, 3 * 3600)));
        ReplayRun run = once(p, List.of(new StaffingPlan.Agent("a", new int[] {0}, List.of(night))), null,
                ReplayOptions.defaults(60).withCallbacks(false, 0), 12);
        assertTrue(Arrays.stream(run.answered()[0], 0, 4).sum() > 0, "answers from midnight");
        // staffed all of 00:00-00:30 and 07:30-08:00; during the break only while finishing a call
        assertEquals(1800, run.staffedSeconds()[0], 1e-6);
        assertEquals(1800, run.staffedSeconds()[15], 1e-6);
        assertTrue(run.staffedSeconds()[4] + run.staffedSeconds()[5] < 1800, Arrays.toString(run.staffedSeconds()));
        assertEquals(0, Arrays.stream(run.staffedSeconds(), 17, 48).sum(), 1e-6);
        assertEquals(0, Arrays.stream(run.answered()[0], 16, 48).sum(), "off duty from 08:00");
    }

    @Test
    void callsWaitingAtMidnightCarryOverToTheNextDay() {
        // traffic only in the last half hour of day 0; the only agent starts at midnight
        double[][] calls = new double[1][96];
        double[][] aht = new double[1][96];
        calls[0][47] = 5;
        Arrays.fill(aht[0], 60);
        ArrivalProfile p = new ArrivalProfile(List.of("q"), HALF_HOUR, calls, aht);
        StaffingPlan.Agent a = new StaffingPlan.Agent("a", new int[] {0},
                List.of(new StaffingPlan.Shift(DAY, 2 * DAY, List.of())));
        ReplayRun run = once(p, List.of(a), null, ReplayOptions.defaults(60).withPatience(new Patience.Never()), 5);
        assertTrue(run.offered()[0][47] > 0);
        assertEquals(run.offered()[0][47], run.answered()[0][47], "answered after midnight, counted on day 0");
        assertTrue(run.waitSeconds()[0][47] > 0);
    }

    @Test
    void overflowLetsTheSecondGroupTakeCallsAfterTheDelay() {
        // queue 0 has no agents of its own; queue 1's idle agents take its calls after 30 s
        ArrivalProfile p = constant(2, 1, 10, 120);
        p.calls()[1] = new double[48];
        List<QueueRules> rules = List.of(new QueueRules(0, 1, 30), QueueRules.plain());
        ReplayRun run = once(p, roundTheClock("b", 5, 1, 1), rules,
                ReplayOptions.defaults(600).withPatience(new Patience.Never()), 6);
        long answered = sum(run.answered(), 0);
        assertEquals(sum(run.offered(), 0), answered);
        double asa = Arrays.stream(run.waitSeconds()[0]).sum() / answered;
        assertEquals(30, asa, 1e-6, "every call waits exactly the overflow delay");
    }

    @Test
    void higherPriorityQueueIsServedFirst() {
        ArrivalProfile p = constant(2, 2, 60, 180);
        List<QueueRules> rules = List.of(new QueueRules(1, -1, 0), new QueueRules(0, -1, 0));
        // 12 Erlangs on 10 agents: with priority, queue 0 waits only for the next free agent
        ReplayRun run = once(p, roundTheClock("a", 10, 2, 0, 1), rules, ReplayOptions.defaults(120), 7);
        double ab0 = (double) sum(run.abandoned(), 0) / sum(run.offered(), 0);
        double ab1 = (double) sum(run.abandoned(), 1) / sum(run.offered(), 1);
        assertTrue(ab0 < ab1 / 2, "priority queue " + ab0 + " vs other " + ab1);
        ReplayRun fair = once(p, roundTheClock("a", 10, 2, 0, 1), null, ReplayOptions.defaults(120), 7);
        double fair0 = (double) sum(fair.abandoned(), 0) / sum(fair.offered(), 0);
        double fair1 = (double) sum(fair.abandoned(), 1) / sum(fair.offered(), 1);
        assertEquals(1, fair0 / fair1, 0.15, "equal priority, longest waiting first: " + fair0 + " vs " + fair1);
    }

    @Test
    void abandonedCallersAreCalledBackWhenAgentsHaveTime() {
        // a morning rush the agents cannot absorb, a quiet afternoon for the callbacks
        double[][] calls = new double[1][48];
        double[][] aht = new double[1][48];
        Arrays.fill(aht[0], 180);
        for (int k = 16; k < 20; k++) {
            calls[0][k] = 200;
        }
        ArrivalProfile p = new ArrivalProfile(List.of("q"), HALF_HOUR, calls, aht);
        ReplayRun without = once(p, roundTheClock("a", 10, 1, 0), null, ReplayOptions.defaults(60), 8);
        ReplayRun with = once(p, roundTheClock("a", 10, 1, 0), null,
                ReplayOptions.defaults(60).withCallbacks(true, 4 * 3600), 8);
        long abandoned = sum(with.abandoned(), 0);
        assertTrue(abandoned > 100, "abandoned " + abandoned);
        assertEquals(0, sum(without.callbacks(), 0));
        assertEquals(abandoned, sum(with.callbacks(), 0), "all called back in the quiet afternoon");
        // common random numbers: the same callers arrive in both runs
        assertEquals(sum(without.offered(), 0), sum(with.offered(), 0));
    }

    @Test
    void dailyLevelAddsDayToDayVariance() {
        int days = 60;
        ArrivalProfile p = constant(1, days, 20, 180);
        ReplayRun run = once(p, roundTheClock("a", 20, days, 0), null,
                ReplayOptions.defaults(60).withDailyLevelCv(0.2), 9);
        Tally daily = new Tally();
        for (int d = 0; d < days; d++) {
            daily.add(Arrays.stream(run.offered()[0], d * 48, (d + 1) * 48).sum());
        }
        // Poisson alone: variance = mean = 960; with a level of cv 0.2: 960 + (0.2 * 960)^2 = 37,824
        assertTrue(daily.variance() > 10 * daily.mean(), "variance " + daily.variance());
    }

    @Test
    void sameSeedSameResultsAndMoreVolumeMoreCalls() {
        ArrivalProfile p = constant(1, 3, 100, 180);
        List<StaffingPlan.Agent> agents = roundTheClock("a", 12, 3, 0);
        ReplayRun a = once(p, agents, null, ReplayOptions.defaults(90), 10);
        ReplayRun b = once(p, agents, null, ReplayOptions.defaults(90), 10);
        assertEquals(sum(a.abandoned(), 0), sum(b.abandoned(), 0));
        ReplayRun more = once(p, agents, null, ReplayOptions.defaults(90).withVolume(1, Map.of(1, 1.5)), 10);
        long day0 = Arrays.stream(more.offered()[0], 0, 48).sum();
        assertEquals(Arrays.stream(a.offered()[0], 0, 48).sum(), day0, "day 0 unchanged");
        assertTrue(Arrays.stream(more.offered()[0], 48, 96).sum() > 1.3 * Arrays.stream(a.offered()[0], 48, 96).sum());
        // fresh streams per day: the day after the surge sees exactly the same callers
        assertEquals(Arrays.stream(a.offered()[0], 96, 144).sum(), Arrays.stream(more.offered()[0], 96, 144).sum());
    }
}
