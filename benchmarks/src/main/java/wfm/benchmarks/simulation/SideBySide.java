package wfm.benchmarks.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * Our engine and SSJ's on the same M/M/100+M model, alternated in one JVM and timed in CPU time of the running
 * thread (ThreadMXBean), so that other processes on a shared machine do not distort the ratio as they do wall
 * clock figures. Prints the median calls per CPU-second of each and their ratio. Complements the JMH benchmarks
 * {@link StationaryQueueBenchmark} and {@link SsjStationaryQueueBenchmark}.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar wfm.benchmarks.simulation.SideBySide [rounds]}
 */
public final class SideBySide {
    private SideBySide() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        StationaryQueueBenchmark ours = new StationaryQueueBenchmark();
        ours.setUp();
        SsjStationaryQueueBenchmark ssj = new SsjStationaryQueueBenchmark();
        ssj.eventList = "SplayTree";
        double[] oursRate = new double[rounds];
        double[] ssjRate = new double[rounds];
        for (int warm = 0; warm < 5; warm++) {
            ours.oursMM100M();
            new SsjStationaryQueueBenchmark.Model(new Simulator(new SplayTree())).run();
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = bean.getCurrentThreadCpuTime();
            long calls = ours.oursMM100M();
            long t1 = bean.getCurrentThreadCpuTime();
            oursRate[r] = calls / ((t1 - t0) / 1e9);
            t0 = bean.getCurrentThreadCpuTime();
            calls = new SsjStationaryQueueBenchmark.Model(new Simulator(new SplayTree())).run();
            t1 = bean.getCurrentThreadCpuTime();
            ssjRate[r] = calls / ((t1 - t0) / 1e9);
        }
        Arrays.sort(oursRate);
        Arrays.sort(ssjRate);
        double o = oursRate[rounds / 2];
        double s = ssjRate[rounds / 2];
        System.out.printf(Locale.ROOT, "M/M/100+M, %d rounds, median calls per CPU-second: ours %.3g, SSJ (SplayTree) "
                + "%.3g, ratio %.2f%n", rounds, o, s, o / s);
        for (int size : new int[] {100, 1000}) {
            EventListBenchmark hold = new EventListBenchmark();
            hold.events = size;
            hold.setUp();
            double[] oursNs = new double[rounds];
            double[] pqNs = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = bean.getCurrentThreadCpuTime();
                for (int k = 0; k < 20; k++) {
                    hold.oursHold();
                }
                long t1 = bean.getCurrentThreadCpuTime();
                for (int k = 0; k < 20; k++) {
                    hold.priorityQueueHold();
                }
                long t2 = bean.getCurrentThreadCpuTime();
                oursNs[r] = (t1 - t0) / (20.0 * 65536);
                pqNs[r] = (t2 - t1) / (20.0 * 65536);
            }
            Arrays.sort(oursNs);
            Arrays.sort(pqNs);
            System.out.printf(Locale.ROOT, "hold model, %d events, median CPU ns per poll+schedule: ours %.1f, "
                    + "PriorityQueue of objects %.1f%n", size, oursNs[rounds / 2], pqNs[rounds / 2]);
        }
    }
}
