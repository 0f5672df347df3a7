package wfm.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.io.TextTable;
import wfm.cli.options.ShareConverter;
import wfm.cli.report.AbandonmentChart;
import wfm.cli.report.ReplayReport;
import wfm.simulation.experiment.ReplayExperiment;
import wfm.simulation.experiment.ReplayResult;
import wfm.simulation.experiment.Replications;
import wfm.simulation.model.QueueRules;
import wfm.simulation.model.ReplayMeasure;
import wfm.simulation.model.ReplayOptions;
import wfm.simulation.model.ReplayRun;
import wfm.simulation.stats.ConfidenceInterval;

@Command(name = "whatif", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay the roster under named what-if scenarios (more calls overall or on chosen days, longer "
                + "calls, absenteeism, patience, IVR share, callbacks) with common random numbers, and print them side "
                + "by side. The first scenario is the reference: differences to it are paired by replication, so "
                + "they are not noise.",
                "The other options set the baseline every scenario starts from (as in 'wfm simulate')."},
        footer = {"", "scenarios.yaml:",
                "  replications: 20      # optional",
                "  seed: 1               # optional",
                "  scenarios:",
                "    - name: as planned",
                "    - name: month-end surge",
                "      volume: 1.1",
                "      volume_on_days: {2026-12-31: 1.3}",
                "    - name: flu week",
                "      absenteeism: 8%%",
                "      aht: 1.1",
                "    - name: IVR + callbacks",
                "      ivr_share: 15%%",
                "      callbacks: true",
                "      patience: 0.8",
                "", "Example:",
                "  wfm whatif --roster roster.csv --forecast forecast.csv --scenarios scenarios.yaml --chart whatif.png"})
