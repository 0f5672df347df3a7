package wfm.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import wfm.cli.io.CsvWriter;
import wfm.cli.io.Numbers;
import wfm.cli.io.TextTable;
import wfm.simulation.experiment.ReplayResult;
import wfm.simulation.model.ReplayMeasure;
import wfm.simulation.risk.DayRisk;
import wfm.simulation.risk.RiskVerdict;
import wfm.simulation.risk.TargetScope;

/**
 * The risk verdict of a roster replay as tables, JSON and CSV: per day (all queues) and per queue and day, the mean
 * abandonment, its 90th percentile over the replications and P(target met) with its 95% interval.
 */
public final class RiskReport {
    /** The queue name of the centre-wide rows in CSV and JSON. */
    public static final String ALL_QUEUES = "*";
    public static final List<String> CSV_COLUMNS = List.of("date", "queue", "offered", "mean_abandon", "p90_abandon",
            "p_met", "p_met_ci95_low", "p_met_ci95_high", "judged", "holds", "replications");

    private final RiskVerdict verdict;
    private final ReplayResult result;
    private final IntFunction<LocalDate> date;

    public RiskReport(RiskVerdict verdict, ReplayResult result, IntFunction<LocalDate> date) {
        this.verdict = verdict;
        this.result = result;
        this.date = date;
    }

    /** One row per day, all queues together; the last column says whether the day holds by the verdict's scope. */
    public String dayTable() {
        TextTable t = new TextTable(List.of("date", "calls", "mean abandoned", "P90 abandoned", "P(target met)",
                "95% CI", "service level", "verdict"));
        for (DayRisk d : verdict.days()) {
            t.add(List.of(date.apply(d.day()).toString(), String.format(Locale.ROOT, "%,.0f",
                            result.byDay().get(d.day()).mean(ReplayMeasure.OFFERED)), pct(d.meanAbandon()),
                    pct(d.p90Abandon()), pct(d.pMet()), pct(d.pMetLow95()) + ".." + pct(d.pMetHigh95()),
                    pct(result.byDay().get(d.day()).mean(ReplayMeasure.SERVICE_LEVEL)), dayVerdict(d.day())));
        }
        return t.toString();
    }

    /** Per queue: its worst day by P(target met), the days below the confidence and the worst P90. */
    public String queueTable() {
        TextTable t = new TextTable(List.of("queue", "days below " + pct(verdict.target().confidence()),
                "lowest P(met)", "on", "worst P90 abandoned", "mean abandoned (horizon)"));
        for (int q = 0; q < result.queues().size(); q++) {
            List<DayRisk> days = verdict.byQueueDay().get(q);
            DayRisk worst = days.get(0);
            double p90 = 0;
            int below = 0;
            for (DayRisk d : days) {
                worst = d.pMet() < worst.pMet() ? d : worst;
                p90 = Math.max(p90, d.p90Abandon());
                below += d.holds() ? 0 : 1;
            }
            t.add(List.of(result.queues().get(q), Integer.toString(below), pct(worst.pMet()),
                    date.apply(worst.day()).toString(), pct(p90),
                    pct(result.byQueue().get(q).mean(ReplayMeasure.ABANDON_RATE))));
        }
        return t.toString();
    }

    /** "holds", or "MISSED" (and which queues, by scope QUEUE) for day {@code d}. */
    private String dayVerdict(int d) {
        List<String> missed = new ArrayList<>();
        for (DayRisk m : verdict.misses()) {
            if (m.day() == d) {
                missed.add(m.queue() < 0 ? "all" : result.queues().get(m.queue()));
            }
        }
        if (missed.isEmpty()) {
            return "holds";
        }
        return verdict.target().scope() == TargetScope.ALL ? "MISSED" : "MISSED: " + String.join(", ", missed);
    }

