package wfm.cli.plan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import wfm.cli.InfeasibleException;
import wfm.cli.charts.CoverageChart;
import wfm.cli.commands.RosterInputs;
import wfm.cli.commands.RosterRequestFiles;
import wfm.cli.commands.ScheduleCommand;
import wfm.cli.io.AtomicFiles;
import wfm.cli.io.RequirementsCsv;
import wfm.cli.io.RosterCsv;
import wfm.cli.report.AbandonmentChart;
import wfm.cli.report.ReplayReport;
import wfm.cli.report.RiskReport;
import wfm.scheduling.capacity.HeadcountGap;
import wfm.scheduling.capacity.OvertimeAllowance;
import wfm.scheduling.capacity.RosterShrinkage;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.solver.FeasibilityCheck;
import wfm.scheduling.solver.RosterBuilder;
import wfm.scheduling.solver.RosterExplanation;
import wfm.scheduling.solver.RosterRequest;
import wfm.scheduling.solver.RosterSolver;
import wfm.simulation.experiment.ReplayResult;
import wfm.simulation.model.QueueRules;
import wfm.simulation.model.ReplayMeasure;
import wfm.simulation.model.ReplayOptions;
import wfm.simulation.risk.RiskExperiment;
import wfm.simulation.risk.RiskResult;
import wfm.simulation.risk.RiskTarget;
import wfm.simulation.risk.RiskVerdict;

/**
 * The certification loop of a plan, on typed values: roster the requirement (in rostered heads, grossed up for
 * absence and off-phone time), replay the roster under the same absence, off-phone time and forecast error, and where
 * the risk verdict misses, raise the requirement there ({@link RequirementRaise}) and re-plan keeping what can stay.
 * When the last round still misses, the headcount gap says what the pool cannot supply, and a roster with overtime
 * (contracts' maxima plus the legal allowance) is planned and judged as an option.
 *
 * <p>It calls the scheduling and simulation libraries directly (no {@code wfm} argument strings, no JSON read back);
 * it lives in {@code cli} because it reads and writes the plan's contract files (roster.csv, simulation.csv) between
 * rounds, which a planner can open, and because a module joining scheduling and simulation is not worth its weight
 * for one loop. It echoes the equivalent {@code wfm schedule} / {@code wfm simulate} commands for the planner.
 */
final class Certification {
    /** What one round of rostering and replay is run with. */
    record Setup(RosterRequestFiles files, Path forecast, RosterShrinkage shrinkage, RosterRequest.Rules rules,
                 RosterSolver.Options search, ReplayOptions replay, String demandSource, RiskTarget target,
                 int minReplications, int maxReplications, int threads, int rounds, OvertimeAllowance overtime,
                 boolean poolSkills) {
        double maxAbandon() {
            return target.maxAbandonRate();
        }
    }

    /** A roster and how it fared in the replay: the risk verdict per day and queue. */
    record Judged(RosterSolver.Result roster, RosterInputs inputs, RiskResult risk) {
        boolean holds() {
            return risk.verdict().holds();
        }

        ReplayResult result() {
            return risk.summary();
        }

        RiskVerdict verdict() {
            return risk.verdict();
        }

        List<LocalDate> missedDays() {
            return risk.verdict().misses().stream().map(m -> inputs.date(m.day())).distinct().sorted().toList();
        }
    }

    /** A round's roster, its judgement, and the raise that followed when it missed (null when it held). */
    record Round(Judged judged, RequirementRaise.Raised raised) {
    }

    /**
     * The loop's result.
     *
     * @param overtime the roster with overtime and its judgement, when the pool left a gap; empty otherwise
     */
    record Outcome(List<Round> rounds, Judged last, HeadcountGap gap, Optional<Overtime> overtime,
                   RosterShrinkage shrinkage, String demandAssumed) {
        boolean holds() {
            return last.holds();
        }

        double grossUp() {
            return shrinkage.grossUp();
        }
    }

    /** The overtime option: roster-overtime.csv, its replay, and what is still missing with it. */
    record Overtime(Judged judged, HeadcountGap gapLeft, Path roster) {
    }

    private final Setup setup;
    private final PlanCommand.PlanFiles out;
    private final long seed;
    private final PrintWriter progress;

    Certification(Setup setup, PlanCommand.PlanFiles out, long seed, PrintWriter progress) {
        this.setup = setup;
        this.out = out;
        this.seed = seed;
        this.progress = progress;
    }

