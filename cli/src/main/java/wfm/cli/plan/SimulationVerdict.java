package wfm.cli.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What {@code wfm simulate --format json} said of a roster: abandonment per day with its 95% confidence interval,
 * and whether the target held on every day.
 */
record SimulationVerdict(boolean targetMet, double maxAbandonRate, int replications, List<Day> days,
                         List<String> missedIntervals) {

    /** One simulated day, all queues together. */
    record Day(LocalDate date, double offered, double abandonRate, double low, double high, double serviceLevel,
               double asaSeconds, double occupancy) {
        boolean met(double target) {
            return !(abandonRate > target);
        }
    }

    static SimulationVerdict parse(String json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            List<Day> days = new ArrayList<>();
            for (JsonNode d : root.path("days")) {
                days.add(new Day(LocalDate.parse(d.path("date").asText()), d.path("offered").asDouble(),
                        d.path("abandon_rate").path("mean").asDouble(Double.NaN),
                        d.path("abandon_rate").path("ci95_low").asDouble(Double.NaN),
                        d.path("abandon_rate").path("ci95_high").asDouble(Double.NaN),
                        d.path("service_level").path("mean").asDouble(Double.NaN),
                        d.path("asa_seconds").path("mean").asDouble(Double.NaN),
                        d.path("occupancy").path("mean").asDouble(Double.NaN)));
            }
            List<String> missed = new ArrayList<>();
            root.path("missed_intervals").forEach(n -> missed.add(n.asText()));
            return new SimulationVerdict(root.path("target_met").asBoolean(), root.path("max_abandon_rate").asDouble(),
                    root.path("replications").asInt(), days, missed);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("wfm simulate printed no JSON: " + e.getMessage(), e);
        }
    }

    List<Day> missedDays() {
        return days.stream().filter(d -> !d.met(maxAbandonRate)).toList();
    }
}
