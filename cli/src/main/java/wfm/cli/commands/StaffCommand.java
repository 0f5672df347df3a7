package wfm.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.InfeasibleException;
import wfm.cli.io.ForecastCsv;
import wfm.cli.io.ForecastErrorsCsv;
import wfm.cli.io.Numbers;
import wfm.cli.io.RequirementsCsv;
import wfm.cli.options.DurationConverter;
import wfm.cli.options.Percent;
import wfm.cli.options.ShareConverter;
import wfm.forecasting.accuracy.ForecastErrors;
import wfm.forecasting.erlang.QueueModel;
import wfm.forecasting.erlang.Shrinkage;
import wfm.forecasting.erlang.StaffingTargets;

/** {@code wfm staff}: the agents each queue needs on the phones in every interval of a forecast. */
@Command(name = "staff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "Agents needed on the phones per queue and interval of a forecast (Erlang C, or Erlang A with "
                        + "--patience), written to requirements.csv for 'wfm schedule'.",
                "",
                "Each row of forecast.csv (interval_start, queue, calls, aht_seconds) is one steady interval: "
                        + "offered load = calls x AHT / interval length. The interval length is inferred per queue "
                        + "as the smallest gap between its interval starts (give --interval when a queue has a "
                        + "single row). The required agents are the fewest meeting every target given; intervals "
                        + "without calls need 0.",
                "",
                "Forecast error: when the forecast's errors are at hand (forecast.errors.csv beside the forecast, "
                        + "as 'wfm forecast' writes it, or --forecast-errors FILE), each interval is staffed for the "
                        + "calls its day will not exceed with probability --confidence (default 90%%): the interval's "
                        + "forecast times that quantile of the backtest's day-total ratios at the interval's lead day "
                        + "(lead day 1 = the forecast's first day). The verdict a plan must reach is P(the day meets "
                        + "the target) >= confidence, and a day's error is shared by all its intervals (a busy day is "
                        + "busy all day), so every interval is staffed for the same day-level quantile.",
                "",
                "requirements.csv: interval_start, interval_end, queue, required_agents, calls, aht_seconds and "
                        + "scheduled_agents. required_agents is the number ON THE PHONES (what the roster must cover "
                        + "after its own breaks); calls is the volume staffed for (the forecast, or its day-level "
                        + "quantile with forecast errors); scheduled_agents = required_agents / ((1 - absence)(1 - "
                        + "off-phone)), or / (1 - shrinkage) with --shrinkage, unrounded: the head count to roster. "
                        + "Breaks the roster places and leave in unavailability.csv are not shrinkage.",
                ""},
        footer = {"",
                "Example: wfm staff --forecast forecast.csv --target 80/20s --patience 120s --max-abandon 2%% "
                        + "--absence 8%% --off-phone 10%% --confidence 90%% --out requirements.csv",
                "  (reads forecast.errors.csv beside forecast.csv when it is there)",
                "Exit codes: 0 ok, 2 bad input, 3 a target no agent count can meet."})
public final class StaffCommand implements Callable<Integer> {
    private static final double DEFAULT_CONFIDENCE = 0.90;

    @Option(names = "--forecast", required = true, paramLabel = "FILE",
            description = "forecast.csv as written by 'wfm forecast' (interval_start, queue, calls, aht_seconds).")
    Path forecast;

    @CommandLine.Mixin
    StaffingOptions staffing;

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Interval length, e.g. 30m (default: inferred per queue from the interval starts).")
    Duration interval;

    @Option(names = "--confidence", paramLabel = "SHARE", converter = ShareConverter.class,
            description = "Probability each day's calls stay under what is staffed for, e.g. 90%% (default: 90%% "
                    + "when the forecast's errors are at hand; needs them).")
    Double confidence;