    Outcome run() {
        List<Round> rounds = new ArrayList<>();
        RosterRequestFiles files = setup.files();
        for (int round = 0; ; round++) {
            step("4/6", "roster" + (round == 0 ? "" : " (round " + (round + 1) + ", keeping what can stay)"));
            RosterSolver.Result roster = schedule(files.keeping(round == 0 ? null : out.roster()).read(setup.rules(),
                    setup.shrinkage()), out.roster(), round > 0);
            CoverageChart.write(out.chart("coverage"), roster.coverage());
            step("5/6", String.format(Locale.ROOT, "risk: %d to %d replications of the roster (absence, off-phone "
                    + "time, forecast error: %s)", setup.minReplications(), setup.maxReplications(),
                    setup.demandSource()));
            Judged judged = judge(roster, out.roster(), out.simulation(), out.chart("abandonment"));
            if (judged.holds() || round >= setup.rounds()) {
                rounds.add(new Round(judged, null));
                break;
            }
            RequirementRaise.Raised raised = RequirementRaise.raise(RequirementsCsv.read(files.requirements()),
                    judged, setup.maxAbandon());
            rounds.add(new Round(judged, raised));
            if (raised.intervals() == 0) {
                break;
            }
            progress.printf(Locale.ROOT, "  round %d: risk too high on %d day(s); requirement raised in "
                            + "%d queue-intervals (+%.0f agent-intervals)%n", round + 1, judged.missedDays().size(),
                    raised.intervals(), raised.agents());
            RequirementsCsv.write(files.requirements(), raised.requirements());
        }
        Judged last = rounds.get(rounds.size() - 1).judged();
        HeadcountGap gap = gap(last.roster());
        Optional<Overtime> overtime = Optional.empty();
        if (!last.holds() && gap.exists()) {
            overtime = Optional.of(overtime());
        }
        return new Outcome(rounds, last, gap, overtime, setup.shrinkage(), setup.demandSource());
    }

    /**
     * The roster with overtime: every contract's maximum raised by the allowance, planned afresh (keeping the last
     * roster would pin its shifts and leave the extra hours unused).
     */
    private Overtime overtime() {
        step("5b", String.format(Locale.ROOT, "the pool leaves a gap: roster with overtime (up to %.1f h a week "
                + "beyond each contract, %.0f h a month) as an option", setup.overtime().hoursPerWeek(),
                setup.overtime().hoursPerMonth()));
        RosterRequest base = setup.files().read(setup.rules(), setup.shrinkage());
        List<Double> raised = HeadcountGap.withOvertime(maxima(base), setup.rules().maxHoursPerWeek(),
                setup.overtime());
        List<RosterRequest.AgentContract> contracts = new ArrayList<>();
        for (int i = 0; i < base.agents().size(); i++) {
            RosterRequest.AgentContract a = base.agents().get(i);
            contracts.add(new RosterRequest.AgentContract(a.id(), a.name(), a.skills(), a.minHoursPerWeek(),
                    raised.get(i), a.maxConsecutiveDays()));
        }
        RosterRequest withOvertime = new RosterRequest(base.requirements(), contracts, base.shifts(),
                base.absences(), base.published(), base.rules());
        Path roster = out.dir().resolve("roster-overtime.csv");
        RosterSolver.Result result = schedule(withOvertime, roster, false);
        Judged judged = judge(result, roster, out.dir().resolve("simulation-overtime.csv"),
                out.chart("abandonment-overtime"));
        return new Overtime(judged, gap(result), roster);
    }

    private HeadcountGap gap(RosterSolver.Result roster) {
        RosterRequest request = setup.files().read(setup.rules(), setup.shrinkage());
        return HeadcountGap.of(roster.coverage(), maxima(request), setup.rules().maxHoursPerWeek(),
                roster.roster().getHorizon().days(), setup.overtime());
    }

    private static List<Double> maxima(RosterRequest request) {
        return request.agents().stream().map(RosterRequest.AgentContract::maxHoursPerWeek).toList();
    }

