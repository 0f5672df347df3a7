package wfm.cli.plan;

import static wfm.cli.plan.PlanCommand.args;

import java.io.PrintWriter;
import java.util.List;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import wfm.cli.BadInputException;
import wfm.cli.commands.ReplayAssumptions;
import wfm.cli.commands.RosterRequestFiles;
import wfm.cli.io.ForecastCsv;
import wfm.cli.io.AtomicFiles;
import wfm.cli.io.RequirementsCsv;
import wfm.cli.options.DurationConverter;
import wfm.cli.options.ShareConverter;
import wfm.scheduling.capacity.OvertimeAllowance;
import wfm.scheduling.capacity.RosterShrinkage;
import wfm.scheduling.solver.RosterRequest;
import wfm.scheduling.solver.RosterSolver;
import wfm.simulation.experiment.Replications;
import wfm.simulation.model.ReplayOptions;
import wfm.simulation.risk.RiskTarget;
import wfm.cli.plan.PlanCommand.HotlineFolder;
import wfm.cli.plan.PlanCommand.PlanFiles;

/**
 * One plan, stage after stage, each the {@code wfm} command a planner would type: backtest, forecast, staff,
 * then schedule and simulate in rounds until the roster holds the abandonment target, then the report.
 */
final class PlanRun {
    /** The risk verdict adds replications up to this many times plan.yaml's {@code replications} when undecided. */
    static final int MAX_REPLICATIONS_FACTOR = 4;

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
        RosterShrinkage shrinkage = shrinkage();
        step("1/6", "forecast accuracy: backtest of every model on the last 4 weeks of history");
        progress.println("  $ wfm backtest " + String.join(" ", history())
                + " --horizon 7d --folds 4");
        Path holidays = in.dir().resolve("holidays.csv");
        ForecastAccuracy accuracy = ForecastAccuracy.measure(in.required("history.csv"),
                Files.isRegularFile(holidays) ? holidays : null, 7, 4);
        step("2/6", "forecast: calls and handle time per queue and interval, " + settings.horizon());
        stages.run(args("forecast", history(), settings.start() == null ? List.of() : List.of("--start",
                settings.start()), "--horizon", settings.horizon(), "--out", files.forecast(), "--chart",
                files.chart("forecast")));
        step("3/6", "staffing requirement: Erlang A, " + settings.target() + ", abandonment under "
                + settings.maxAbandon() + ", patience " + settings.patience() + "; the roster covers it grossed up "
                + "for " + settings.absence() + " absence and " + settings.offPhone() + " off-phone time; each "
                + "day staffed for the volume its forecast errors stay under with " + settings.confidence()
                + " confidence");
        stages.run(args("staff", "--forecast", files.forecast(), "--target", settings.target(), "--patience",
                settings.patience(), "--max-abandon", settings.maxAbandon(), "--absence", settings.absence(),
                "--off-phone", settings.offPhone(), "--confidence", settings.confidence(),
                "--out", files.requirements()));
        List<RequirementsCsv.Row> firstRequirement = RequirementsCsv.read(files.requirements());
        Certification.Outcome certified = new Certification(setup(shrinkage, maxAbandon), files, seed, progress)
                .run();
        PlanOutcome outcome = PlanOutcome.of(this, accuracy, firstRequirement, certified, maxAbandon);
        AtomicFiles.writeText(files.dir().resolve("summary.txt"), w -> w.write(outcome.summary()));
        step("6/6", "report");
        stages.run(args("report", "--plan", files.dir(), "--title", settings.hotline(), "--out", files.report(),
                "--kpi-csv", files.dir().resolve("daily-kpi.csv")));
        return outcome;
    }

    private RosterShrinkage shrinkage() {
        try {
            return new RosterShrinkage(ShareConverter.parse(settings.absence()),
                    ShareConverter.parse(settings.offPhone()));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("absence/off-phone: " + e.getMessage());
        }
    }

    private Certification.Setup setup(RosterShrinkage shrinkage, double maxAbandon) {
        Duration timeLimit = DurationConverter.parse(settings.scheduleTime());
        RosterSolver.Options search = new RosterSolver.Options(timeLimit, seed)
                .withSteps(settings.scheduleSteps() == null ? 0 : settings.scheduleSteps());
        Duration patience = DurationConverter.parse(settings.patience());
        ReplayAssumptions.Demand demand = ReplayAssumptions.demand(files.forecast(), null, false,
                ForecastCsv.read(files.forecast()).stream().map(ForecastCsv.Row::queue).distinct().toList());
        ReplayOptions replay = ReplayOptions.defaults(patience.toMillis() / 1000.0)
                .withAbsence(shrinkage.absence()).withOffPhoneShare(shrinkage.offPhone())
                .withDemand(demand.uncertainty());
        RiskTarget target = ReplayAssumptions.target(maxAbandon, ShareConverter.parse(settings.confidence()),
                settings.targetScope());
        Path unavailability = in.dir().resolve("unavailability.csv");
        return new Certification.Setup(new RosterRequestFiles(files.requirements(), in.required("agents.csv"),
                in.required("shifts.csv"), Files.isRegularFile(unavailability) ? unavailability : null, null),
                files.forecast(), shrinkage, RosterRequest.Rules.DEFAULT, search, replay, demand.assumed(), target,
                settings.replications(), MAX_REPLICATIONS_FACTOR * settings.replications(),
                Replications.defaultThreads(), settings.rounds(), OvertimeAllowance.CHINA_LABOUR_LAW,
                settings.poolSkills());
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
