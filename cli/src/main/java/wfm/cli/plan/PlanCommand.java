package wfm.cli.plan;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.commands.WorkspaceOption;
import wfm.cli.options.DurationConverter;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan a hotline end to end: forecast accuracy (backtest) -> forecast -> staffing requirement "
                + "(Erlang A) -> roster -> simulation -> report.",
                "When the simulation shows abandonment at or above the target on some intervals, the requirement "
                        + "there is raised and the roster re-planned (a few rounds) until it holds; if the agent pool "
                        + "cannot reach the target, the plan says how many agent-hours are missing, and when.",
                "Targets come from the folder's plan.yaml (hotline, start, horizon, target, max_abandon, patience, "
                        + "shrinkage, schedule_time_limit, schedule_steps, replications, rounds, absence, off_phone, "
                        + "confidence, target_scope); options override them.",
                "The roster covers the requirement grossed up for unplanned absence and off-phone time; the "
                        + "simulation removes the same shares. When the pool's contracts cannot supply the hours, the "
                        + "plan names the agent-hours missing per day and time band, the full-time hires that close "
                        + "them, and writes a roster with overtime (roster-overtime.csv, up to 36 h a month beyond "
                        + "each contract) as an option, re-simulated.",
                "Exit 0 when the final roster holds the abandonment target, 1 when it does not."},
        footer = {"", "Examples:", "  wfm plan --sample hotline-95504",
                "  wfm plan --sample hotline-10086 --absence 8%% --off-phone 10%% --confidence 90%%",
                "  wfm plan --dir my-hotline --horizon 31d --out plans/december"})
