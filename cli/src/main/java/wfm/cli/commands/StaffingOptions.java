package wfm.cli.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import wfm.cli.InfeasibleException;
import wfm.cli.options.DurationConverter;
import wfm.cli.options.ModelOption;
import wfm.cli.options.Percent;
import wfm.cli.options.ServiceLevelTarget;
import wfm.cli.options.ShareConverter;
import wfm.forecasting.erlang.ErlangA;
import wfm.forecasting.erlang.ErlangC;
import wfm.forecasting.erlang.QueueModel;
import wfm.forecasting.erlang.Requirement;
import wfm.forecasting.erlang.Shrinkage;
import wfm.forecasting.erlang.StaffingSolver;
import wfm.forecasting.erlang.StaffingTargets;
import wfm.forecasting.erlang.UnreachableTargetException;

/** The staffing model, targets and shrinkage shared by {@code wfm erlang} and {@code wfm staff}. */
public final class StaffingOptions {

    @Option(names = "--target", paramLabel = "PERCENT/TIME", converter = ServiceLevelTarget.Converter.class,
            description = "Service-level target: at least PERCENT of all offered calls answered within TIME, "
                    + "e.g. 80/20s (default: none).")
    ServiceLevelTarget target;

    @Option(names = "--model", paramLabel = "MODEL", converter = ModelOption.Converter.class,
            description = "erlang-c (callers never hang up) or erlang-a (callers hang up after an exponentially "
                    + "distributed patience; needs --patience). Default: erlang-a when --patience is given, "
                    + "otherwise erlang-c.")
    ModelOption model;

    @Option(names = "--patience", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Callers' mean patience before hanging up, e.g. 60s or 2m (Erlang A). Default: none.")
    Duration patience;

    @Option(names = "--max-occupancy", paramLabel = "PERCENT", converter = ShareConverter.class,
            description = "Largest share of agent time on calls, e.g. 85%% or 0.85 (default: none).")
    Double maxOccupancy;

    @Option(names = "--max-abandon", paramLabel = "PERCENT", converter = ShareConverter.class,
            description = "Largest share of callers who hang up before an answer, e.g. 2%% (Erlang A; "
                    + "default: none).")
    Double maxAbandon;

    @Option(names = "--max-asa", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Largest average speed of answer (mean wait of answered callers), e.g. 30s "
                    + "(default: none).")
    Duration maxAsa;

    @Option(names = "--shrinkage", paramLabel = "PERCENT", converter = ShareConverter.class,
            description = "Share of paid time agents are off the phones (breaks, meetings, training, absence), "
                    + "e.g. 30%%; agents to schedule = required / (1 - shrinkage). Default: 0%%. Not with "
                    + "--absence / --off-phone, which split it into what the roster cannot show.")
    Double shrinkage;

    @Option(names = "--absence", paramLabel = "SHARE", converter = ShareConverter.class,
            description = "Unplanned absence: share of rostered agent-days lost (sickness, no-shows), e.g. 8%%. "
                    + "Leave and training listed in unavailability.csv are not absence.")
    Double absence;

    @Option(names = "--off-phone", paramLabel = "SHARE", converter = ShareConverter.class,
            description = "Share of on-shift time off the phones on work the roster does not show (after-call "
                    + "admin, coaching, outages), e.g. 10%%. Breaks the roster places are not off-phone time. "
                    + "Agents to schedule = required / ((1 - absence)(1 - off-phone)).")
    Double offPhone;

    /** Checks the combination of options; single values were checked by their converters. */
    void validate(CommandLine.Model.CommandSpec spec) {
        if (patience != null) {
            requirePositive(spec, "--patience", patience);
        }
        if (model == ModelOption.ERLANG_A && patience == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing option '--patience': --model erlang-a needs the callers' mean patience, e.g. --patience 60s");
        }
        if (model == ModelOption.ERLANG_C && patience != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid option '--patience': Erlang C callers never hang up; drop --patience or use --model erlang-a");
        }
        if (maxAbandon != null && !isErlangA()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid option '--max-abandon': abandonment needs impatient callers: give --patience (Erlang A)");
        }
        if (shrinkage != null && (absence != null || offPhone != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Options '--shrinkage' and '"
                    + (absence != null ? "--absence" : "--off-phone") + "' are mutually exclusive: give the whole "
                    + "shrinkage, or its unplanned absence and off-phone parts");
        }
        belowOne(spec, "--shrinkage", shrinkage);
        belowOne(spec, "--absence", absence);
        belowOne(spec, "--off-phone", offPhone);
    }

    private static void belowOne(CommandLine.Model.CommandSpec spec, String option, Double share) {
        if (share != null && share >= 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option
                    + "': '100%': expected a share below 100% (nobody would be on the phones)");
        }
    }

