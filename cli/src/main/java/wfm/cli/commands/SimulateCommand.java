package wfm.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.io.AtomicFiles;
import wfm.cli.report.AbandonmentChart;
import wfm.cli.report.ReplayReport;
import wfm.simulation.experiment.ReplayResult;
import wfm.simulation.risk.RiskExperiment;
import wfm.simulation.risk.RiskResult;
import wfm.simulation.risk.RiskTarget;
import wfm.cli.io.Numbers;
import wfm.cli.report.RiskReport;
import wfm.simulation.model.QueueRules;
import wfm.simulation.model.ReplayMeasure;
import wfm.simulation.model.ReplayOptions;
import wfm.cli.io.TextTable;
import wfm.cli.options.DurationConverter;
import wfm.cli.options.RateConverter;
import wfm.cli.options.ShareConverter;
import wfm.simulation.experiment.Replications;
import wfm.simulation.experiment.StationaryExperiment;
import wfm.simulation.experiment.StationaryResult;
import wfm.simulation.model.QueueMeasure;
import wfm.simulation.model.StationaryQueue;
import wfm.simulation.stats.ConfidenceInterval;

@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay a roster under random traffic (discrete-event simulation, R replications) and report "
                + "abandonment, service level, ASA and occupancy with 95%% confidence intervals.",
                "With --stationary: one steady queue (M/M/n, or M/M/n+M with --patience), the textbook case, for quick "
                        + "what-ifs and for checking the simulator against Erlang C / Erlang A."},
        footer = {"", "Examples:",
                "  wfm simulate --roster roster.csv --forecast forecast.csv --patience 120s --replications 30 --check",
                "  wfm simulate --roster roster.csv --forecast forecast.csv --absence 8%% --off-phone 10%% "
                        + "--confidence 90%% --replications 20 --max-replications 80 --risk-out risk.csv",
                "  wfm simulate --stationary --arrival-rate 1200/h --aht 180s --patience 90s --agents 62 "
                        + "--duration 1000h --format json"})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--stationary", description = "Simulate one steady queue instead of a roster.")
    boolean stationary;

    @Mixin
    ReplayModelOptions model;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Roster: write a PNG chart of daily abandonment with its 95%% CI band and the target line.")
    Path chart;

    @Option(names = "--arrival-rate", paramLabel = "RATE", converter = RateConverter.class,
            description = "Stationary: calls arriving, e.g. 1200/h, 20/m.")
    Double arrivalRatePerHour;

    @Option(names = "--aht", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stationary: mean handle time, e.g. 180s.")
    Duration aht;

    @Option(names = "--agents", paramLabel = "N", description = "Stationary: agents on the phones.")
    Integer agents;

    @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stationary: observed simulated time per replication, e.g. 1000h.")
    Duration duration;

    @Option(names = "--warmup", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stationary: simulated time discarded first (default: 5%% of --duration).")
    Duration warmup;

    @Option(names = "--max-abandon", paramLabel = "SHARE", converter = ShareConverter.class, defaultValue = "2%",
            description = "Abandonment target: every day (or the stationary queue) must stay below it "
                    + "(default: ${DEFAULT-VALUE}).")
    double maxAbandon;

    @Option(names = "--confidence", paramLabel = "SHARE", converter = ShareConverter.class, defaultValue = "90%",
            description = "Roster: the risk verdict holds when every day (and queue, see --target-scope) keeps "
                    + "abandonment under --max-abandon in at least this share of the replications "
                    + "(default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--target-scope", paramLabel = "SCOPE", defaultValue = "queue",
            description = "Roster: queue = every queue on its own must meet the target each day; all = the centre as "
                    + "a whole (default: ${DEFAULT-VALUE}).")
    String targetScope;

    @Option(names = "--check", description = "Exit with code 1 when the target is missed (roster: the risk verdict), "
            + "naming the days and queues.")
    boolean check;

    @Option(names = "--replications", paramLabel = "R",
            description = "Independent replications (default: 10 stationary, 30 roster); with --max-replications, "
                    + "the first R.")
    Integer replications;

    @Option(names = "--max-replications", paramLabel = "N",
            description = "Roster: add replications (doubling, up to N) until every day's P(target met) interval "
                    + "lies on one side of --confidence (default: exactly --replications).")
    Integer maxReplications;

    @Option(names = "--risk-out", paramLabel = "FILE", description = "Roster: write the risk verdict as CSV, one row "
            + "per day for all queues (queue *) and per queue: mean and P90 abandonment, P(target met) and its 95%% CI.")
    Path riskOut;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the results as CSV to this file (roster: one "
            + "row per interval and queue).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        if (stationary) {
            return stationary();
        }
        return roster();
    }

    private int roster() {
        model.requireFiles();
        int r = replications == null ? 30 : replications;
        if (r < 1) {
            throw new BadInputException("--replications: " + r + " must be at least 1");
        }
        int max = maxReplications == null ? r : maxReplications;
        if (max < r) {
            throw new BadInputException("--max-replications: " + max + " must be at least --replications (" + r + ")");
        }
        RiskTarget target = ReplayAssumptions.target(maxAbandon, confidence, targetScope);
        RosterInputs inputs = RosterInputs.read(model.forecast, model.roster, model.agentsFile, model.poolSkills,
                this::notice);
        ReplayAssumptions.Demand demand = model.demand(inputs.profile().queues());
        ReplayOptions options = model.replayOptions().withDemand(demand.uncertainty());
        List<QueueRules> rules = model.queueRules(inputs.profile());
        notice(String.format(Locale.ROOT, "replaying %d agents over %d days of %d queue(s), %s replication(s), "
                        + "seed %d ...", inputs.plan().agents().size(), inputs.profile().days(),
                inputs.profile().queueCount(), max > r ? r + ".." + max : Integer.toString(r), model.seed));
        notice(assumed(options, demand, target));
        RiskResult risk = RiskExperiment.run(inputs.profile(), inputs.plan(), rules, options, target, r, max,
                model.seed, threads());
        ReplayResult result = risk.summary();
        ReplayReport report = new ReplayReport(result, inputs::date, inputs::intervalStart, maxAbandon);
        RiskReport riskReport = new RiskReport(risk.verdict(), result, inputs::date);
        PrintWriter stdout = spec.commandLine().getOut();
        switch (format) {
            case JSON -> {
                Map<String, Object> json = report.json();
                json.put("absence", options.absence());
                json.put("off_phone", options.offPhoneShare());
                json.put("forecast_errors", demand.assumed());
                json.putAll(riskReport.json());
                stdout.println(json(json));
            }
            case CSV -> {
                java.io.StringWriter w = new java.io.StringWriter();
                try {
                    report.writeIntervalsCsv(w);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                stdout.print(w);
            }
            case TABLE -> {
                stdout.printf(Locale.ROOT, "%d replication(s), seed %d, mean and 95%% CI over replications%n%n",
                        result.replications(), result.seed());
                stdout.println(assumed(options, demand, target));
                stdout.println();
                stdout.print(report.dayTable());
                stdout.println();
                if (result.queues().size() > 1) {
                    stdout.print(report.queueTable());
                    stdout.println();
                }
                stdout.printf(Locale.ROOT, "Risk per day (%d replications: mean, 90th percentile and P(target met) "
                        + "with its 95%% CI):%n", risk.replications());
                stdout.print(riskReport.dayTable());
                stdout.println();
                if (result.queues().size() > 1) {
                    stdout.print(riskReport.queueTable());
                    stdout.println();
                }
                stdout.println(report.verdict());
                stdout.println(riskReport.sentence());
            }
        }
        stdout.flush();
        if (out != null) {
            AtomicFiles.writeText(out, report::writeIntervalsCsv);
            notice("wrote " + out);
        }
        if (riskOut != null) {
            AtomicFiles.writeText(riskOut, riskReport::writeCsv);
            notice("wrote " + riskOut);
        }
        if (chart != null) {
            List<java.time.LocalDate> days = new java.util.ArrayList<>();
            List<ConfidenceInterval> daily = new java.util.ArrayList<>();
            for (int d = 0; d < result.byDay().size(); d++) {
                days.add(inputs.date(d));
                daily.add(result.byDay().get(d).estimate(ReplayMeasure.ABANDON_RATE));
            }
            AbandonmentChart.write(chart, "Daily abandonment, " + r + " replications, seed " + model.seed, days,
                    List.of(new AbandonmentChart.Series("abandonment", daily)), maxAbandon);
            notice("wrote " + chart);
        }
        if (check && !risk.verdict().holds()) {
            spec.commandLine().getErr().println("wfm: " + riskReport.sentence());
            spec.commandLine().getErr().println("wfm: " + report.verdict());
            return ExitCode.TARGET_MISSED;
        }
        return ExitCode.OK;
    }

    /** What the replay assumed beyond roster and forecast, in one line. */
    static String assumed(ReplayOptions options, ReplayAssumptions.Demand demand, RiskTarget target) {
        return String.format(Locale.ROOT, "assumed: absence %s of agent-days, off-phone %s of on-shift time, "
                        + "forecast error: %s; target: %s", Numbers.percent(options.absence()),
                Numbers.percent(options.offPhoneShare()), demand.assumed(), ReplayAssumptions.describe(target));
    }

    private int stationary() {
        require(arrivalRatePerHour, "--arrival-rate");
        require(aht, "--aht");
        require(agents, "--agents");
        require(duration, "--duration");
        double durationSeconds = seconds(duration);
        double warmupSeconds = warmup == null ? durationSeconds * 0.05 : seconds(warmup);
        double patienceSeconds = model.patience == null ? Double.POSITIVE_INFINITY : seconds(model.patience);
        int r = replications == null ? 10 : replications;
        if (r < 1) {
            throw new BadInputException("--replications: " + r + " must be at least 1");
        }
        StationaryQueue queue;
        try {
            queue = new StationaryQueue(arrivalRatePerHour, seconds(aht), patienceSeconds, agents,
                    seconds(model.answerWithin), warmupSeconds, durationSeconds, 20);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(optionNamed(e.getMessage()));
        }
        notice(String.format(Locale.ROOT, "simulating %d replication(s) of %s with seed %d ...", r,
                describe(queue), model.seed));
        StationaryResult result = StationaryExperiment.run(queue, r, model.seed, threads());
        PrintWriter stdout = spec.commandLine().getOut();
        switch (format) {
            case JSON -> stdout.println(json(stationaryJson(queue, result)));
            case CSV -> stdout.print(stationaryCsv(result));
            case TABLE -> stdout.print(stationaryTable(queue, result));
        }
        stdout.flush();
        if (out != null) {
            AtomicFiles.writeText(out, w -> w.write(stationaryCsv(result)));
        }
        double abandon = result.estimate(QueueMeasure.ABANDON_RATE).mean();
        if (check && abandon > maxAbandon) {
            spec.commandLine().getErr().printf(Locale.ROOT, "wfm: target missed: abandonment %.2f%% is above %.2f%%%n",
                    100 * abandon, 100 * maxAbandon);
            return ExitCode.TARGET_MISSED;
        }
        return ExitCode.OK;
    }

    static Map<String, Object> stationaryJson(StationaryQueue queue, StationaryResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("replications", result.replications());
        json.put("seed", result.seed());
        json.put("calls_offered", result.callsOffered());
        json.put("calls_per_second", round(result.callsPerSecond(), 0));
        for (QueueMeasure m : new QueueMeasure[] {QueueMeasure.ABANDON_RATE, QueueMeasure.SERVICE_LEVEL,
                QueueMeasure.ASA_SECONDS, QueueMeasure.OCCUPANCY, QueueMeasure.P_WAIT}) {
            json.put(m.key(), interval(result.estimate(m)));
        }
        json.put("agents", queue.agents());
        json.put("offered_load_erlangs", round(queue.offeredLoadErlangs(), 6));
        json.put("answer_within_seconds", queue.serviceLevelSeconds());
        json.put("ci_method", result.replications() > 1 ? "replications" : "batch_means");
        return json;
    }

    static Map<String, Object> interval(ConfidenceInterval ci) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", round(ci.mean(), 6));
        m.put("ci95_low", round(ci.low(), 6));
        m.put("ci95_high", round(ci.high(), 6));
        return m;
    }

    private static String stationaryCsv(StationaryResult result) {
        StringBuilder csv = new StringBuilder("measure,mean,ci95_low,ci95_high,replications,seed\n");
        for (QueueMeasure m : QueueMeasure.values()) {
            ConfidenceInterval ci = result.estimate(m);
            csv.append(m.key()).append(',').append(wfm.cli.io.Numbers.format(ci.mean())).append(',')
                    .append(wfm.cli.io.Numbers.format(ci.low())).append(',')
                    .append(wfm.cli.io.Numbers.format(ci.high())).append(',')
                    .append(result.replications()).append(',').append(result.seed()).append('\n');
        }
        return csv.toString();
    }

    private static String stationaryTable(StationaryQueue queue, StationaryResult result) {
        TextTable table = new TextTable(java.util.List.of("measure", "mean", "95% CI low", "95% CI high"));
        for (QueueMeasure m : QueueMeasure.values()) {
            ConfidenceInterval ci = result.estimate(m);
            boolean share = m != QueueMeasure.ASA_SECONDS;
            table.add(java.util.List.of(m.key(), show(ci.mean(), share), show(ci.low(), share), show(ci.high(), share)));
        }
        return describe(queue) + "\n"
                + String.format(Locale.ROOT, "%d replication(s), seed %d, %,d calls offered, %s%n%n",
                result.replications(), result.seed(), result.callsOffered(),
                result.replications() > 1 ? "95% CI over replications" : "95% CI from batch means")
                + table;
    }

    private static String describe(StationaryQueue q) {
        return String.format(Locale.ROOT, "M/M/%d%s: %.1f calls/h, AHT %.0fs, %.2f Erlangs%s", q.agents(),
                q.abandons() ? "+M" : "", q.arrivalRatePerHour(), q.ahtSeconds(), q.offeredLoadErlangs(),
                q.abandons() ? String.format(Locale.ROOT, ", patience %.0fs", q.patienceSeconds()) : "");
    }

    static String show(double value, boolean share) {
        if (Double.isNaN(value)) {
            return "";
        }
        return share ? String.format(Locale.ROOT, "%.2f%%", 100 * value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static String json(Object value) {
        try {
            return new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    int threads() {
        int t = model.threads == null ? Replications.defaultThreads() : model.threads;
        if (t < 1) {
            throw new BadInputException("--threads: " + t + " must be at least 1");
        }
        return t;
    }

    void notice(String message) {
        if (!wfm.cli.Wfm.quiet(spec)) {
            spec.commandLine().getErr().println(message);
            spec.commandLine().getErr().flush();
        }
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static void require(Object value, String option) {
        if (value == null) {
            throw new BadInputException(option + " is required with --stationary");
        }
    }

    /** Maps the library's argument names in a message to the option names the user typed. */
    private static String optionNamed(String message) {
        return message.replace("arrivalRatePerHour", "--arrival-rate (per hour)")
                .replace("ahtSeconds", "--aht (seconds)").replace("patienceSeconds", "--patience (seconds)")
                .replace("agents (", "--agents (").replace("durationSeconds", "--duration (seconds)")
                .replace("warmupSeconds", "--warmup (seconds)");
    }
}
