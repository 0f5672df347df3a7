package wfm.benchmarks.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.solver.RosterBuilder;
import wfm.scheduling.solver.RosterSolver;
import wfm.scheduling.solver.SyntheticHotline;

/**
 * Incremental score calculation of the roster constraint provider (Bavet), as the solver does it for every move:
 * change one agent-day's shift, then calculate the score. One operation = one score calculation, so ops/s is
 * the "score calculation speed" the solver reports. {@link #moveOnly} is the baseline: the same change and undo
 * bookkeeping without calculating the score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoreCalculationBenchmark {
    /** agents x days: 200 x 31 is the month; 24 h, 30-minute intervals, two queues. */
    @Param({"200"})
    int agents;

    @Param({"31"})
    int days;

    InnerScoreDirector<Roster, HardMediumSoftLongScore> scoreDirector;
    List<Assignment> assignments;
    Random random;

    @Setup(Level.Trial)
    public void setUp() {
        Roster roster = RosterBuilder.build(SyntheticHotline.request(agents, LocalDate.of(2026, 12, 1), days, 30,
                List.of("billing", "data"), true, 1.05, 1));
        random = new Random(1);
        // a plausible starting roster: five days of random shifts a week
        for (Assignment a : roster.getAssignments()) {
            if (random.nextInt(7) < 5) {
                a.setShift(a.getShiftRange().get(random.nextInt(a.getShiftRange().size())));
            }
        }
        DefaultSolverFactory<Roster> factory = (DefaultSolverFactory<Roster>) SolverFactory.<Roster>create(
                RosterSolver.config(new RosterSolver.Options(Duration.ofSeconds(1), 1)));
        scoreDirector = factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector(false, false);
        scoreDirector.setWorkingSolution(roster);
        scoreDirector.calculateScore();
        assignments = roster.getAssignments();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        scoreDirector.close();
    }

    private void change() {
        Assignment a = assignments.get(random.nextInt(assignments.size()));
        int pick = random.nextInt(a.getShiftRange().size() + 1);
        ShiftOption value = pick == a.getShiftRange().size() ? null : a.getShiftRange().get(pick);
        scoreDirector.beforeVariableChanged(a, "shift");
        a.setShift(value);
        scoreDirector.afterVariableChanged(a, "shift");
        scoreDirector.triggerVariableListeners();
    }

    @Benchmark
    public HardMediumSoftLongScore changeShiftAndCalculateScore() {
        change();
        return scoreDirector.calculateScore();
    }

    @Benchmark
    public int moveOnly() {
        Assignment a = assignments.get(random.nextInt(assignments.size()));
        int pick = random.nextInt(a.getShiftRange().size() + 1);
        ShiftOption value = pick == a.getShiftRange().size() ? null : a.getShiftRange().get(pick);
        a.setShift(value);
        return pick;
    }
}