    @Option(names = "--forecast-errors", paramLabel = "FILE",
            description = "The forecast's errors (default: FORECAST.errors.csv beside --forecast, when present).")
    Path forecastErrors;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "requirements.csv",
            description = "Where to write the requirements (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        staffing.validate(spec);
        if (interval != null) {
            StaffingOptions.requirePositive(spec, "--interval", interval);
        }
        if (!staffing.hasTargets()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing target: give at least one of "
                    + "--target (e.g. 80/20s), --max-asa, --max-abandon or --max-occupancy");
        }
        List<ForecastCsv.Row> rows = ForecastCsv.read(forecast);
        if (rows.isEmpty()) {
            throw new BadInputException(forecast + ": no forecast rows to staff");
        }
        Map<String, ForecastErrors> errors = errors(rows);
        double level = confidence == null ? DEFAULT_CONFIDENCE : confidence;
        LocalDate firstDay = rows.stream().map(r -> r.intervalStart().toLocalDate()).min(LocalDate::compareTo)
                .orElseThrow();
        Map<String, Duration> lengths = intervalLengths(rows);
        StaffingTargets targets = staffing.targets();
        Shrinkage shrinkage = staffing.shrinkage();
        List<RequirementsCsv.Row> requirements = new ArrayList<>(rows.size());
        RequirementsCsv.Row peak = null;
        for (ForecastCsv.Row r : rows) {
            Duration length = lengths.get(r.queue());
            ForecastErrors queueErrors = errors == null ? null : errors.get(r.queue());
            double calls = queueErrors == null ? r.calls() : queueErrors.callsAtConfidence(
                    (int) ChronoUnit.DAYS.between(firstDay, r.intervalStart().toLocalDate()) + 1, r.calls(), level);
            double load = calls * r.ahtSeconds() / (length.toNanos() / 1e9);
            int agents = 0;
            if (load > 0) {
                QueueModel model = staffing.model(load, r.ahtSeconds());
                try {
                    agents = StaffingOptions.solve(model, targets).agents();
                } catch (InfeasibleException e) {
                    throw new InfeasibleException(r.queue() + " " + r.intervalStart() + ": " + e.getMessage());
                }
            }
            RequirementsCsv.Row row = new RequirementsCsv.Row(r.intervalStart(), r.intervalStart().plus(length),
                    r.queue(), agents, calls, r.ahtSeconds());
            requirements.add(row);
            if (peak == null || row.requiredAgents() > peak.requiredAgents()) {
                peak = row;
            }
        }
        RequirementsCsv.write(out, requirements, shrinkage.share());

        PrintWriter stdout = spec.commandLine().getOut();
        long queues = requirements.stream().map(RequirementsCsv.Row::queue).distinct().count();
        double agentHours = requirements.stream()
                .mapToDouble(r -> r.requiredAgents() * Duration.between(r.intervalStart(), r.intervalEnd()).toSeconds())
                .sum() / 3600.0;
        stdout.printf(Locale.ROOT, "Staffed %d intervals in %d queue%s (%s; %s).%n", requirements.size(), queues,
                queues == 1 ? "" : "s", staffing.isErlangA() ? "Erlang A, mean patience "
                        + StaffingOptions.human(staffing.patience()) : "Erlang C", staffing.describeTargets());
        if (errors != null) {
            double forecastCalls = rows.stream().mapToDouble(ForecastCsv.Row::calls).sum();
            double staffedCalls = requirements.stream().mapToDouble(RequirementsCsv.Row::calls).sum();
            stdout.printf(Locale.ROOT, "Forecast error: staffed for the calls each day stays under with %s "
                    + "probability (%s): %s calls against %s forecast (%+.1f%%).%n", Percent.format(level),
                    errorsFile(), Numbers.format(Math.round(staffedCalls)), Numbers.format(Math.round(forecastCalls)),
                    100 * (staffedCalls / forecastCalls - 1));
        }
        stdout.printf(Locale.ROOT, "Peak: %s agents on the phones (%s, %s)%s.%n",
                Numbers.format(peak.requiredAgents()), peak.queue(), peak.intervalStart(),
                shrinkage.share() > 0 ? String.format(Locale.ROOT, "; %s to schedule with %s",
                        Numbers.format(shrinkage.scheduledAgents(peak.requiredAgents())),
                        staffing.describeShrinkage()) : "");
        stdout.printf(Locale.ROOT, "Total: %s agent-hours on the phones%s.%n", Numbers.format(round1(agentHours)),
                shrinkage.share() > 0 ? ", " + Numbers.format(round1(shrinkage.scheduledAgents(agentHours)))
                        + " scheduled" : "");
        stdout.println("Wrote " + out);
        stdout.flush();
        return ExitCode.OK;
    }

    /** The forecast's errors by queue, or null when there are none at hand (then --confidence is an error). */
    private Map<String, ForecastErrors> errors(List<ForecastCsv.Row> rows) {
        if (confidence != null && !(confidence > 0 && confidence < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--confidence': '"
                    + Percent.format(confidence) + "': expected a probability above 0% and below 100%");
        }
        Path file = errorsFile();
        if (forecastErrors != null && !Files.isRegularFile(forecastErrors)) {
            throw new BadInputException("--forecast-errors " + forecastErrors + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            if (confidence != null) {
                throw new BadInputException("--confidence needs the forecast's errors: " + file + " is not there "
                        + "(give --forecast-errors FILE, as 'wfm forecast' writes beside its forecast)");
            }
            return null;
        }
        return ForecastErrorsCsv.forQueues(file, rows.stream().map(ForecastCsv.Row::queue).distinct().toList());
    }

    private Path errorsFile() {
        return forecastErrors != null ? forecastErrors : ForecastErrorsCsv.besideForecast(forecast);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Each queue's interval length: --interval, or the smallest gap between its distinct interval starts. */
    private Map<String, Duration> intervalLengths(List<ForecastCsv.Row> rows) {
        Map<String, TreeSet<LocalDateTime>> starts = new HashMap<>();
        for (ForecastCsv.Row r : rows) {
            if (!starts.computeIfAbsent(r.queue(), q -> new TreeSet<>()).add(r.intervalStart())) {
                throw new BadInputException(forecast + ": queue '" + r.queue() + "' has two rows for "
                        + r.intervalStart() + ": expected one row per queue and interval");
            }
        }
        Map<String, Duration> lengths = new HashMap<>();
        for (Map.Entry<String, TreeSet<LocalDateTime>> e : starts.entrySet()) {
            if (interval != null) {
                lengths.put(e.getKey(), interval);
                continue;
            }
            Duration smallest = null;
            LocalDateTime previous = null;
            for (LocalDateTime t : e.getValue()) {
                if (previous != null) {
                    Duration gap = Duration.between(previous, t);
                    if (smallest == null || gap.compareTo(smallest) < 0) {
                        smallest = gap;
                    }
                }
                previous = t;
            }
            if (smallest == null) {
                throw new BadInputException(forecast + ": queue '" + e.getKey() + "' has a single interval, so its "
                        + "length cannot be inferred: give --interval, e.g. --interval 30m");
            }
            lengths.put(e.getKey(), smallest);
        }
        return lengths;
    }
}
