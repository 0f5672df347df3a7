package wfm.benchmarks.erlang;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import wfm.forecasting.erlang.ErlangA;
import wfm.forecasting.erlang.ErlangC;
import wfm.forecasting.erlang.StaffingSolver;
import wfm.forecasting.erlang.StaffingTargets;

/**
 * Required agents for 80% of calls answered within 20 s (AHT 180 s): Erlang C and Erlang A (mean patience 180 s)
 * with the project's solver, and the naive Erlang C search that restarts the Erlang B recursion for every candidate.
 * Each call builds the model from the load, as a staffing run over many intervals does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StaffingBenchmark {
    private static final double AHT_SECONDS = 180;
    private static final double WITHIN_SECONDS = 20;
    private static final double PATIENCE_SECONDS = 180;
    private static final StaffingTargets EIGHTY_IN_TWENTY = StaffingTargets.none().withServiceLevel(0.80);

    @Param({"167", "5000"})
    public double loadErlangs;

    /** Varies the load by a hair between calls so nothing can be cached or folded. */
    private double jitter;

    @Setup
    public void setUp() {
        jitter = 0;
    }

    private double load() {
        jitter = jitter >= 1e-6 ? 0 : jitter + 1e-9;
        return loadErlangs + jitter;
    }

    @Benchmark
    public int erlangC() {
        return StaffingSolver.requiredAgents(new ErlangC(load(), AHT_SECONDS, WITHIN_SECONDS), EIGHTY_IN_TWENTY)
                .agents();
    }

    @Benchmark
    public int erlangA() {
        return StaffingSolver.requiredAgents(new ErlangA(load(), AHT_SECONDS, PATIENCE_SECONDS, WITHIN_SECONDS),
                EIGHTY_IN_TWENTY).agents();
    }

    @Benchmark
    public int naiveErlangCRestartingTheRecursion() {
        return NaiveErlangCSearch.requiredAgents(load(), AHT_SECONDS, WITHIN_SECONDS, 0.80);
    }
}