    static void requirePositive(CommandLine.Model.CommandSpec spec, String option, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option
                    + "': '" + human(value) + "': expected a duration longer than 0, e.g. 30m");
        }
    }

    boolean isErlangA() {
        return model == ModelOption.ERLANG_A || (model == null && patience != null);
    }

    String modelName() {
        return isErlangA() ? "erlang-a" : "erlang-c";
    }

    Duration patience() {
        return patience;
    }

    boolean hasTargets() {
        return target != null || maxOccupancy != null || maxAbandon != null || maxAsa != null;
    }

    StaffingTargets targets() {
        StaffingTargets t = StaffingTargets.none();
        if (target != null) {
            t = t.withServiceLevel(target.share());
        }
        if (maxAsa != null) {
            t = t.withMaxAsaSeconds(maxAsa.toNanos() / 1e9);
        }
        if (maxAbandon != null) {
            t = t.withMaxAbandonRate(maxAbandon);
        }
        if (maxOccupancy != null) {
            t = t.withMaxOccupancy(maxOccupancy);
        }
        return t;
    }

    /** --shrinkage, or --absence and --off-phone combined, or none. */
    Shrinkage shrinkage() {
        if (shrinkage != null) {
            return new Shrinkage(shrinkage);
        }
        return Shrinkage.of(absence == null ? 0 : absence, offPhone == null ? 0 : offPhone);
    }

    /** How the shrinkage was given, for summaries: "30% shrinkage" or "8% absence, 10% off-phone". */
    String describeShrinkage() {
        if (absence == null && offPhone == null) {
            return Percent.format(shrinkage().share()) + " shrinkage";
        }
        return Percent.format(absence == null ? 0 : absence) + " absence, "
                + Percent.format(offPhone == null ? 0 : offPhone) + " off-phone";
    }

    /** The queue model for an offered load; the service level counts against --target's time (0 s without it). */
    QueueModel model(double loadErlangs, double ahtSeconds) {
        double within = target == null ? 0.0 : target.answerWithinSeconds();
        if (isErlangA()) {
            return new ErlangA(loadErlangs, ahtSeconds, patience.toNanos() / 1e9, within);
        }
        return new ErlangC(loadErlangs, ahtSeconds, within);
    }

    /** Solves, turning an unreachable target into the CLI's infeasible error (exit 3). */
    static Requirement solve(QueueModel model, StaffingTargets targets) {
        try {
            return StaffingSolver.requiredAgents(model, targets);
        } catch (UnreachableTargetException e) {
            throw new InfeasibleException(e.getMessage());
        }
    }

    String describeTargets() {
        List<String> parts = new ArrayList<>();
        if (target != null) {
            parts.add("service level " + target);
        }
        if (maxAsa != null) {
            parts.add("ASA <= " + human(maxAsa));
        }
        if (maxAbandon != null) {
            parts.add("abandoned <= " + Percent.format(maxAbandon));
        }
        if (maxOccupancy != null) {
            parts.add("occupancy <= " + Percent.format(maxOccupancy));
        }
        return parts.isEmpty() ? "none given (showing how agent counts perform)" : String.join(", ", parts);
    }

    /** A duration as people write it: 30m, 180s, 1h30m. */
    static String human(Duration d) {
        long nanos = d.toNanos();
        if (nanos % 1_000_000_000L != 0) {
            return wfm.cli.options.Seconds.format(nanos / 1e9).replace(" ", "");
        }
        long s = d.getSeconds();
        if (s == 0) {
            return "0s";
        }
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            b.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0) {
            b.append(s).append('s');
        }
        return b.toString();
    }
}
