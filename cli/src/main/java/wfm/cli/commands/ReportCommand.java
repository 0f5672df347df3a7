package wfm.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.io.AtomicFiles;
import wfm.cli.io.CsvWriter;
import wfm.cli.io.Numbers;
import wfm.cli.io.RequirementsCsv;
import wfm.cli.io.RosterCsv;
import wfm.cli.report.AgentHoursChart;
import wfm.cli.report.DailyKpi;
import wfm.cli.report.HtmlReport;
import wfm.cli.report.RosterCoverage;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a self-contained HTML report of a plan folder (what 'wfm plan' writes): forecast vs "
                + "history, requirement vs rostered coverage, simulated abandonment per day with its confidence band "
                + "and the target line, agent-hours per day, the daily KPI report per queue, and the roster.",
                "Charts are the PNGs the stages drew (forecast.png, coverage.png, abandonment.png), embedded in the "
                        + "page; the daily KPIs are also written as CSV with --kpi-csv."},
        footer = {"", "Example:", "  wfm report --plan plan-hotline-95504 --out report.html --kpi-csv daily-kpi.csv"})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "DIR", required = true,
            description = "The plan folder: requirements.csv and roster.csv, and where present summary.txt (the "
                    + "plan's summary and verdict), forecast.png, coverage.png, abandonment.png, simulation.csv.")
    Path plan;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: the folder's name).")
    String title;

    @Option(names = "--out", paramLabel = "FILE", description = "The HTML file (default: report.html in the plan folder).")
    Path out;

    @Option(names = "--kpi-csv", paramLabel = "FILE", description = "Also write the daily KPIs per queue as CSV.")
    Path kpiCsv;

    @Override
    public Integer call() throws IOException {
        Path requirementsFile = need("requirements.csv");
        Path rosterFile = need("roster.csv");
        List<RequirementsCsv.Row> requirements = RequirementsCsv.read(requirementsFile);
        List<RosterCsv.Row> roster = RosterCsv.read(rosterFile);
        String name = title != null ? title : plan.toAbsolutePath().normalize().getFileName().toString();
        HtmlReport html = new HtmlReport("Hotline WFM plan: " + name);
        html.paragraph(String.format(Locale.ROOT, "%d agents rostered on %d shifts; requirement over %d "
                        + "queue-intervals. Files: %s.", roster.stream().map(RosterCsv.Row::agentId).distinct().count(),
                roster.size(), requirements.size(), plan.toAbsolutePath().normalize()));
        Path summary = plan.resolve("summary.txt");
        if (Files.isRegularFile(summary)) {
            String text = Files.readString(summary);
            html.verdict(text.contains("Verdict: the roster holds"), text.lines()
                    .filter(l -> l.startsWith("Verdict:")).findFirst().orElse(""));
            html.heading("Plan summary: assumptions, verdict and what is missing").preformatted(text.strip());
        }
        figure(html, "Forecast", "forecast.png", "History (last weeks) and forecast with 80% and 95% bands");
        figure(html, "Requirement vs rostered coverage", "coverage.png",
                "Agents required vs scheduled on the phones, per interval");
        figure(html, "Simulated abandonment", "abandonment.png",
                "Abandonment per day, mean of the replications with its 95% confidence band, and the target line");
        html.heading("Agent-hours per day").chart(AgentHoursChart.of(requiredHoursPerDay(requirements),
                RosterCoverage.paidHoursPerDay(roster)));
        Path simulation = plan.resolve("simulation.csv");
        if (Files.isRegularFile(simulation)) {
            List<DailyKpi> kpis = DailyKpi.read(simulation);
            html.heading("Daily KPI report (simulated)").table(List.of("date", "queue", "offered", "answered",
                    "abandonment", "service level", "ASA s", "occupancy", "callbacks"), kpiRows(kpis));
            if (kpiCsv != null) {
                writeKpiCsv(kpis);
            }
        }
        Path risk = plan.resolve("risk.csv");
        if (Files.isRegularFile(risk)) {
            html.heading("Risk per day and queue (simulated futures)").table(List.of("date", "queue",
                    "mean abandoned", "P90 abandoned", "P(target met)", "95% CI", "judged", "holds"), riskRows(risk));
        }
        html.heading("Roster").table(rosterHeader(roster), rosterRows(roster));
        Path target = out != null ? out : plan.resolve("report.html");
        AtomicFiles.writeText(target, w -> w.write(html.html()));
        spec.commandLine().getOut().println("wrote " + target);
        return ExitCode.OK;
    }

    /** The plan's risk.csv (written by the plan, or {@code wfm simulate --risk-out}) as table rows. */
    private static List<List<String>> riskRows(Path risk) {
        List<List<String>> rows = new java.util.ArrayList<>();
        wfm.cli.io.CsvReader.forEach(risk, List.of("date", "queue", "mean_abandon", "p90_abandon", "p_met"), r ->
                rows.add(List.of(r.text("date"), r.text("queue").equals("*") ? "all queues" : r.text("queue"),
                        Numbers.percent(r.number("mean_abandon")), Numbers.percent(r.number("p90_abandon")),
                        Numbers.percent(r.number("p_met")), Numbers.percent(r.number("p_met_ci95_low")) + ".."
                                + Numbers.percent(r.number("p_met_ci95_high")), r.text("judged"),
                        r.text("holds"))));
        return rows;
    }

    private Path need(String file) {
        Path p = plan.resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new BadInputException("--plan " + plan + ": no " + file + " (run 'wfm plan' or the stages first)");
        }
        return p;
    }

    private void figure(HtmlReport html, String heading, String png, String description) throws IOException {
        Path p = plan.resolve(png);
        if (Files.isRegularFile(p)) {
            html.heading(heading).image(description, Files.readAllBytes(p));
        }
    }

    private static Map<LocalDate, Double> requiredHoursPerDay(List<RequirementsCsv.Row> requirements) {
        Map<LocalDate, Double> hours = new TreeMap<>();
        long minutes = RequirementsCsv.intervalLength(requirements).toMinutes();
        for (RequirementsCsv.Row r : requirements) {
            long length = r.intervalEnd() != null
                    ? java.time.Duration.between(r.intervalStart(), r.intervalEnd()).toMinutes() : minutes;
            hours.merge(r.intervalStart().toLocalDate(), r.requiredAgents() * length / 60.0, Double::sum);
        }
        return hours;
    }

    private static List<List<String>> kpiRows(List<DailyKpi> kpis) {
        List<List<String>> rows = new ArrayList<>();
        for (DailyKpi k : kpis) {
            rows.add(List.of(k.date().toString(), k.queue(), String.format(Locale.ROOT, "%,.0f", k.offered()),
                    String.format(Locale.ROOT, "%,.0f", k.answered()), pct(k.abandonRate()), pct(k.serviceLevel()),
                    Double.isNaN(k.asaSeconds()) ? "-" : String.format(Locale.ROOT, "%.1f", k.asaSeconds()),
                    pct(k.occupancy()), String.format(Locale.ROOT, "%,.0f", k.callbacks())));
        }
        return rows;
    }

    private void writeKpiCsv(List<DailyKpi> kpis) {
        AtomicFiles.writeText(kpiCsv, w -> {
            CsvWriter csv = new CsvWriter(w).row("date", "queue", "offered", "answered", "abandoned", "abandon_rate",
                    "service_level", "asa_seconds", "occupancy", "callbacks");
            for (DailyKpi k : kpis) {
                csv.row(k.date(), k.queue(), Numbers.format(k.offered()), Numbers.format(k.answered()),
                        Numbers.format(k.abandoned()), Numbers.format(k.abandonRate()), Numbers.format(k.serviceLevel()),
                        Numbers.format(k.asaSeconds()), Numbers.format(k.occupancy()), Numbers.format(k.callbacks()));
            }
        });
        spec.commandLine().getOut().println("wrote " + kpiCsv);
    }

    private static List<String> rosterHeader(List<RosterCsv.Row> roster) {
        List<String> header = new ArrayList<>(List.of("agent"));
        roster.stream().map(RosterCsv.Row::date).distinct().sorted()
                .forEach(d -> header.add(d.getMonthValue() + "/" + d.getDayOfMonth()));
        return header;
    }

    private static List<List<String>> rosterRows(List<RosterCsv.Row> roster) {
        List<LocalDate> days = roster.stream().map(RosterCsv.Row::date).distinct().sorted().toList();
        Map<String, Map<LocalDate, String>> grid = new TreeMap<>();
        roster.forEach(r -> grid.computeIfAbsent(r.agentId(), a -> new TreeMap<>())
                .put(r.date(), r.shiftId().isEmpty() ? r.start().toLocalTime().toString() : r.shiftId()));
        List<List<String>> rows = new ArrayList<>();
        grid.forEach((agent, shifts) -> {
            List<String> row = new ArrayList<>(List.of(agent));
            days.forEach(d -> row.add(shifts.getOrDefault(d, "off")));
            rows.add(row);
        });
        return rows;
    }

    private static String pct(double share) {
        return Numbers.percent(share);
    }
}
