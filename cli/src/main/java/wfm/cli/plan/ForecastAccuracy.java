package wfm.cli.plan;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** How accurate the automatically chosen model was per queue, from {@code wfm backtest --format json}. */
record ForecastAccuracy(int horizonDays, int folds, List<Queue> queues) {

    /** One queue: the chosen model, its WAPE and the share of actuals inside its 80% interval. */
    record Queue(String queue, String model, double wape, double coverage80, double baselineWape) {
    }

    static ForecastAccuracy parse(String json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            List<Queue> queues = new ArrayList<>();
            for (JsonNode q : root.path("queues")) {
                String best = q.path("best_model").asText();
                JsonNode chosen = null;
                double baseline = Double.NaN;
                for (JsonNode m : q.path("models")) {
                    if (m.path("model").asText().equals(best)) {
                        chosen = m;
                    }
                    if (m.path("model").asText().equals("week-average")) {
                        baseline = m.path("wape").asDouble(Double.NaN);
                    }
                }
                queues.add(new Queue(q.path("queue").asText(), best,
                        chosen == null ? Double.NaN : chosen.path("wape").asDouble(Double.NaN),
                        chosen == null ? Double.NaN : chosen.path("coverage80").asDouble(Double.NaN), baseline));
            }
            return new ForecastAccuracy(root.path("horizon_days").asInt(), root.path("folds").asInt(), queues);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("wfm backtest printed no JSON: " + e.getMessage(), e);
        }
    }
}