public final class WhatifCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReplayModelOptions model;

    @Option(names = "--scenarios", paramLabel = "FILE", required = true, description = "scenarios.yaml.")
    Path scenariosFile;

    @Option(names = "--replications", paramLabel = "R",
            description = "Replications per scenario (default: the file's, else 20).")
    Integer replications;

    @Option(names = "--max-abandon", paramLabel = "SHARE", converter = ShareConverter.class, defaultValue = "2%",
            description = "Abandonment target per day (default: ${DEFAULT-VALUE}).")
    double maxAbandon;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Write a PNG chart of daily abandonment per scenario with 95%% CI bands and the target.")
    Path chart;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        model.requireFiles();
        ScenarioFile file = ScenarioFile.read(scenariosFile);
        int r = replications != null ? replications : file.replications() != null ? file.replications() : 20;
        if (r < 2) {
            throw new BadInputException("--replications: " + r + " must be at least 2 to compare scenarios");
        }
        long seed = file.seed() != null && !spec.commandLine().getParseResult().hasMatchedOption("--seed")
                ? file.seed() : model.seed;
        RosterInputs inputs = RosterInputs.read(model.forecast, model.roster, model.agentsFile, model.poolSkills,
                this::notice);
        ReplayOptions baseline = model.replayOptions();
        List<QueueRules> rules = model.queueRules(inputs.profile());
        int threads = model.threads == null ? Replications.defaultThreads() : model.threads;

        Map<String, List<ReplayRun>> runs = new LinkedHashMap<>();
        Map<String, ReplayResult> results = new LinkedHashMap<>();
        for (Scenario s : file.scenarios()) {
            notice(String.format(Locale.ROOT, "scenario '%s': %d replications, seed %d ...", s.name(), r, seed));
            ReplayOptions options = apply(baseline, s, inputs);
            long start = System.nanoTime();
            List<ReplayRun> scenarioRuns = ReplayExperiment.runs(inputs.profile(), inputs.plan(), rules, options, r,
                    seed, threads);
            runs.put(s.name(), scenarioRuns);
            results.put(s.name(), ReplayExperiment.summarize(inputs.profile(), scenarioRuns, seed,
                    (System.nanoTime() - start) / 1e9));
        }
        String reference = file.scenarios().get(0).name();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(SimulateCommand.json(json(results, runs, reference, seed, r)));
        } else if (format == OutputFormat.CSV) {
            throw new BadInputException("--format: csv is not available for whatif; use table or json");
        } else {
            out.print(table(results, runs, reference, seed, r, inputs));
        }
        out.flush();
        if (chart != null) {
            List<LocalDate> days = new ArrayList<>();
            for (int d = 0; d < inputs.profile().days(); d++) {
                days.add(inputs.date(d));
            }
            List<AbandonmentChart.Series> series = new ArrayList<>();
            results.forEach((name, result) -> series.add(new AbandonmentChart.Series(name,
                    result.byDay().stream().map(e -> e.estimate(ReplayMeasure.ABANDON_RATE)).toList())));
            AbandonmentChart.write(chart, "Daily abandonment by scenario, " + r + " replications, seed " + seed,
                    days, series, maxAbandon);
            notice("wrote " + chart);
        }
        return ExitCode.OK;
    }

    static ReplayOptions apply(ReplayOptions base, Scenario s, RosterInputs inputs) {
        Map<Integer, Double> byDay = new HashMap<>();
        s.volumeOnDays().forEach((date, f) -> {
            long day = ChronoUnit.DAYS.between(inputs.origin().toLocalDate(), date);
            if (day < 0 || day >= inputs.profile().days()) {
                throw new BadInputException("scenario '" + s.name() + "': volume_on_days: " + date
                        + " is outside the forecast (" + inputs.date(0) + " to "
                        + inputs.date(inputs.profile().days() - 1) + ")");
            }
            byDay.put((int) day, f);
        });
        ReplayOptions o = base.withVolume(s.volume(), byDay).withAhtFactor(s.aht())
                .withPatience(base.patience().scaled(s.patience()));
        if (s.absenteeism() != null) {
            o = o.withAbsenteeism(s.absenteeism());
        }
        if (s.ivrShare() != null) {
            o = o.withIvrShare(s.ivrShare());
        }
        if (s.callbacks() != null) {
            o = o.withCallbacks(s.callbacks(), base.callbackDeadlineSeconds());
        }
        return o;
    }

    private String table(Map<String, ReplayResult> results, Map<String, List<ReplayRun>> runs, String reference,
                         long seed, int r, RosterInputs inputs) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%d scenario(s), %d replications each, seed %d, common random numbers; differences are paired "
                        + "against '%s'%n%n", results.size(), r, seed, reference));
        TextTable summary = new TextTable(List.of("scenario", "offered", "abandon", "95% CI", "vs reference",
                "service level", "ASA s", "occupancy", "callbacks", "days missed"));
        for (var e : results.entrySet()) {
            var overall = e.getValue().overall();
            ConfidenceInterval ab = overall.estimate(ReplayMeasure.ABANDON_RATE);
            String diff = "";
            if (!e.getKey().equals(reference)) {
                ConfidenceInterval d = ReplayExperiment.pairedDifference(runs.get(reference), runs.get(e.getKey()),
                        ReplayMeasure.ABANDON_RATE);
                diff = String.format(Locale.ROOT, "%+.2f pts (%+.2f..%+.2f)", 100 * d.mean(), 100 * d.low(),
                        100 * d.high());
            }
            summary.add(List.of(e.getKey(), String.format(Locale.ROOT, "%.0f", overall.mean(ReplayMeasure.OFFERED)),
                    ReplayReport.percent(ab.mean()), ReplayReport.percent(ab.low()) + ".." + ReplayReport.percent(ab.high()),
                    diff, ReplayReport.percent(overall.mean(ReplayMeasure.SERVICE_LEVEL)),
                    String.format(Locale.ROOT, "%.1f", overall.mean(ReplayMeasure.ASA_SECONDS)),
                    ReplayReport.percent(overall.mean(ReplayMeasure.OCCUPANCY)),
                    String.format(Locale.ROOT, "%.0f", overall.mean(ReplayMeasure.CALLBACKS)),
                    Integer.toString(e.getValue().daysMissing(maxAbandon).size())));
        }
        s.append(summary).append('\n');
        List<String> header = new ArrayList<>(List.of("date"));
        header.addAll(results.keySet());
        TextTable days = new TextTable(header);
        for (int d = 0; d < inputs.profile().days(); d++) {
            List<String> row = new ArrayList<>(List.of(inputs.date(d).toString()));
            for (ReplayResult result : results.values()) {
                double ab = result.byDay().get(d).mean(ReplayMeasure.ABANDON_RATE);
                row.add(ReplayReport.percent(ab) + (ab > maxAbandon ? " !" : ""));
            }
            days.add(row);
        }
        s.append("Daily abandonment (! = above ").append(ReplayReport.percent(maxAbandon)).append("):\n\n")
                .append(days);
        return s.toString();
    }

    private Map<String, Object> json(Map<String, ReplayResult> results, Map<String, List<ReplayRun>> runs,
                                     String reference, long seed, int r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("replications", r);
        json.put("seed", seed);
        json.put("reference", reference);
        json.put("max_abandon_rate", maxAbandon);
        List<Map<String, Object>> list = new ArrayList<>();
        for (var e : results.entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.getKey());
            var overall = e.getValue().overall();
            m.put("calls_offered", overall.mean(ReplayMeasure.OFFERED));
            for (ReplayMeasure measure : new ReplayMeasure[] {ReplayMeasure.ABANDON_RATE,
                    ReplayMeasure.SERVICE_LEVEL, ReplayMeasure.ASA_SECONDS, ReplayMeasure.OCCUPANCY}) {
                m.put(measure.key(), ReplayReport.interval(overall.estimate(measure)));
            }
            if (!e.getKey().equals(reference)) {
                m.put("abandon_rate_difference", ReplayReport.interval(ReplayExperiment.pairedDifference(
                        runs.get(reference), runs.get(e.getKey()), ReplayMeasure.ABANDON_RATE)));
            }
            m.put("callbacks", overall.mean(ReplayMeasure.CALLBACKS));
            m.put("days_missed", e.getValue().daysMissing(maxAbandon).size());
            list.add(m);
        }
        json.put("scenarios", list);
        return json;
    }

    private void notice(String message) {
        if (!wfm.cli.Wfm.quiet(spec)) {
            spec.commandLine().getErr().println(message);
            spec.commandLine().getErr().flush();
        }
    }
}
