package wfm.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
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
                + "abandonment, service level, ASA and occupancy with 95% confidence intervals.",
                "With --stationary: one steady queue (M/M/n, or M/M/n+M with --patience), the textbook case, for quick "
                        + "what-ifs and for checking the simulator against Erlang C / Erlang A."},
        footer = {"", "Examples:",
                "  wfm simulate --roster roster.csv --forecast forecast.csv --patience 120s --replications 30 --check",
                "  wfm simulate --stationary --arrival-rate 1200/h --aht 180s --patience 90s --agents 62 "
                        + "--duration 1000h --format json"})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--stationary", description = "Simulate one steady queue instead of a roster.")
    boolean stationary;

    @Option(names = "--roster", paramLabel = "FILE", description = "roster.csv to replay.")
    Path roster;

    @Option(names = "--forecast", paramLabel = "FILE", description = "forecast.csv: calls and AHT per queue and interval.")
    Path forecast;

    @Option(names = "--agents-file", paramLabel = "FILE",
            description = "agents.csv with each agent's skills (default: every agent answers every queue).")
    Path agentsFile;

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
            description = "Stationary: simulated time discarded first (default: 5% of --duration).")
    Duration warmup;

    @Option(names = "--patience", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Mean caller patience (exponential). Stationary default: callers never hang up (Erlang C); "
                    + "roster default: 120s.")
    Duration patience;

    @Option(names = "--answer-within", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "20s", description = "Service level threshold T: answered within T (default: ${DEFAULT-VALUE}).")
    Duration answerWithin;

    @Option(names = "--max-abandon", paramLabel = "SHARE", converter = ShareConverter.class, defaultValue = "2%",
            description = "Abandonment target: every day (or the stationary queue) must stay below it "
                    + "(default: ${DEFAULT-VALUE}).")
    double maxAbandon;

    @Option(names = "--check", description = "Exit with code 1 when the abandonment target is missed, naming the "
            + "days and intervals.")
    boolean check;

    @Option(names = "--replications", paramLabel = "R",
            description = "Independent replications (default: 10 stationary, 30 roster).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Random seed, echoed in the "
            + "output (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Replications run in parallel (default: the cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the results as CSV to this file.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        if (stationary) {
            return stationary();
        }
        throw new BadInputException("--roster replay is not available yet; use --stationary");
    }

    private int stationary() {
        require(arrivalRatePerHour, "--arrival-rate");
        require(aht, "--aht");
        require(agents, "--agents");
        require(duration, "--duration");
        double durationSeconds = seconds(duration);
        double warmupSeconds = warmup == null ? durationSeconds * 0.05 : seconds(warmup);
        double patienceSeconds = patience == null ? Double.POSITIVE_INFINITY : seconds(patience);
        int r = replications == null ? 10 : replications;
        if (r < 1) {
            throw new BadInputException("--replications: " + r + " must be at least 1");
        }
        StationaryQueue queue;
        try {
            queue = new StationaryQueue(arrivalRatePerHour, seconds(aht), patienceSeconds, agents,
                    seconds(answerWithin), warmupSeconds, durationSeconds, 20);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(optionNamed(e.getMessage()));
        }
        notice(String.format(Locale.ROOT, "simulating %d replication(s) of %s with seed %d ...", r,
                describe(queue), seed));
        StationaryResult result = StationaryExperiment.run(queue, r, seed, threads());
        PrintWriter stdout = spec.commandLine().getOut();
        switch (format) {
            case JSON -> stdout.println(json(stationaryJson(queue, result)));
            case CSV -> stdout.print(stationaryCsv(result));
            case TABLE -> stdout.print(stationaryTable(queue, result));
        }
        stdout.flush();
        if (out != null) {
            wfm.cli.io.AtomicFiles.writeText(out, w -> w.write(stationaryCsv(result)));
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
        int t = threads == null ? Replications.defaultThreads() : threads;
        if (t < 1) {
            throw new BadInputException("--threads: " + t + " must be at least 1");
        }
        return t;
    }

    void notice(String message) {
        var quiet = spec.root().findOption("--quiet");
        if (quiet == null || !Boolean.TRUE.equals(quiet.getValue())) {
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
