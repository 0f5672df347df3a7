package wfm.benchmarks.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.ReplayOptions;
import wfm.simulation.model.RosterReplay;
import wfm.simulation.model.StaffingPlan;
import wfm.simulation.random.RandomStreams;

/**
 * CPU time of one replication of {@link RosterReplayBenchmark}'s month, plain and with absence, off-phone blocks
 * and forecast error: the median over {@code rounds} replications after two of warm-up, measured with the thread's
 * CPU clock, so that it stays comparable on a loaded shared machine where JMH's wall clock swings by +-50%. Run two
 * builds of the jar one after the other (or alternately) to compare code versions.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar wfm.benchmarks.simulation.RosterReplayCpuTime 7}
 */
public final class RosterReplayCpuTime {
    private RosterReplayCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        ArrivalProfile profile = RosterReplayBenchmark.month();
        StaffingPlan plan = RosterReplayBenchmark.squareRootRoster(profile);
        ReplayOptions plain = ReplayOptions.defaults(90);
        RandomStreams streams = new RandomStreams(1, RosterReplay.streamsFor(profile));
        System.out.printf(Locale.ROOT, "plain month: median %.3f s CPU per replication%n",
                median(profile, plan, plain, streams, rounds));
        System.out.printf(Locale.ROOT, "with absence, off-phone and forecast error: median %.3f s CPU%n",
                median(profile, plan, RosterReplayBenchmark.realWorld(plain), streams, rounds));
    }

    private static double median(ArrivalProfile profile, StaffingPlan plan, ReplayOptions options,
                                 RandomStreams streams, int rounds) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[rounds];
        for (int r = -2; r < rounds; r++) {
            long start = bean.getCurrentThreadCpuTime();
            new RosterReplay(profile, plan, null, options, streams, Math.max(0, r)).run();
            if (r >= 0) {
                seconds[r] = (bean.getCurrentThreadCpuTime() - start) / 1e9;
            }
        }
        Arrays.sort(seconds);
        return seconds[rounds / 2];
    }
}