    private RosterSolver.Result schedule(RosterRequest request, Path rosterFile, boolean keep) {
        RosterRequestFiles f = setup.files();
        progress.println("  $ wfm schedule --requirements " + f.requirements() + " --agents " + f.agents()
                + " --shifts " + f.shifts() + (f.unavailability() == null ? "" : " --unavailability "
                + f.unavailability()) + (keep ? " --keep " + out.roster() : "") + " --absence "
                + pct(setup.shrinkage().absence()) + " --off-phone " + pct(setup.shrinkage().offPhone())
                + " --time-limit " + setup.search().timeLimit().toSeconds() + "s"
                + (setup.search().steps() > 0 ? " --steps " + setup.search().steps() : "") + " --seed " + seed
                + " --out " + rosterFile);
        progress.flush();
        Roster problem = RosterBuilder.build(request);
        List<String> problems = FeasibilityCheck.problems(problem);
        if (!problems.isEmpty()) {
            throw new InfeasibleException("no roster can keep the hard rules: " + String.join("; ", problems));
        }
        RosterSolver.Result result = RosterSolver.solve(problem, setup.search(), p -> { });
        if (!result.feasible()) {
            throw new InfeasibleException("no roster found that keeps the hard rules within "
                    + setup.search().timeLimit().toSeconds() + "s: "
                    + String.join("; ", RosterExplanation.hardRules(result.roster(), 3)).replaceAll("\\s+", " "));
        }
        progress.printf(Locale.ROOT, "  %.1f s, %,d steps; %.1f of %.1f rostered agent-hours short%n",
                result.timeSpent().toMillis() / 1000.0, result.stepsDone(), result.coverage().shortAgentHours(),
                result.coverage().requiredAgentHours());
        RosterCsv.write(rosterFile, ScheduleCommand.rows(result.shifts()));
        return result;
    }

    private Judged judge(RosterSolver.Result roster, Path rosterFile, Path simulationFile, Path chart) {
        progress.println("  $ wfm simulate --roster " + rosterFile + " --forecast " + setup.forecast()
                + " --agents-file " + setup.files().agents() + " --absence " + pct(setup.shrinkage().absence())
                + " --off-phone " + pct(setup.shrinkage().offPhone()) + " --max-abandon " + pct(setup.maxAbandon())
                + " --confidence " + pct(setup.target().confidence()) + " --target-scope "
                + setup.target().scope().name().toLowerCase(Locale.ROOT) + " --replications "
                + setup.minReplications() + " --max-replications " + setup.maxReplications()
                + (setup.poolSkills() ? " --pool-skills" : "") + " --seed " + seed
                + " --out " + simulationFile);
        progress.flush();
        RosterInputs inputs = RosterInputs.read(setup.forecast(), rosterFile, setup.files().agents(),
                setup.poolSkills(), progress::println);
        List<QueueRules> rules = inputs.profile().queues().stream().map(q -> new QueueRules(0, -1, 0)).toList();
        RiskResult risk = RiskExperiment.run(inputs.profile(), inputs.plan(), rules, setup.replay(), setup.target(),
                setup.minReplications(), setup.maxReplications(), seed, setup.threads());
        ReplayResult result = risk.summary();
        progress.printf(Locale.ROOT, "  %d replications, %.1f s: %s%n", risk.replications(),
                result.elapsedSeconds(), risk.verdict().holds() ? "holds" : risk.verdict().misses().size()
                        + " day(s)/queue-day(s) below " + pct(setup.target().confidence()) + " confidence");
        ReplayReport report = new ReplayReport(result, inputs::date, inputs::intervalStart, setup.maxAbandon());
        AtomicFiles.writeText(simulationFile, report::writeIntervalsCsv);
        AtomicFiles.writeText(simulationFile.resolveSibling(simulationFile.getFileName().toString()
                .replace("simulation", "risk")), new RiskReport(risk.verdict(), result, inputs::date)::writeCsv);
        List<LocalDate> days = new ArrayList<>();
        for (int d = 0; d < result.byDay().size(); d++) {
            days.add(inputs.date(d));
        }
        AbandonmentChart.write(chart, "Daily abandonment, " + result.replications() + " replications, seed " + seed,
                days, List.of(new AbandonmentChart.Series("abandonment", result.byDay().stream()
                        .map(e -> e.estimate(ReplayMeasure.ABANDON_RATE)).toList())), setup.maxAbandon());
        return new Judged(roster, inputs, risk);
    }

    private void step(String number, String what) {
        progress.println("[" + number + "] " + what);
        progress.flush();
    }

    private static String pct(double share) {
        return wfm.cli.io.Numbers.percent(share);
    }
}
