package wfm.benchmarks.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import wfm.scheduling.domain.Roster;
import wfm.scheduling.solver.RosterBuilder;
import wfm.scheduling.solver.RosterSolver;
import wfm.scheduling.solver.SyntheticHotline;

/**
 * Solves a synthetic month and prints what the issue asks to measure: time to the first feasible roster (0 hard)
 * and the solver's score calculation speed, plus the share of the requirement left short. Not JMH: one solve is
 * one measurement, and the solver times itself.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar wfm.benchmarks.scheduling.SolverRun 200 31 60 billing,data 1</pre>
 */
public final class SolverRun {
    private SolverRun() {
    }

    public static void main(String[] args) {
        int agents = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        List<String> queues = List.of((args.length > 3 ? args[3] : "billing,data").split(","));
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        long t0 = System.nanoTime();
        Roster problem = RosterBuilder.build(SyntheticHotline.request(agents, LocalDate.of(2026, 12, 1), days, 30,
                queues, true, 1.05, seed));
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        RosterSolver.Result r = RosterSolver.solve(problem, new RosterSolver.Options(Duration.ofSeconds(seconds), seed),
                p -> { });
        System.out.printf(Locale.ROOT, "agents=%d days=%d queues=%d entities=%d build=%.2fs first_feasible=%s "
                        + "score_calc_per_s=%d final=%s short=%.1f%%%n", agents, days, queues.size(),
                problem.getAssignments().size(), buildSeconds,
                r.timeToFeasible() == null ? "none" : String.format(Locale.ROOT, "%.1fs", r.timeToFeasible().toMillis() / 1000.0),
                r.scoreCalculationsPerSecond(), r.score(),
                100 * r.coverage().shortAgentHours() / r.coverage().requiredAgentHours());
    }
}