    /** The verdict in words, with what it judged. */
    public String sentence() {
        int judged = verdict.judged().size();
        String what = verdict.target().scope() == TargetScope.QUEUE ? "queue-days" : "days";
        if (verdict.holds()) {
            return String.format(Locale.ROOT, "risk verdict: holds: all %d %s keep abandonment under %s in at least "
                            + "%s of %d replications", judged, what, pct(verdict.target().maxAbandonRate()),
                    pct(verdict.target().confidence()), verdict.replications());
        }
        List<String> named = new ArrayList<>();
        for (DayRisk m : verdict.misses()) {
            named.add(date.apply(m.day()) + (m.queue() < 0 ? "" : " " + result.queues().get(m.queue())) + " (P(met) "
                    + pct(m.pMet()) + ", P90 " + pct(m.p90Abandon()) + ")");
        }
        int shown = Math.min(named.size(), 12);
        return String.format(Locale.ROOT, "risk verdict: MISSED: %d of %d %s keep abandonment under %s in fewer than "
                        + "%s of %d replications: %s%s", named.size(), judged, what,
                pct(verdict.target().maxAbandonRate()), pct(verdict.target().confidence()), verdict.replications(),
                String.join(", ", named.subList(0, shown)), named.size() > shown ? " and " + (named.size() - shown)
                        + " more" : "");
    }

    /** JSON keys added to {@code wfm simulate --format json}: the target and the per-day and queue-day risk. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("confidence", verdict.target().confidence());
        json.put("target_scope", verdict.target().scope().name().toLowerCase(Locale.ROOT));
        json.put("holds", verdict.holds());
        List<Map<String, Object>> days = new ArrayList<>();
        for (DayRisk d : verdict.days()) {
            Map<String, Object> day = dayJson(d);
            List<Map<String, Object>> queues = new ArrayList<>();
            for (int q = 0; q < result.queues().size(); q++) {
                Map<String, Object> qj = new LinkedHashMap<>();
                qj.put("queue", result.queues().get(q));
                qj.putAll(dayJson(verdict.byQueueDay().get(q).get(d.day())));
                qj.remove("date");
                queues.add(qj);
            }
            day.put("queues", queues);
            days.add(day);
        }
        json.put("risk_days", days);
        return json;
    }

    private Map<String, Object> dayJson(DayRisk d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date.apply(d.day()).toString());
        m.put("mean_abandon", ReplayReport.round(d.meanAbandon(), 6));
        m.put("p90_abandon", ReplayReport.round(d.p90Abandon(), 6));
        m.put("p_met", ReplayReport.round(d.pMet(), 6));
        m.put("p_met_ci95_low", ReplayReport.round(d.pMetLow95(), 6));
        m.put("p_met_ci95_high", ReplayReport.round(d.pMetHigh95(), 6));
        m.put("holds", d.holds());
        return m;
    }

    /** One row per day for all queues ({@code queue} = {@code *}) and per queue; {@code judged}: the scope's rows. */
    public void writeCsv(Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out).row(CSV_COLUMNS);
        boolean byQueue = verdict.target().scope() == TargetScope.QUEUE;
        for (DayRisk d : verdict.days()) {
            row(csv, d, ALL_QUEUES, result.byDay().get(d.day()).mean(ReplayMeasure.OFFERED), !byQueue);
            for (int q = 0; q < result.queues().size(); q++) {
                row(csv, verdict.byQueueDay().get(q).get(d.day()), result.queues().get(q),
                        result.byQueueDay().get(q).get(d.day()).mean(ReplayMeasure.OFFERED), byQueue);
            }
        }
    }

    private void row(CsvWriter csv, DayRisk d, String queue, double offered, boolean judged) throws IOException {
        csv.row(List.of(date.apply(d.day()).toString(), queue, Numbers.format(offered), Numbers.format(d.meanAbandon()),
                Numbers.format(d.p90Abandon()), Numbers.format(d.pMet()), Numbers.format(d.pMetLow95()),
                Numbers.format(d.pMetHigh95()), Boolean.toString(judged), Boolean.toString(d.holds()),
                Integer.toString(verdict.replications())));
    }

    private static String pct(double share) {
        return Numbers.percent(share);
    }
}
