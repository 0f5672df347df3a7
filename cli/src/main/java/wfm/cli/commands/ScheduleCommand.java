package wfm.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wfm.cli.BadInputException;
import wfm.cli.InfeasibleException;
import wfm.cli.io.RosterCsv;
import wfm.cli.io.TextTable;
import wfm.cli.options.DurationConverter;
import wfm.cli.options.ShareConverter;
import wfm.cli.charts.CoverageChart;
import wfm.scheduling.capacity.RosterShrinkage;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.SlotDemand;
import wfm.scheduling.solver.Coverage;
import wfm.scheduling.solver.FeasibilityCheck;
import wfm.scheduling.solver.RosterBuilder;
import wfm.scheduling.solver.RosterExplanation;
import wfm.scheduling.solver.RosterRequest;
import wfm.scheduling.solver.RosterSolver;
import wfm.scheduling.solver.ScheduledShift;

@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Roster named agents onto shifts so the staffing requirement is covered (OptaPlanner): one shift "
                + "per agent per day, rest, consecutive days, weekly contract hours, skills and unavailability are "
                + "hard rules; agent-minutes short (busy intervals weigh up to twice), over-staffing and fair "
                + "weekends/nights/surge days are optimised. Breaks are placed after solving, staggered.",
                "Night shifts that cross midnight may also start the evening before the first day, to cover its "
                        + "first hours: such a row is dated the day before and counts in the week it starts in.",
                "Progress (best score) goes to standard error; the roster to --out; a coverage summary to standard "
                        + "output. Exit 3 when no roster can keep the hard rules, with the reasons."},
        footer = {"", "Example:",
                "  wfm schedule --requirements requirements.csv --agents agents.csv --shifts shifts.csv "
                        + "--unavailability unavailability.csv --time-limit 60s --seed 1 --out roster.csv --explain",
                "  wfm schedule ... --steps 500000 --seed 7 --time-limit 5m     # the same roster on every run",
                "  wfm schedule ... --absence 8%% --off-phone 10%%     # rosters required_agents / (0.92 x 0.90) heads"})
