package wfm.benchmarks.simulation;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import wfm.simulation.model.StationaryQueue;
import wfm.simulation.model.StationaryQueueSimulation;
import wfm.simulation.random.RandomStreams;

/**
 * Our engine on the stationary M/M/100+M queue: 100 agents, 95 Erlangs (AHT 180 s), exponential patience 120 s,
 * one replication of about {@link #CALLS} calls per invocation on one thread. The score is simulated calls per
 * second (operations = expected calls; the realised count differs by about 0.1%). Same model as
 * {@link SsjStationaryQueueBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@State(Scope.Thread)
public class StationaryQueueBenchmark {
    static final int CALLS = 1_000_000;
    static final int AGENTS = 100;
    static final double AHT_SECONDS = 180;
    static final double ERLANGS = 95;
    static final double PATIENCE_SECONDS = 120;
    static final double RATE_PER_HOUR = ERLANGS / AHT_SECONDS * 3600;
    static final double DURATION_SECONDS = CALLS / (RATE_PER_HOUR / 3600);

    private RandomStreams streams;
    private int replication;

    @Setup(Level.Trial)
    public void setUp() {
        streams = new RandomStreams(1, StationaryQueueSimulation.STREAMS);
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long oursMM100M() {
        StationaryQueue q = new StationaryQueue(RATE_PER_HOUR, AHT_SECONDS, PATIENCE_SECONDS, AGENTS, 20, 0,
                DURATION_SECONDS, 20);
        return new StationaryQueueSimulation(q, streams.forReplication(replication++ & 1023)).run().callsSimulated();
    }
}
