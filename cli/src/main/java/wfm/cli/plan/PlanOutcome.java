package wfm.cli.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import wfm.cli.io.Numbers;
import wfm.cli.io.RequirementsCsv;
import wfm.cli.io.RosterCsv;
import wfm.cli.io.TextTable;
import wfm.cli.report.DailyKpi;
import wfm.cli.commands.ReplayAssumptions;
import wfm.cli.report.RiskReport;
import wfm.cli.report.RosterCoverage;
import wfm.simulation.experiment.PeriodEstimate;
import wfm.simulation.model.ReplayMeasure;
import wfm.simulation.stats.ConfidenceInterval;

/** What a plan found, in the words of its summary: accuracy, agents required vs rostered, abandonment, verdict. */
record PlanOutcome(boolean holds, String summary) {

    static PlanOutcome of(PlanRun run, ForecastAccuracy accuracy, List<RequirementsCsv.Row> firstRequirement,
                          Certification.Outcome certified, double maxAbandon) {
        List<RequirementsCsv.Row> requirement = RequirementsCsv.read(run.files().requirements());
        List<RosterCsv.Row> roster = RosterCsv.read(run.files().roster());
        Staffing staffing = Staffing.of(requirement, roster);
        PlanSettings settings = run.settings();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%nPlan for %s: %s to %s, seed %d%n%n", settings.hotline(),
                staffing.first().toLocalDate(), staffing.last().toLocalDate(), run.seed()));
        s.append(String.format(Locale.ROOT, "Forecast accuracy (backtest: %d origins, %d days ahead):%n",
                accuracy.folds(), accuracy.horizonDays()));
        TextTable acc = new TextTable(List.of("queue", "model chosen", "WAPE", "WAPE of 4-week average",
                "actuals inside 80% band"));
        accuracy.queues().forEach(q -> acc.add(List.of(q.queue(), q.model(), pct(q.wape()), pct(q.baselineWape()),
                pct(q.coverage80()))));
        s.append(acc).append('\n');
        s.append(String.format(Locale.ROOT, "Agents: the requirement peaks at %.1f on the phones (%s); %,.0f "
                        + "agent-hours on the phones are required%s; the roster uses %d agents for %,.0f paid hours.%n",
                staffing.peakRequired(), staffing.peakAt(), staffing.requiredHours(firstRequirement),
                staffing.raisedNote(firstRequirement), staffing.agents(), staffing.paidHours()));
        s.append(assumptions(settings, certified)).append('\n');
        Certification.Judged last = certified.last();
        RiskReport risk = new RiskReport(last.verdict(), last.result(), last.inputs()::date);
        s.append(String.format(Locale.ROOT, "%nRisk per day, all queues (%d replications; target: %s):%n",
                last.result().replications(), ReplayAssumptions.describe(last.verdict().target())));
        s.append(risk.dayTable()).append('\n');
        if (last.result().queues().size() > 1) {
            s.append("Risk per queue:\n").append(risk.queueTable()).append('\n');
        }
        for (Certification.Round r : certified.rounds()) {
            if (r.raised() != null && r.raised().intervals() > 0) {
                s.append(String.format(Locale.ROOT, "Re-planned after round %d: risk too high on %d "
                                + "day(s); requirement raised in %d queue-intervals (+%.0f agent-intervals)%n",
                        certified.rounds().indexOf(r) + 1, r.judged().missedDays().size(), r.raised().intervals(),
                        r.raised().agents()));
            }
        }
        if (last.holds()) {
            s.append(String.format(Locale.ROOT, "Verdict: the roster holds: abandonment stays under %s on every one "
                    + "of the %d days (%s).%n", pct(maxAbandon), last.result().byDay().size(),
                    assumedInShort(settings, certified)));
        } else {
            s.append(String.format(Locale.ROOT, "Verdict: the roster does NOT hold: abandonment stays under %s in "
                            + "fewer than %s of the futures on %s (%s).%n", pct(maxAbandon), settings.confidence(),
                    last.missedDays().stream().map(LocalDate::toString).collect(Collectors.joining(", ")),
                    assumedInShort(settings, certified)));
            s.append(GapReport.text(certified, maxAbandon));
        }
        return new PlanOutcome(last.holds(), s.toString());
    }

    /** What the verdict assumed, in one line for the summary. */
    static String assumptions(PlanSettings settings, Certification.Outcome certified) {
        return String.format(Locale.ROOT, "Assumed: %s unplanned absence (whole agent-days) and %s off-phone time "
                        + "beyond the placed breaks (the roster covers the requirement x %.3f); forecast error: %s; "
                        + "confidence %s, per %s.", settings.absence(), settings.offPhone(), certified.grossUp(),
                certified.demandAssumed(), settings.confidence(), settings.targetScope().equals("all")
                        ? "day, all queues together" : "day and queue");
    }

    private static String assumedInShort(PlanSettings settings, Certification.Outcome certified) {
        return "in at least " + settings.confidence() + " of " + certified.last().result().replications()
                + " simulated futures, per " + (settings.targetScope().equals("all") ? "day" : "day and queue")
                + ", assuming " + settings.absence() + " absence, " + settings.offPhone() + " off-phone time, "
                + (certified.demandAssumed().startsWith("none") ? "no forecast error beyond Poisson"
                : "the forecast's backtest errors");
    }

    private static String pct(double share) {
        return Numbers.percent(share);
    }

    /** Requirement against what the roster puts on the phones, interval by interval, all queues together. */
    record Staffing(LocalDateTime first, Duration interval, double[] required, double[] onDuty, int agents,
                    double paidHours, LocalDateTime last) {

        static Staffing of(List<RequirementsCsv.Row> requirement, List<RosterCsv.Row> roster) {
            Map<LocalDateTime, Double> total = new TreeMap<>();
            requirement.forEach(r -> total.merge(r.intervalStart(), r.requiredAgents(), Double::sum));
            LocalDateTime first = total.keySet().iterator().next();
            LocalDateTime last = ((TreeMap<LocalDateTime, Double>) total).lastKey();
            Duration interval = RequirementsCsv.intervalLength(requirement);
            int n = (int) (Duration.between(first, last).toMinutes() / interval.toMinutes()) + 1;
            double[] required = new double[n];
            total.forEach((t, v) -> required[(int) (Duration.between(first, t).toMinutes() / interval.toMinutes())] = v);
            double[] onDuty = RosterCoverage.onDuty(roster, first, interval, n);
            double paid = RosterCoverage.paidHoursPerDay(roster).values().stream().mapToDouble(Double::doubleValue).sum();
            int agents = (int) roster.stream().map(RosterCsv.Row::agentId).distinct().count();
            return new Staffing(first, interval, required, onDuty, agents, paid, last.plus(interval));
        }

        double peakRequired() {
            double peak = 0;
            for (double r : required) {
                peak = Math.max(peak, r);
            }
            return peak;
        }

        String peakAt() {
            double peak = peakRequired();
            for (int i = 0; i < required.length; i++) {
                if (required[i] == peak) {
                    return first.plus(interval.multipliedBy(i)).toString().replace('T', ' ');
                }
            }
            return "";
        }

        double requiredHours(List<RequirementsCsv.Row> rows) {
            return rows.stream().mapToDouble(RequirementsCsv.Row::requiredAgents).sum() * interval.toMinutes() / 60.0;
        }

        String raisedNote(List<RequirementsCsv.Row> firstRequirement) {
            double before = requiredHours(firstRequirement);
            double after = 0;
            for (double r : required) {
                after += r * interval.toMinutes() / 60.0;
            }
            return after > before + 1e-9 ? String.format(Locale.ROOT, " (%,.0f after re-planning)", after) : "";
        }
    }
}
