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
import wfm.cli.report.RosterCoverage;

/** What a plan found, in the words of its summary: accuracy, agents required vs rostered, abandonment, verdict. */
record PlanOutcome(boolean holds, String summary) {

    static PlanOutcome of(PlanRun run, ForecastAccuracy accuracy, List<RequirementsCsv.Row> firstRequirement,
                          SimulationVerdict verdict, List<String> rounds) {
        List<RequirementsCsv.Row> requirement = RequirementsCsv.read(run.files().requirements());
        List<RosterCsv.Row> roster = RosterCsv.read(run.files().roster());
        Staffing staffing = Staffing.of(requirement, roster);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%nPlan for %s: %s to %s, seed %d%n%n", run.settings().hotline(),
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
                staffing.peakRequired(), staffing.peakAt(), staffing.requiredHours(firstRequirement), staffing.raisedNote(firstRequirement), staffing.agents(), staffing.paidHours()));
        s.append(String.format(Locale.ROOT, "%nSimulated abandonment per day (%d replications, 95%% CI; "
                + "target under %s):%n", verdict.replications(), pct(verdict.maxAbandonRate())));
        TextTable days = new TextTable(List.of("date", "calls", "abandoned", "95% CI", "service level", "ASA s",
                "occupancy", "target"));
        for (SimulationVerdict.Day d : verdict.days()) {
            days.add(List.of(d.date().toString(), String.format(Locale.ROOT, "%,.0f", d.offered()), pct(d.abandonRate()),
                    pct(Math.max(0, d.low())) + ".." + pct(d.high()), pct(d.serviceLevel()),
                    String.format(Locale.ROOT, "%.1f", d.asaSeconds()), pct(d.occupancy()),
                    d.met(verdict.maxAbandonRate()) ? "met" : "MISSED"));
        }
        s.append(days).append('\n');
        s.append(queueWarnings(DailyKpi.read(run.files().simulation()), verdict.maxAbandonRate()));
        rounds.forEach(r -> s.append("Re-planned, ").append(r).append('\n'));
        if (verdict.targetMet()) {
            s.append(String.format(Locale.ROOT, "Verdict: the roster holds: abandonment stays under %s on every one "
                    + "of the %d days.%n", pct(verdict.maxAbandonRate()), verdict.days().size()));
        } else {
            s.append(String.format(Locale.ROOT, "Verdict: the roster does NOT hold: abandonment reaches %s or more "
                            + "on %s.%n", pct(verdict.maxAbandonRate()),
                    verdict.missedDays().stream().map(d -> d.date().toString()).collect(Collectors.joining(", "))));
            s.append(staffing.shortfall(verdict.missedDays().stream().map(SimulationVerdict.Day::date).toList()));
        }
        return new PlanOutcome(verdict.targetMet(), s.toString());
    }

    /** The rule is judged on all queues together; a queue that misses it on its own is worth a planner's look. */
    static String queueWarnings(List<DailyKpi> kpis, double target) {
        Map<String, List<String>> missed = new TreeMap<>();
        kpis.stream().filter(k -> !k.queue().equals(DailyKpi.ALL_QUEUES) && k.abandonRate() > target)
                .forEach(k -> missed.computeIfAbsent(k.queue(), q -> new java.util.ArrayList<>())
                        .add(k.date().getMonthValue() + "/" + k.date().getDayOfMonth() + " " + pct(k.abandonRate())));
        StringBuilder s = new StringBuilder();
        missed.forEach((queue, days) -> s.append(String.format(Locale.ROOT, "Note: queue %s on its own is above %s "
                + "on %d day(s): %s.%n", queue, pct(target), days.size(), String.join(", ", days))));
        return s.length() == 0 ? "" : s.append('\n').toString();
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

        /** Agent-hours the roster leaves short of the requirement on the given days, and the worst interval. */
        String shortfall(List<LocalDate> days) {
            StringBuilder s = new StringBuilder();
            for (LocalDate day : days) {
                double hours = 0;
                double worst = 0;
                LocalDateTime worstAt = null;
                for (int i = 0; i < required.length; i++) {
                    LocalDateTime t = first.plus(interval.multipliedBy(i));
                    double gap = required[i] - onDuty[i];
                    if (t.toLocalDate().equals(day) && gap > 0) {
                        hours += gap * interval.toMinutes() / 60.0;
                        if (gap > worst) {
                            worst = gap;
                            worstAt = t;
                        }
                    }
                }
                s.append(hours > 0.05
                        ? String.format(Locale.ROOT, "  %s: the agent pool leaves %.1f agent-hours of the requirement "
                                + "uncovered; most short at %s (%.1f agents missing).%n", day, hours,
                        worstAt.toLocalTime(), worst)
                        : String.format(Locale.ROOT, "  %s: the requirement is covered, yet abandonment misses: "
                                + "raise the requirement (more rounds: --rounds) or the patience assumption.%n", day));
            }
            return s.toString();
        }
    }
}
