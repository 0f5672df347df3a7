package wfm.cli.plan;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import wfm.cli.io.CsvReader;
import wfm.cli.io.RequirementsCsv;

/**
 * Iterative staffing: where the simulation shows a queue's abandonment above target in an interval, raise that
 * interval's requirement for the queue and re-plan. The step follows square-root staffing: the safety margin of n
 * agents scales with the square root of the load, so each round adds a third of a square root, at least one agent
 * (Feldman, Mandelbaum, Massey and Whitt 2008 iterate the same way toward time-stable performance).
 */
final class RequirementRaise {
    private RequirementRaise() {
    }

    /** A raised requirement, and how many intervals and agent-intervals were added. */
    record Raised(List<RequirementsCsv.Row> requirements, int intervals, double agents) {
    }

    static Raised raise(List<RequirementsCsv.Row> requirements, Path simulationCsv, double maxAbandon) {
        Map<String, Double> missed = new HashMap<>();
        CsvReader.forEach(simulationCsv, List.of("interval_start", "queue", "abandon_rate"), row -> {
            String queue = row.text("queue");
            if (!queue.equals("*") && row.has("abandon_rate") && row.number("abandon_rate") > maxAbandon) {
                missed.put(key(row.dateTime("interval_start"), queue), row.number("abandon_rate"));
            }
        });
        List<RequirementsCsv.Row> raised = new ArrayList<>();
        int intervals = 0;
        double added = 0;
        for (RequirementsCsv.Row r : requirements) {
            if (missed.containsKey(key(r.intervalStart(), r.queue()))) {
                double step = step(r.requiredAgents());
                raised.add(new RequirementsCsv.Row(r.intervalStart(), r.intervalEnd(), r.queue(),
                        r.requiredAgents() + step, r.calls(), r.ahtSeconds()));
                intervals++;
                added += step;
            } else {
                raised.add(r);
            }
        }
        return new Raised(raised, intervals, added);
    }

    static double step(double required) {
        return Math.max(1, Math.ceil(Math.sqrt(required) / 3));
    }

    private static String key(LocalDateTime start, String queue) {
        return start + "|" + queue;
    }
}
