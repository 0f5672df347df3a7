package wfm.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import wfm.cli.io.CsvWriter;
import wfm.cli.io.Numbers;
import wfm.cli.io.TextTable;
import wfm.simulation.experiment.PeriodEstimate;
import wfm.simulation.experiment.ReplayResult;
import wfm.simulation.model.ReplayMeasure;
import wfm.simulation.stats.ConfidenceInterval;

/** Tables, CSV and JSON of a roster replay, and its verdict against the abandonment target. */
public final class ReplayReport {
    private static final ReplayMeasure[] RATES = {ReplayMeasure.ABANDON_RATE, ReplayMeasure.SERVICE_LEVEL,
            ReplayMeasure.ASA_SECONDS, ReplayMeasure.OCCUPANCY};

    private final ReplayResult result;
    private final IntFunction<LocalDate> date;
    private final IntFunction<LocalDateTime> intervalStart;
    private final double maxAbandon;

    public ReplayReport(ReplayResult result, IntFunction<LocalDate> date, IntFunction<LocalDateTime> intervalStart,
                        double maxAbandon) {
        this.result = result;
        this.date = date;
        this.intervalStart = intervalStart;
        this.maxAbandon = maxAbandon;
    }

    public boolean targetMet() {
        return result.daysMissing(maxAbandon).isEmpty();
    }

    /** One row per day, all queues together, with the target verdict per day. */
    public String dayTable() {
        TextTable t = new TextTable(List.of("date", "offered", "answered", "abandoned", "abandon", "95% CI",
                "service level", "ASA s", "occupancy", "callbacks", "target"));
        for (int d = 0; d < result.byDay().size(); d++) {
            PeriodEstimate e = result.byDay().get(d);
            ConfidenceInterval ab = e.estimate(ReplayMeasure.ABANDON_RATE);
            t.add(List.of(date.apply(d).toString(), count(e.mean(ReplayMeasure.OFFERED)),
                    count(e.mean(ReplayMeasure.ANSWERED)), count(e.mean(ReplayMeasure.ABANDONED)),
                    percent(ab.mean()), Double.isNaN(ab.mean()) ? "" : percent(ab.low()) + ".." + percent(ab.high()),
                    percent(e.mean(ReplayMeasure.SERVICE_LEVEL)), fixed(e.mean(ReplayMeasure.ASA_SECONDS)),
                    percent(e.mean(ReplayMeasure.OCCUPANCY)), count(e.mean(ReplayMeasure.CALLBACKS)),
                    ab.mean() > maxAbandon ? "MISSED" : (ab.high() > maxAbandon ? "at risk" : "met")));
        }
        return t.toString();
    }

    /** One row per queue over the whole horizon (occupancy is shared by all queues, so it is left out). */
    public String queueTable() {
        TextTable t = new TextTable(List.of("queue", "offered", "abandon", "95% CI", "service level", "ASA s",
                "callbacks", "worst day"));
        for (int q = 0; q < result.queues().size(); q++) {
            List<PeriodEstimate> days = result.byQueueDay().get(q);
            PeriodEstimate all = mergeDays(q);
            int worst = -1;
            for (int d = 0; d < days.size(); d++) {
                double ab = days.get(d).mean(ReplayMeasure.ABANDON_RATE);
                if (!Double.isNaN(ab) && (worst < 0 || ab > days.get(worst).mean(ReplayMeasure.ABANDON_RATE))) {
                    worst = d;
                }
            }
            ConfidenceInterval ab = all.estimate(ReplayMeasure.ABANDON_RATE);
            t.add(List.of(result.queues().get(q), count(all.mean(ReplayMeasure.OFFERED)), percent(ab.mean()),
                    Double.isNaN(ab.mean()) ? "" : percent(ab.low()) + ".." + percent(ab.high()),
                    percent(all.mean(ReplayMeasure.SERVICE_LEVEL)), fixed(all.mean(ReplayMeasure.ASA_SECONDS)),
                    count(all.mean(ReplayMeasure.CALLBACKS)), worst < 0 ? "" : date.apply(worst) + " ("
                            + percent(days.get(worst).mean(ReplayMeasure.ABANDON_RATE)) + ")"));
        }
        return t.toString();
    }

