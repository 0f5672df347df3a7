package wfm.benchmarks.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.DemandUncertainty;
import wfm.simulation.model.ReplayOptions;
import wfm.simulation.model.ReplayRun;
import wfm.simulation.model.RosterReplay;
import wfm.simulation.model.StaffingPlan;
import wfm.simulation.random.RandomStreams;

/**
 * One replication of a 10086-sized month: 30 days, 24 h, 30-minute intervals, about 100,000 calls a day
 * (3 million in the month) with a day-time peak, AHT 240 s, patience 90 s; shifts of 9 h with a 30-minute break,
 * started each half hour so that the agents on duty cover the load plus two square roots of it (square-root
 * staffing), 10% callbacks of abandoned callers off. The bar: under 5 s per replication on one core.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@State(Scope.Thread)
public class RosterReplayBenchmark {
    static final int DAYS = 30;
    static final double CALLS_PER_DAY = 100_000;
    static final double AHT_SECONDS = 240;

    private ArrivalProfile profile;
    private StaffingPlan plan;
    private ReplayOptions options;
    private ReplayOptions realWorld;
    private RandomStreams streams;
    private int replication;

    @Setup(Level.Trial)
    public void setUp() {
        profile = month();
        plan = squareRootRoster(profile);
        options = ReplayOptions.defaults(90);
        realWorld = realWorld(options);
        streams = new RandomStreams(1, RosterReplay.streamsFor(profile));
    }

    @Benchmark
    public ReplayRun oneReplicationOfAMonth() {
        return new RosterReplay(profile, plan, null, options, streams, replication++ & 63).run();
    }

    /**
     * The same month in the real world of issue 10: 10% absence, 10% off-phone time in blocks, and a forecast error
     * (day ratios resampled from 20 origins with a 6% spread, AHT ratios with 3%, intraday gamma noise cv 0.1).
     */
    @Benchmark
    public ReplayRun oneReplicationOfAMonthWithAbsenceOffPhoneAndForecastError() {
        return new RosterReplay(profile, plan, null, realWorld, streams, replication++ & 63).run();
    }

    static ReplayOptions realWorld(ReplayOptions base) {
        double[][] calls = new double[1][20];
        double[][] aht = new double[1][20];
        for (int i = 0; i < 20; i++) {
            double z = (i - 9.5) / 5.77; // 20 evenly spread points with sd 1
            calls[0][i] = 1 + 0.06 * z;
            aht[0][i] = 1 + 0.03 * z;
        }
        return base.withAbsence(0.1).withOffPhoneShare(0.1).withDemand(new DemandUncertainty(List.of(
                new DemandUncertainty.QueueErrors(calls, aht, 0.1))));
    }

    /** Day shape: low at night, two peaks (10:00 and 15:00), scaled to CALLS_PER_DAY. */
    static ArrivalProfile month() {
        int perDay = 48;
        double[] shape = new double[perDay];
        double total = 0;
        for (int k = 0; k < perDay; k++) {
            double h = k / 2.0;
            shape[k] = 0.15 + Math.exp(-Math.pow((h - 10) / 2.5, 2)) + 0.8 * Math.exp(-Math.pow((h - 15) / 3, 2));
            total += shape[k];
        }
        double[][] calls = new double[1][DAYS * perDay];
        double[][] aht = new double[1][DAYS * perDay];
        for (int k = 0; k < DAYS * perDay; k++) {
            calls[0][k] = CALLS_PER_DAY * shape[k % perDay] / total;
            aht[0][k] = AHT_SECONDS;
        }
        return new ArrivalProfile(List.of("10086"), 1800, calls, aht);
    }

    /** Starts 9-hour shifts each half hour until the agents on duty reach a + 2 sqrt(a) in every interval. */
    static StaffingPlan squareRootRoster(ArrivalProfile p) {
        int n = p.intervals();
        int shiftIntervals = 18;
        int[] onDuty = new int[n + shiftIntervals];
        List<StaffingPlan.Agent> agents = new ArrayList<>();
        int id = 0;
        for (int k = 0; k < n; k++) {
            double a = p.calls()[0][k] * AHT_SECONDS / 1800;
            int need = (int) Math.ceil(a + 2 * Math.sqrt(a) + 1);
            while (onDuty[k] < need) {
                double start = k * 1800.0;
                double breakStart = start + (8 + (id % 3)) * 1800.0;
                agents.add(new StaffingPlan.Agent("A" + id++, new int[] {0}, List.of(new StaffingPlan.Shift(start,
                        start + shiftIntervals * 1800.0, List.of(new StaffingPlan.Break(breakStart, breakStart + 1800))))));
                for (int j = k; j < k + shiftIntervals; j++) {
                    onDuty[j]++;
                }
            }
        }
        return new StaffingPlan(agents);
    }
}