public final class ScheduleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--requirements", required = true, paramLabel = "FILE",
            description = "requirements.csv: interval_start, queue, required_agents.")
    Path requirements;

    @Option(names = "--agents", required = true, paramLabel = "FILE",
            description = "agents.csv: agent_id, skills, min/max_hours_per_week, max_consecutive_days.")
    Path agents;

    @Option(names = "--shifts", required = true, paramLabel = "FILE",
            description = "shifts.csv: shift_id, start_time, duration, break_minutes, days.")
    Path shifts;

    @Option(names = "--unavailability", paramLabel = "FILE", description = "unavailability.csv: agent_id, date, from, to.")
    Path unavailability;

    @Option(names = "--keep", paramLabel = "FILE",
            description = "A published roster.csv to change as little as possible (re-planning after a change).")
    Path keep;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "60s",
            description = "How long to search (default: ${DEFAULT-VALUE}); with --steps, the most the search may take.")
    Duration timeLimit;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed of the search (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--steps", paramLabel = "N",
            description = "Stop the search after N steps (moves tried, each one score calculation) instead of at "
                    + "the time limit, so the same --seed and inputs give the same roster whatever the machine's load; "
                    + "--time-limit still caps the run (a warning says when it cut the steps short). Default: search "
                    + "until the time limit.")
    Integer steps;

    @Option(names = "--min-rest", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "11h",
            description = "Least rest between two shifts of an agent (default: ${DEFAULT-VALUE}).")
    Duration minRest;

    @Option(names = "--max-consecutive-days", defaultValue = "6",
            description = "Longest run of working days for agents whose contract does not say (default: ${DEFAULT-VALUE}).")
    int maxConsecutiveDays;

    @Option(names = "--flat", description = "Every short agent-minute costs the same (default: busy intervals up to twice).")
    boolean flat;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "roster.csv", description = "Where to write the roster (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw required vs scheduled agents per interval as a PNG.")
    Path chart;

    @Option(names = "--absence", paramLabel = "SHARE", converter = ShareConverter.class, defaultValue = "0",
            description = "Unplanned absence: share of rostered agent-days lost (sickness, no-shows), e.g. 8%%. The "
                    + "roster covers required_agents / ((1 - absence) (1 - off-phone)) heads; give wfm simulate the "
                    + "same two shares (default: ${DEFAULT-VALUE}).")
    double absence;

    @Option(names = "--off-phone", paramLabel = "SHARE", converter = ShareConverter.class, defaultValue = "0",
            description = "Share of on-shift time off the phones on work the roster does not show (after-call "
                    + "admin, coaching, outages), e.g. 10%%. Placed breaks are not in it (default: ${DEFAULT-VALUE}).")
    double offPhone;

    @Option(names = "--explain", description = "List the remaining under-covered intervals and broken rules in plain words.")
    boolean explain;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (steps != null && steps < 1) {
            throw new BadInputException("--steps: " + steps + " must be at least 1 (leave it out to search until "
                    + "the time limit)");
        }
        RosterRequest request = request();
        Roster problem = RosterBuilder.build(request);
        List<String> problems = FeasibilityCheck.problems(problem);
        if (!problems.isEmpty()) {
            throw new InfeasibleException("no roster can keep the hard rules: " + String.join("; ", problems));
        }
        List<SlotDemand> uncoverable = FeasibilityCheck.uncoverable(problem);
        if (!uncoverable.isEmpty()) {
            notice(String.format(Locale.ROOT, "wfm: warning: %d interval(s) need agents that no shift template covers, "
                    + "the first at %s %s", uncoverable.size(), uncoverable.get(0).start(), uncoverable.get(0).queue()));
        }
        boolean leadIn = problem.getAssignments().stream().anyMatch(Assignment::isLeadIn);
        notice(String.format(Locale.ROOT, "schedule: %d agents x %d days%s, %d queue(s), %d-minute intervals, %d shift "
                        + "templates; seed %d, %stime limit %ss", problem.getAgents().size(), problem.getHorizon().days(),
                leadIn ? " (and night shifts from the evening before)" : "", problem.getQueues().size(),
                problem.getHorizon().slotMinutes(), request.shifts().size(), seed,
                steps == null ? "" : String.format(Locale.ROOT, "%,d steps, ", steps), timeLimit.toMillis() / 1000.0));
        if (absence > 0 || offPhone > 0) {
            notice(String.format(Locale.ROOT, "schedule: covering required_agents x %.3f rostered heads (absence %s, "
                    + "off-phone %s)", shrinkage().grossUp(), wfm.cli.io.Numbers.percent(absence),
                    wfm.cli.io.Numbers.percent(offPhone)));
        }
        long[] lastPrinted = {-10_000};
        RosterSolver.Options options = new RosterSolver.Options(timeLimit, seed).withSteps(steps == null ? 0 : steps);
        RosterSolver.Result result = RosterSolver.solve(problem, options, p -> {
            if (p.elapsed().toMillis() - lastPrinted[0] >= 1000) {
                lastPrinted[0] = p.elapsed().toMillis();
                notice(String.format(Locale.ROOT, "  %6.1fs  best %s", p.elapsed().toMillis() / 1000.0, p.bestScore()));
            }
        });
        notice(String.format(Locale.ROOT, "  %6.1fs  final %s (%,d steps, %,d score calculations/s)",
                result.timeSpent().toMillis() / 1000.0, result.score(), result.stepsDone(),
                result.scoreCalculationsPerSecond()));
        if (steps != null && result.stepsDone() < steps) {
            notice(String.format(Locale.ROOT, "wfm: warning: the time limit (%ss) stopped the search after %,d of %,d "
                    + "steps: this roster depends on the machine's speed; raise --time-limit to reproduce it",
                    timeLimit.toMillis() / 1000.0, result.stepsDone(), steps));
        }
        if (!result.feasible()) {
            List<String> why = RosterExplanation.hardRules(result.roster(), 3);
            throw new InfeasibleException("no roster found that keeps the hard rules within " + timeLimit.toSeconds()
                    + "s (score " + result.score() + "): " + String.join("; ", why).replaceAll("\\s+", " ")
                    + (why.isEmpty() ? "" : " -- fewer agents than the rules need, or contradictory contracts?"));
        }
        RosterCsv.write(out, rows(result.shifts()));
        if (chart != null) {
            CoverageChart.write(chart, result.coverage());
        }
        stdout.print(summary(result));
        stdout.printf(Locale.ROOT, "Roster: %d shifts for %d agents written to %s (seed %d, %s)%n",
                result.shifts().size(), problem.getAgents().size(), out, seed, steps == null
                        ? String.format(Locale.ROOT, "%,d steps in the %ss time limit", result.stepsDone(),
                        timeLimit.toMillis() / 1000.0)
                        : String.format(Locale.ROOT, "--steps %d", steps));
        if (explain) {
            RosterExplanation.explain(result.roster(), result.coverage(), 20).forEach(stdout::println);
        }
        stdout.flush();
        return 0;
    }

    private RosterRequest request() {
        RosterRequest.Rules rules = new RosterRequest.Rules(minRest, maxConsecutiveDays,
                RosterRequest.Rules.DEFAULT.minHoursPerWeek(), RosterRequest.Rules.DEFAULT.maxHoursPerWeek(), !flat);
        return new RosterRequestFiles(requirements, agents, shifts, unavailability, keep).read(rules, shrinkage(),
                w -> notice("wfm: warning: " + w));
    }

    RosterShrinkage shrinkage() {
        try {
            return new RosterShrinkage(absence, offPhone);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--absence/--off-phone: " + e.getMessage() + " (nobody would be on the phones)");
        }
    }

    public static List<RosterCsv.Row> rows(List<ScheduledShift> shifts) {
        List<RosterCsv.Row> rows = new ArrayList<>();
        for (ScheduledShift s : shifts) {
            rows.add(new RosterCsv.Row(s.agentId(), s.date(), s.shiftId(), s.start(), s.end(),
                    s.breaks().stream().map(b -> new RosterCsv.Break(b.start(), b.end())).toList(), s.queue()));
        }
        return rows;
    }

    static String summary(RosterSolver.Result result) {
        TextTable table = new TextTable(List.of("queue", "required_agent_h", "scheduled_agent_h", "short_agent_h",
                "short_%", "over_agent_h", "short_intervals"));
        double required = 0;
        double shortHours = 0;
        for (Coverage.QueueTotals t : result.coverage().totalsByQueue()) {
            required += t.requiredAgentHours();
            shortHours += t.shortAgentHours();
            table.add(List.of(t.queue(), f1(t.requiredAgentHours()), f1(t.scheduledAgentHours()),
                    f1(t.shortAgentHours()), f1(percent(t.shortAgentHours(), t.requiredAgentHours())),
                    f1(t.overAgentHours()), t.shortIntervals() + "/" + t.intervals()));
        }
        return table + String.format(Locale.ROOT, "Coverage: %.1f of %.1f required agent-hours short (%.1f%%); score %s%n",
                shortHours, required, percent(shortHours, required), result.score()) + surgeLine(result);
    }

    /** Month-end (surge) days against the others: the roster should leave them no shorter, as a share. */
    static String surgeLine(RosterSolver.Result result) {
        java.util.Set<java.time.LocalDate> surge = new java.util.TreeSet<>();
        result.roster().getAssignments().stream().filter(a -> a.isSurgeDay()).forEach(a -> surge.add(a.getDate()));
        if (surge.isEmpty()) {
            return "";
        }
        double[] t = new double[4];
        for (Coverage.Interval i : result.coverage().intervals()) {
            int k = surge.contains(i.start().toLocalDate()) ? 0 : 2;
            t[k] += i.requiredAgents();
            t[k + 1] += i.shortAgents();
        }
        return String.format(Locale.ROOT, "Surge days (%d, needing 10%%+ more than the median day): %.1f%% short; "
                + "other days: %.1f%% short%n", surge.size(), percent(t[1], t[0]), percent(t[3], t[2]));
    }

    private static double percent(double part, double whole) {
        return whole == 0 ? 0 : 100 * part / whole;
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private void notice(String message) {
        if (!wfm.cli.Wfm.quiet(spec)) {
            spec.commandLine().getErr().println(message);
            spec.commandLine().getErr().flush();
        }
    }
}