public final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--sample", paramLabel = "NAME", required = true,
                description = "A sample hotline shipped with the tool (see 'wfm samples list').")
        String sample;

        @Option(names = "--dir", paramLabel = "DIR", required = true,
                description = "A hotline folder: history.csv, agents.csv, shifts.csv, and optionally holidays.csv, "
                        + "unavailability.csv, plan.yaml.")
        Path dir;
    }

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the plan's files go (default: plan-NAME in the current folder).")
    Path out;

    @Option(names = "--start", paramLabel = "DATE", description = "First day planned (default: plan.yaml, "
            + "else the day after the history ends).")
    LocalDate start;

    @Option(names = "--horizon", paramLabel = "DAYS", description = "Days planned, e.g. 7d or 31d "
            + "(default: plan.yaml, else 7d).")
    String horizon;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Roster search time per round (default: plan.yaml, else 30s).")
    Duration timeLimit;

    @Option(names = "--schedule-steps", paramLabel = "N", description = "Roster search steps (moves tried) per "
            + "round, so the plan's roster is the same on any machine (wfm schedule --steps; --time-limit still caps "
            + "it; default: plan.yaml's schedule_steps, else none: search until the time limit).")
    Integer scheduleSteps;

    @Option(names = "--replications", paramLabel = "R", description = "Simulation replications "
            + "(default: plan.yaml, else 10).")
    Integer replications;

    @Option(names = "--rounds", paramLabel = "N", description = "Most re-planning rounds when the simulation "
            + "misses the target (default: plan.yaml, else 2; 0 = none).")
    Integer rounds;

    @Option(names = "--absence", paramLabel = "SHARE", description = "Unplanned absence: share of rostered "
            + "agent-days lost, e.g. 8%%; the roster covers it and the simulation removes whole agent-days "
            + "(default: plan.yaml, else 0%%).")
    String absence;

    @Option(names = "--off-phone", paramLabel = "SHARE", description = "Share of on-shift time off the phones beyond "
            + "the placed breaks (admin, coaching, outages), e.g. 10%% (default: plan.yaml, else 0%%).")
    String offPhone;

    @Option(names = "--confidence", paramLabel = "SHARE", description = "Probability each day (and queue) must "
            + "stay under the abandonment target (default: plan.yaml, else 90%%).")
    String confidence;

    @Option(names = "--target-scope", paramLabel = "SCOPE", description = "queue: every queue on its own must meet "
            + "the target; all: the centre as a whole (default: plan.yaml, else queue).")
    String targetScope;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the roster search and the simulation, echoed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws Exception {
        String name = source.sample != null ? source.sample : source.dir.toAbsolutePath().normalize()
                .getFileName().toString();
        Path outDir = out != null ? out : Path.of("plan-" + name);
        Files.createDirectories(outDir);
        Path inputs = source.sample != null ? Samples.unpack(source.sample, outDir.resolve("inputs")) : source.dir;
        PlanSettings settings = overridden(PlanSettings.read(inputs, name));
        boolean quiet = wfm.cli.Wfm.quiet(spec);
        PrintWriter err = quiet ? new PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getErr();
        Instant began = Instant.now();
        err.printf("wfm plan: %s, inputs %s, outputs %s, seed %d%n", settings.hotline(), inputs, outDir, seed);
        PlanRun run = new PlanRun(new HotlineFolder(inputs), new PlanFiles(outDir), settings, seed,
                new StageRunner(spec.commandLine().getErr(), err, verbose(), quiet), err);
        PlanOutcome outcome;
        try {
            outcome = run.execute();
        } catch (StageRunner.StageFailed e) {
            spec.commandLine().getErr().println("wfm plan: " + e.getMessage());
            return e.exitCode;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(CommandLine.Help.Ansi.AUTO.string(outcome.summary()
                .replace("Verdict: the roster holds", "@|bold,green Verdict: the roster holds|@")
                .replace("Verdict: the roster does NOT hold", "@|bold,red Verdict: the roster does NOT hold|@")));
        stdout.printf("Plan files in %s (report: %s); %d s.%n", outDir, run.files().report(),
                Duration.between(began, Instant.now()).toSeconds());
        workspace.find().ifPresent(ws -> PlanArchive.store(ws, run, outcome, err));
        return outcome.holds() ? ExitCode.OK : ExitCode.TARGET_MISSED;
    }

    private boolean verbose() {
        return wfm.cli.Wfm.verbose(spec.commandLine());
    }

    private PlanSettings overridden(PlanSettings s) {
        if (replications != null && replications < 1) {
            throw new BadInputException("--replications: " + replications + " must be at least 1");
        }
        if (scheduleSteps != null && scheduleSteps < 1) {
            throw new BadInputException("--schedule-steps: " + scheduleSteps + " must be at least 1");
        }
        if (rounds != null && rounds < 0) {
            throw new BadInputException("--rounds: " + rounds + " must not be negative");
        }
        return new PlanSettings(s.hotline(), start != null ? start : s.start(), horizon != null ? horizon : s.horizon(),
                s.target(), s.maxAbandon(), s.patience(), s.shrinkage(),
                timeLimit != null ? timeLimit.toSeconds() + "s" : s.scheduleTime(),
                scheduleSteps != null ? scheduleSteps : s.scheduleSteps(),
                replications != null ? replications : s.replications(), rounds != null ? rounds : s.rounds(),
                absence != null ? absence : s.absence(), offPhone != null ? offPhone : s.offPhone(),
                confidence != null ? confidence : s.confidence(), targetScope != null ? targetScope : s.targetScope(),
                s.poolSkills());
    }

    /** A hotline's input folder. */
    record HotlineFolder(Path dir) {
        Path required(String file) {
            Path p = dir.resolve(file);
            if (!Files.isRegularFile(p)) {
                throw new BadInputException(dir + ": no " + file + " (a hotline folder needs history.csv, "
                        + "agents.csv and shifts.csv)");
            }
            return p;
        }

        List<String> optional(String option, String file) {
            Path p = dir.resolve(file);
            return Files.isRegularFile(p) ? List.of(option, p.toString()) : List.of();
        }
    }

    /** Where a plan writes its files. */
    record PlanFiles(Path dir) {
        Path forecast() {
            return dir.resolve("forecast.csv");
        }

        Path requirements() {
            return dir.resolve("requirements.csv");
        }

        Path roster() {
            return dir.resolve("roster.csv");
        }

        Path simulation() {
            return dir.resolve("simulation.csv");
        }

        Path report() {
            return dir.resolve("report.html");
        }

        Path chart(String name) {
            return dir.resolve(name + ".png");
        }
    }

    static List<String> args(Object... parts) {
        List<String> all = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> list) {
                list.forEach(x -> all.add(String.valueOf(x)));
            } else {
                all.add(String.valueOf(p));
            }
        }
        return all;
    }
}
