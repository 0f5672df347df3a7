package wfm.benchmarks.simulation;

import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import wfm.simulation.engine.EventList;
import wfm.simulation.random.Mrg32k3a;
import wfm.simulation.random.Variates;

/**
 * The classic hold model (poll the next event, schedule one an exponential time later) on our primitive-array
 * heap, beside {@code java.util.PriorityQueue} of event objects as the baseline, at the sizes a contact centre
 * has (100 and 1,000 agents busy). Increments are drawn in advance so the score is the event list alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@State(Scope.Thread)
public class EventListBenchmark {
    private static final int HOLDS = 1 << 16;

    @Param({"100", "1000"})
    public int events;

    private double[] increments;
    private EventList ours;
    private PriorityQueue<Ev> baseline;
    private long sequence;

    /** An event object as an object-based engine keeps it. */
    record Ev(double time, long sequence, int kind, int payload) implements Comparable<Ev> {
        @Override
        public int compareTo(Ev o) {
            int c = Double.compare(time, o.time);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        Mrg32k3a g = Mrg32k3a.withDefaultSeed();
        increments = new double[HOLDS];
        for (int i = 0; i < HOLDS; i++) {
            increments[i] = Variates.exponential(g, 180);
        }
        ours = new EventList();
        baseline = new PriorityQueue<>();
        for (int i = 0; i < events; i++) {
            double t = Variates.exponential(g, 180);
            ours.schedule(t, 0, 1, i);
            baseline.add(new Ev(t, sequence++, 1, i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public double oursHold() {
        EventList list = ours;
        double[] inc = increments;
        for (int i = 0; i < HOLDS; i++) {
            list.poll();
            list.schedule(list.polledTime() + inc[i], 0, list.polledKind(), list.polledPayload());
        }
        return list.peekTime();
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public double priorityQueueHold() {
        PriorityQueue<Ev> q = baseline;
        double[] inc = increments;
        for (int i = 0; i < HOLDS; i++) {
            Ev e = q.poll();
            q.add(new Ev(e.time() + inc[i], sequence++, e.kind(), e.payload()));
        }
        return q.peek().time();
    }
}
