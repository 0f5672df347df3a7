package wfm.cli.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.special.Gamma;

import picocli.CommandLine.Option;
import wfm.cli.BadInputException;
import wfm.cli.options.DurationConverter;
import wfm.cli.options.ShareConverter;
import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.Patience;
import wfm.simulation.model.QueueRules;
import wfm.simulation.model.ReplayOptions;

/** The inputs and behaviour options of a roster replay, shared by {@code wfm simulate} and {@code wfm whatif}. */
public final class ReplayModelOptions {
    @Option(names = "--roster", paramLabel = "FILE", description = "roster.csv to replay.")
    Path roster;

    @Option(names = "--forecast", paramLabel = "FILE", description = "forecast.csv: calls and AHT per queue and interval.")
    Path forecast;

    @Option(names = "--agents-file", paramLabel = "FILE",
            description = "agents.csv with each agent's skills (default: every agent answers every queue).")
    Path agentsFile;

    @Option(names = "--pool-skills", description = "Let every agent answer all of its skills (agents.csv) on every "
            + "shift, even where the roster assigns a queue of the day (its 'queue' column).")
    boolean poolSkills;

    @Option(names = "--patience", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Mean caller patience. Roster default: 120s. Stationary default: callers never hang up "
                    + "(Erlang C).")
    Duration patience;

    @Option(names = "--patience-shape", paramLabel = "K",
            description = "Weibull shape of the patience (mean kept at --patience); default: exponential (K = 1).")
    Double patienceShape;

    @Option(names = "--patience-from", paramLabel = "FILE",
            description = "calls.csv: draw patience from its Kaplan-Meier estimate (abandoned calls are events, "
                    + "answered ones censored) instead of --patience.")
    Path patienceFrom;

    @Option(names = "--aht-cv", paramLabel = "CV", defaultValue = "1",
            description = "Coefficient of variation of handle times: 1 = exponential, otherwise lognormal "
                    + "(default: ${DEFAULT-VALUE}).")
    double ahtCv;

    @Option(names = "--ivr-share", paramLabel = "SHARE", converter = ShareConverter.class, defaultValue = "0",
            description = "Share of callers served by IVR self-service (default: ${DEFAULT-VALUE}).")
    double ivrShare;

    @Option(names = {"--absence", "--absenteeism"}, paramLabel = "SHARE", converter = ShareConverter.class,
            defaultValue = "0", description = "Unplanned absence: probability that a rostered agent is absent for a "
            + "whole day, drawn per agent-day (the same share 'wfm schedule --absence' grossed the roster up for; "
            + "default: ${DEFAULT-VALUE}).")
    double absenteeism;

    @Option(names = "--off-phone", paramLabel = "SHARE", converter = ShareConverter.class, defaultValue = "0",
            description = "Share of on-shift time off the phones beyond the roster's breaks (after-call admin, "
                    + "coaching, outages), taken in 15-30 minute blocks (default: ${DEFAULT-VALUE}).")
    double offPhone;

    @Option(names = "--forecast-errors", paramLabel = "FILE", description = "The forecast's backtest errors "
            + "(forecast.errors.csv, written by wfm forecast): each replication draws its day volumes and AHT from "
            + "them (default: the file beside --forecast, when there is one).")
    Path forecastErrors;

    @Option(names = "--no-forecast-errors", description = "Replay the point forecast plus Poisson noise only, "
            + "ignoring forecast.errors.csv.")
    boolean noForecastErrors;

    @Option(names = "--daily-cv", paramLabel = "CV", defaultValue = "0",
            description = "Over-dispersion: coefficient of variation of a random daily traffic level per queue "
                    + "(default: ${DEFAULT-VALUE}, plain Poisson).")
    double dailyCv;

    @Option(names = "--callbacks", description = "Call back every abandoned caller (outbound work for free agents).")
    boolean callbacks;

    @Option(names = "--callback-within", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "4h", description = "Callback deadline after the hang-up (default: ${DEFAULT-VALUE}).")
    Duration callbackWithin;

    @Option(names = "--priority", paramLabel = "QUEUE=N",
            description = "Queue priority (higher first; default 0), repeatable, e.g. --priority complaint=2.")
    List<String> priorities = new ArrayList<>();

