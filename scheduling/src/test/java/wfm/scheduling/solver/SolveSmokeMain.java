package wfm.scheduling.solver;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Not a test: a main to try the solver by hand. */
public class SolveSmokeMain {
    public static void main(String[] args) {
        int agents = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        RosterRequest req = SyntheticHotline.request(agents, LocalDate.of(2026, 12, 1), days, 30,
                args.length > 3 ? List.of(args[3].split(",")) : List.of("billing", "data"), true, 1.05, 1);
        long t0 = System.nanoTime();
        var roster = RosterBuilder.build(req);
        System.err.println("built in " + (System.nanoTime() - t0) / 1e6 + " ms");
        var result = RosterSolver.solve(roster, new RosterSolver.Options(Duration.ofSeconds(seconds), 1),
                p -> System.err.println(p.elapsed().toMillis() + " ms " + p.bestScore()));
        System.err.println("score " + result.score() + " speed " + result.scoreCalculationsPerSecond()
                + "/s feasible at " + result.timeToFeasible() + " short " + result.coverage().shortAgentHours()
                + " of " + result.coverage().requiredAgentHours());
    }
}
