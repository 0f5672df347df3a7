package wfm.benchmarks.simulation;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The same M/M/100+M model as {@link StationaryQueueBenchmark}, written the SSJ way (ca.umontreal.iro.simul:ssj
 * 3.3.2): a {@code Simulator} instance, {@code Event} subclasses with {@code actions()}, one {@code MRG32k3a}
 * stream per variate kind, inversion for the exponentials. The algorithm is the same as ours (patience drawn on
 * arrival, expired callers dropped lazily when an agent frees up, no abandonment event), so the comparison
 * measures the engines: SSJ's event lists of objects against our primitive-array heap. The event list is a
 * parameter so that SSJ's fastest one is reported.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@State(Scope.Thread)
public class SsjStationaryQueueBenchmark {

    @Param({"SplayTree", "BinaryTree", "RedblackTree", "Henriksen"})
    public String eventList;

    @Benchmark
    @OperationsPerInvocation(StationaryQueueBenchmark.CALLS)
    public long ssjMM100M() {
        EventList list = switch (eventList) {
            case "SplayTree" -> new SplayTree();
            case "BinaryTree" -> new BinaryTree();
            case "RedblackTree" -> new RedblackTree();
            case "Henriksen" -> new Henriksen();
            default -> throw new IllegalArgumentException(eventList);
        };
        return new Model(new Simulator(list)).run();
    }

    /** M/M/n+M in SSJ's style. */
    static final class Model {
        final Simulator sim;
        final MRG32k3a arrivals = new MRG32k3a();
        final MRG32k3a handles = new MRG32k3a();
        final MRG32k3a patiences = new MRG32k3a();
        final double meanInterarrival = 3600 / StationaryQueueBenchmark.RATE_PER_HOUR;
        int busy;
        long calls;
        long abandoned;
        double[] waitingArrival = new double[1024];
        double[] waitingDeadline = new double[1024];
        double[] waitingHandle = new double[1024];
        int head;
        int size;

        Model(Simulator sim) {
            this.sim = sim;
        }

        long run() {
            sim.init();
            new Arrival().schedule(exp(arrivals, meanInterarrival));
            new EndOfSimulation().schedule(StationaryQueueBenchmark.DURATION_SECONDS);
            sim.start();
            return calls;
        }

        static double exp(MRG32k3a g, double mean) {
            return -mean * Math.log(1.0 - g.nextDouble());
        }

        final class Arrival extends Event {
            Arrival() {
                super(Model.this.sim);
            }

            @Override
            public void actions() {
                calls++;
                schedule(exp(arrivals, meanInterarrival)); // the arrival event is reused, as in SSJ's examples
                double handle = exp(handles, StationaryQueueBenchmark.AHT_SECONDS);
                double deadline = sim.time() + exp(patiences, StationaryQueueBenchmark.PATIENCE_SECONDS);
                if (busy < StationaryQueueBenchmark.AGENTS) {
                    busy++;
                    new CallCompletion().schedule(handle);
                } else {
                    enqueue(sim.time(), deadline, handle);
                }
            }
        }

        final class CallCompletion extends Event {
            CallCompletion() {
                super(Model.this.sim);
            }

            @Override
            public void actions() {
                double now = sim.time();
                while (size > 0) {
                    int i = head;
                    head = (head + 1) & (waitingArrival.length - 1);
                    size--;
                    if (waitingDeadline[i] <= now) {
                        abandoned++;
                        continue;
                    }
                    new CallCompletion().schedule(waitingHandle[i]);
                    return;
                }
                busy--;
            }
        }

        final class EndOfSimulation extends Event {
            EndOfSimulation() {
                super(Model.this.sim);
            }

            @Override
            public void actions() {
                sim.stop();
            }
        }

        void enqueue(double arrival, double deadline, double handle) {
            if (size == waitingArrival.length) {
                int n = waitingArrival.length;
                double[] a = new double[2 * n];
                double[] d = new double[2 * n];
                double[] h = new double[2 * n];
                for (int k = 0; k < size; k++) {
                    int i = (head + k) & (n - 1);
                    a[k] = waitingArrival[i];
                    d[k] = waitingDeadline[i];
                    h[k] = waitingHandle[i];
                }
                waitingArrival = a;
                waitingDeadline = d;
                waitingHandle = h;
                head = 0;
            }
            int tail = (head + size) & (waitingArrival.length - 1);
            waitingArrival[tail] = arrival;
            waitingDeadline[tail] = deadline;
            waitingHandle[tail] = handle;
            size++;
        }
    }
}