    private PeriodEstimate mergeDays(int queue) {
        return result.byQueue().get(queue);
    }

    /** The verdict in words: met, or which days and intervals miss the target. */
    public String verdict() {
        List<Integer> days = result.daysMissing(maxAbandon);
        if (days.isEmpty()) {
            return String.format(Locale.ROOT, "target met: abandonment below %s on every day (%d days)",
                    percent(maxAbandon), result.byDay().size()) + queueNote();
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "target missed: abandonment above %s on %d of %d days: ", percent(maxAbandon), days.size(),
                result.byDay().size()));
        List<String> named = new ArrayList<>();
        for (int d : days) {
            named.add(date.apply(d) + " (" + percent(result.byDay().get(d).mean(ReplayMeasure.ABANDON_RATE)) + ")");
        }
        s.append(String.join(", ", named));
        List<Integer> intervals = result.intervalsMissing(maxAbandon);
        List<String> worst = new ArrayList<>();
        for (int k : intervals) {
            if (days.contains(k / result.intervalsPerDay())) {
                worst.add(intervalStart.apply(k).toString().replace('T', ' ') + " ("
                        + percent(result.byInterval().get(k).mean(ReplayMeasure.ABANDON_RATE)) + ")");
            }
        }
        if (!worst.isEmpty()) {
            int shown = Math.min(worst.size(), 12);
            s.append("; intervals above target on those days: ").append(String.join(", ", worst.subList(0, shown)));
            if (worst.size() > shown) {
                s.append(" and ").append(worst.size() - shown).append(" more");
            }
        }
        return s.toString();
    }

    /** Queues above the target on some days although all queues together meet it (the verdict is overall). */
    private String queueNote() {
        if (result.queues().size() < 2) {
            return "";
        }
        List<String> notes = new ArrayList<>();
        for (int q = 0; q < result.queues().size(); q++) {
            long above = result.byQueueDay().get(q).stream()
                    .filter(e -> e.mean(ReplayMeasure.ABANDON_RATE) > maxAbandon).count();
            if (above > 0) {
                notes.add(result.queues().get(q) + " on " + above + " day(s)");
            }
        }
        return notes.isEmpty() ? "" : "; but per queue above " + percent(maxAbandon) + ": " + String.join(", ", notes);
    }

    /** The JSON object of {@code wfm simulate --format json} (roster mode). */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("replications", result.replications());
        json.put("seed", result.seed());
        json.put("queues", result.queues());
        json.put("max_abandon_rate", maxAbandon);
        json.put("target_met", targetMet());
        json.put("calls_offered", round(result.overall().mean(ReplayMeasure.OFFERED), 1));
        json.put("calls_per_second", round(result.elapsedSeconds() > 0
                ? result.callsSimulated() / result.elapsedSeconds() : Double.NaN, 0));
        for (ReplayMeasure m : RATES) {
            json.put(m.key(), interval(result.overall().estimate(m)));
        }
        json.put("callbacks", round(result.overall().mean(ReplayMeasure.CALLBACKS), 1));
        List<Map<String, Object>> days = new ArrayList<>();
        for (int d = 0; d < result.byDay().size(); d++) {
            PeriodEstimate e = result.byDay().get(d);
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", date.apply(d).toString());
            day.put("offered", round(e.mean(ReplayMeasure.OFFERED), 1));
            day.put("answered", round(e.mean(ReplayMeasure.ANSWERED), 1));
            day.put("abandoned", round(e.mean(ReplayMeasure.ABANDONED), 1));
            for (ReplayMeasure m : RATES) {
                day.put(m.key(), interval(e.estimate(m)));
            }
            day.put("callbacks", round(e.mean(ReplayMeasure.CALLBACKS), 1));
            day.put("target_met", !(e.mean(ReplayMeasure.ABANDON_RATE) > maxAbandon));
            days.add(day);
        }
        json.put("days", days);
        List<Map<String, Object>> byQueue = new ArrayList<>();
        for (int q = 0; q < result.queues().size(); q++) {
            Map<String, Object> queue = new LinkedHashMap<>();
            queue.put("queue", result.queues().get(q));
            List<Map<String, Object>> queueDays = new ArrayList<>();
            for (int d = 0; d < result.byQueueDay().get(q).size(); d++) {
                PeriodEstimate e = result.byQueueDay().get(q).get(d);
                Map<String, Object> day = new LinkedHashMap<>();
                day.put("date", date.apply(d).toString());
                day.put("offered", round(e.mean(ReplayMeasure.OFFERED), 1));
                day.put("abandoned", round(e.mean(ReplayMeasure.ABANDONED), 1));
                for (ReplayMeasure m : new ReplayMeasure[] {ReplayMeasure.ABANDON_RATE, ReplayMeasure.SERVICE_LEVEL,
                        ReplayMeasure.ASA_SECONDS}) {
                    day.put(m.key(), interval(e.estimate(m)));
                }
                day.put("callbacks", round(e.mean(ReplayMeasure.CALLBACKS), 1));
                queueDays.add(day);
            }
            queue.put("days", queueDays);
            byQueue.add(queue);
        }
        json.put("by_queue", byQueue);
        json.put("missed_days", result.daysMissing(maxAbandon).stream().map(d -> date.apply(d).toString()).toList());
        json.put("missed_intervals", result.intervalsMissing(maxAbandon).stream()
                .map(k -> intervalStart.apply(k).toString()).toList());
        return json;
    }

    /** Per interval and queue, then per interval for all queues ({@code queue} = {@code *}). */
    public void writeIntervalsCsv(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("interval_start", "queue", "offered", "answered", "abandoned"));
        for (ReplayMeasure m : RATES) {
            header.add(m.key());
            header.add(m.key() + "_ci95_low");
            header.add(m.key() + "_ci95_high");
        }
        header.addAll(List.of("callbacks", "replications", "seed"));
        CsvWriter csv = new CsvWriter(out).row(header);
        for (int k = 0; k < result.byInterval().size(); k++) {
            for (int q = 0; q < result.queues().size(); q++) {
                row(csv, k, result.queues().get(q), result.byQueueInterval().get(q).get(k));
            }
            if (result.queues().size() > 1) {
                row(csv, k, "*", result.byInterval().get(k));
            }
        }
    }

    private void row(CsvWriter csv, int k, String queue, PeriodEstimate e) throws IOException {
        List<Object> cells = new ArrayList<>(List.of(intervalStart.apply(k), queue,
                Numbers.format(e.mean(ReplayMeasure.OFFERED)), Numbers.format(e.mean(ReplayMeasure.ANSWERED)),
                Numbers.format(e.mean(ReplayMeasure.ABANDONED))));
        for (ReplayMeasure m : RATES) {
            ConfidenceInterval ci = e.estimate(m);
            cells.add(Numbers.format(ci.mean()));
            cells.add(Numbers.format(ci.low()));
            cells.add(Numbers.format(ci.high()));
        }
        cells.add(Numbers.format(e.mean(ReplayMeasure.CALLBACKS)));
        cells.add(result.replications());
        cells.add(result.seed());
        csv.row(cells);
    }

    public static Map<String, Object> interval(ConfidenceInterval ci) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", round(ci.mean(), 6));
        m.put("ci95_low", round(ci.low(), 6));
        m.put("ci95_high", round(ci.high(), 6));
        return m;
    }

    static Object round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    public static String percent(double share) {
        return Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }

    static String count(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.0f", value);
    }

    static String fixed(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
