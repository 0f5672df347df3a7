package wfm.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import wfm.cli.BadInputException;
import wfm.cli.io.ForecastErrorsCsv;
import wfm.cli.io.Numbers;
import wfm.simulation.model.DemandUncertainty;
import wfm.simulation.risk.RiskTarget;
import wfm.simulation.risk.TargetScope;

/**
 * What a risk verdict assumes beyond the roster and the forecast, shared by {@code wfm simulate} and {@code wfm
 * plan}: the forecast's own errors (from {@code forecast.errors.csv} beside the forecast, unless told otherwise) and
 * the target (abandonment limit, confidence, scope), each echoed in words.
 */
public final class ReplayAssumptions {
    private ReplayAssumptions() {
    }

    /** The forecast errors a replay draws its futures from, and where they came from, in words. */
    public record Demand(DemandUncertainty uncertainty, String assumed) {
    }

    /**
     * @param forecast   forecast.csv
     * @param errorsFile {@code --forecast-errors}, or null for the file beside the forecast
     * @param none       {@code --no-forecast-errors}: the forecast plus Poisson noise only
     * @param queues     the replay's queues, in the profile's order
     */
    public static Demand demand(Path forecast, Path errorsFile, boolean none, List<String> queues) {
        if (none) {
            if (errorsFile != null) {
                throw new BadInputException("--no-forecast-errors: give either it or --forecast-errors");
            }
            return new Demand(DemandUncertainty.none(), "none (--no-forecast-errors): the forecast plus Poisson noise");
        }
        Path file = errorsFile != null ? errorsFile : ForecastErrorsCsv.besideForecast(forecast);
        if (!Files.isRegularFile(file)) {
            if (errorsFile != null) {
                throw new BadInputException("--forecast-errors: " + file + ": file not found");
            }
            return new Demand(DemandUncertainty.none(), "none: no " + file.getFileName() + " beside the forecast "
                    + "(the forecast plus Poisson noise)");
        }
        return new Demand(ForecastErrorsCsv.read(file, queues), "the forecast's backtest errors (" + file + ")");
    }

    /** The target from option or plan.yaml text; bad values name the option. */
    public static RiskTarget target(double maxAbandon, double confidence, String scope) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new BadInputException("--confidence: " + Numbers.percent(confidence) + " must be above 0% and "
                    + "below 100%");
        }
        return new RiskTarget(maxAbandon, confidence, scope(scope));
    }

    public static TargetScope scope(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "queue" -> TargetScope.QUEUE;
            case "all" -> TargetScope.ALL;
            default -> throw new BadInputException("--target-scope: '" + text + "' is not queue or all");
        };
    }

    /** The target in words: "under 2.0% abandoned on every day and in every queue, in at least 90% of futures". */
    public static String describe(RiskTarget target) {
        return String.format(Locale.ROOT, "under %s abandoned on every day%s, in at least %s of the futures",
                Numbers.percent(target.maxAbandonRate()), target.scope() == TargetScope.QUEUE ? " and in every queue"
                        : " (all queues together)", Numbers.percent(target.confidence()));
    }
}