    @Option(names = "--overflow", paramLabel = "FROM:TO:DELAY",
            description = "Calls of queue FROM waiting longer than DELAY may be taken by agents of TO, repeatable, "
                    + "e.g. --overflow english:enquiry:60s.")
    List<String> overflows = new ArrayList<>();

    @Option(names = "--answer-within", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "20s", description = "Service level threshold T: answered within T (default: ${DEFAULT-VALUE}).")
    Duration answerWithin;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Random seed, echoed in the output (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Replications run in parallel (default: the cores).")
    Integer threads;

    /** The behaviour options as the simulator takes them. */
    ReplayOptions replayOptions() {
        double meanPatience = patience == null ? 120 : SimulateCommand.seconds(patience);
        if (!(meanPatience > 0)) {
            throw new BadInputException("--patience: must be positive");
        }
        Patience p = new Patience.Exponential(meanPatience);
        if (patienceFrom != null) {
            if (patience != null || patienceShape != null) {
                throw new BadInputException("--patience-from: give either it or --patience/--patience-shape");
            }
            p = PatienceFromCalls.read(patienceFrom);
        } else if (patienceShape != null) {
            if (!(patienceShape > 0)) {
                throw new BadInputException("--patience-shape: " + patienceShape + " must be positive");
            }
            // scale so that the mean stays at --patience: mean = scale * Gamma(1 + 1/k)
            p = new Patience.Weibull(patienceShape, meanPatience / Math.exp(Gamma.logGamma(1 + 1 / patienceShape)));
        }
        try {
            return new ReplayOptions(p, ahtCv, ivrShare, absenteeism, dailyCv, callbacks,
                    SimulateCommand.seconds(callbackWithin), SimulateCommand.seconds(answerWithin), 1,
                    java.util.Map.of(), 1, offPhone, wfm.simulation.model.DemandUncertainty.none());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage().replace("handleTimeCv", "--aht-cv")
                    .replace("dailyLevelCv", "--daily-cv").replace("offPhoneShare", "--off-phone"));
        }
    }

    /** The forecast errors to replay ({@code --forecast-errors}, the file beside the forecast, or none). */
    ReplayAssumptions.Demand demand(List<String> queues) {
        return ReplayAssumptions.demand(forecast, forecastErrors, noForecastErrors, queues);
    }

    /** Queue priorities and overflow rules for the profile's queues. */
    List<QueueRules> queueRules(ArrivalProfile profile) {
        List<String> names = profile.queues();
        int[] priority = new int[names.size()];
        int[] overflowTo = new int[names.size()];
        double[] overflowAfter = new double[names.size()];
        java.util.Arrays.fill(overflowTo, -1);
        for (String p : priorities) {
            String[] parts = p.split("=");
            if (parts.length != 2) {
                throw new BadInputException("--priority: '" + p + "' is not QUEUE=N, e.g. complaint=2");
            }
            int q = queue(names, parts[0].trim(), "--priority");
            try {
                priority[q] = Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new BadInputException("--priority: '" + parts[1] + "' is not a whole number");
            }
        }
        for (String o : overflows) {
            String[] parts = o.split(":");
            if (parts.length != 3) {
                throw new BadInputException("--overflow: '" + o + "' is not FROM:TO:DELAY, e.g. english:enquiry:60s");
            }
            int from = queue(names, parts[0].trim(), "--overflow");
            int to = queue(names, parts[1].trim(), "--overflow");
            if (from == to) {
                throw new BadInputException("--overflow: '" + o + "' overflows a queue to itself");
            }
            overflowTo[from] = to;
            try {
                overflowAfter[from] = SimulateCommand.seconds(DurationConverter.parse(parts[2].trim()));
            } catch (RuntimeException e) {
                throw new BadInputException("--overflow: " + e.getMessage());
            }
        }
        List<QueueRules> rules = new ArrayList<>();
        for (int q = 0; q < names.size(); q++) {
            rules.add(new QueueRules(priority[q], overflowTo[q], overflowAfter[q]));
        }
        return rules;
    }

    private static int queue(List<String> names, String name, String option) {
        int q = names.indexOf(name);
        if (q < 0) {
            throw new BadInputException(option + ": queue '" + name + "' is not in the forecast (queues: "
                    + String.join(", ", names) + ")");
        }
        return q;
    }

    void requireFiles() {
        if (roster == null || forecast == null) {
            throw new BadInputException("--roster and --forecast are required (or use --stationary)");
        }
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }
}
