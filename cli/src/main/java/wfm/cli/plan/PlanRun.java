package wfm.cli.plan;

import static wfm.cli.plan.PlanCommand.args;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import wfm.cli.io.RequirementsCsv;
import wfm.cli.options.ShareConverter;
import wfm.cli.plan.PlanCommand.HotlineFolder;
import wfm.cli.plan.PlanCommand.PlanFiles;

/**
 * One plan, stage after stage, each the {@code wfm} command a planner would type: backtest, forecast, staff,
 * then schedule and simulate in rounds until the roster holds the abandonment target, then the report.
 */
final class PlanRun {
    private final HotlineFolder in;
    private final PlanFiles files;
    private final PlanSettings settings;
    private final long seed;
    private final StageRunner stages;
    private final PrintWriter progress;

    PlanRun(HotlineFolder in, PlanFiles files, PlanSettings settings, long seed, StageRunner stages,
            PrintWriter progress) {
        this.in = in;
        this.files = files;
        this.settings = settings;
        this.seed = seed;
        this.stages = stages;
        this.progress = progress;
    }

    PlanFiles files() {
        return files;
    }

    PlanSettings settings() {
        return settings;
    }

    long seed() {
        return seed;
    }

    PlanOutcome execute() {
        double maxAbandon = ShareConverter.parse(settings.maxAbandon());
        step("1/6", "forecast accuracy: backtest of every model on the last 4 weeks of history");
        ForecastAccuracy accuracy = ForecastAccuracy.parse(stages.run(args("backtest", history(), "--horizon", "7d",
                "--folds", "4", "--format", "json")).out());
        step("2/6", "forecast: calls and handle time per queue and interval, " + settings.horizon());
        stages.run(args("forecast", history(), settings.start() == null ? List.of() : List.of("--start",
                settings.start()), "--horizon", settings.horizon(), "--out", files.forecast(), "--chart",
                files.chart("forecast")));
        step("3/6", "staffing requirement: Erlang A, " + settings.target() + ", abandonment under "
                + settings.maxAbandon() + ", patience " + settings.patience() + ", shrinkage " + settings.shrinkage());
        stages.run(args("staff", "--forecast", files.forecast(), "--target", settings.target(), "--patience",
                settings.patience(), "--max-abandon", settings.maxAbandon(), "--shrinkage", settings.shrinkage(),
                "--out", files.requirements()));
        List<RequirementsCsv.Row> firstRequirement = RequirementsCsv.read(files.requirements());
        List<String> rounds = new ArrayList<>();
        SimulationVerdict verdict = null;
        for (int round = 0; ; round++) {
            step("4/6", "roster" + (round == 0 ? "" : " (round " + (round + 1) + ", keeping what can stay)"));
            stages.run(args("schedule", "--requirements", files.requirements(), "--agents", in.required("agents.csv"),
                    "--shifts", in.required("shifts.csv"), in.optional("--unavailability", "unavailability.csv"),
                    in.optional("--worked", "worked.csv"), "--week-start", settings.weekStart(), round == 0 ? List.of() : List.of("--keep", files.roster()), "--time-limit",
                    settings.scheduleTime(), settings.scheduleSteps() == null ? List.of()
                            : List.of("--steps", settings.scheduleSteps()), "--seed", seed, "--out", files.roster(),
                    "--chart", files.chart("coverage")));
            step("5/6", "simulation: " + settings.replications() + " replications of the roster under random traffic");
            verdict = SimulationVerdict.parse(stages.run(args("simulate", "--roster", files.roster(), "--forecast",
                    files.forecast(), "--agents-file", in.required("agents.csv"), "--patience", settings.patience(),
                    "--max-abandon", settings.maxAbandon(), "--replications", settings.replications(), "--seed", seed,
                    "--out", files.simulation(), "--chart", files.chart("abandonment"), "--format", "json")).out());
            if (verdict.targetMet() || round >= settings.rounds()) {
                break;
            }
            RequirementRaise.Raised raised = RequirementRaise.raise(RequirementsCsv.read(files.requirements()),
                    files.simulation(), maxAbandon);
            if (raised.intervals() == 0) {
                break;
            }
            rounds.add(String.format(java.util.Locale.ROOT, "round %d: abandonment above target on %d day(s); "
                            + "requirement raised in %d queue-intervals (+%.0f agent-intervals)", round + 1,
                    verdict.missedDays().size(), raised.intervals(), raised.agents()));
            progress.println("  " + rounds.get(rounds.size() - 1));
            RequirementsCsv.write(files.requirements(), raised.requirements());
        }
        step("6/6", "report");
        stages.run(args("report", "--plan", files.dir(), "--title", settings.hotline(), "--out", files.report(),
                "--kpi-csv", files.dir().resolve("daily-kpi.csv")));
        return PlanOutcome.of(this, accuracy, firstRequirement, verdict, rounds);
    }

    private List<String> history() {
        return args("--history", in.required("history.csv"), in.optional("--holidays", "holidays.csv"));
    }

    private void step(String number, String what) {
        progress.println("[" + number + "] " + what);
        progress.flush();
    }

    HotlineFolder in() {
        return in;
    }
}
