package wfm.cli.commands;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.io.CsvWriter;
import wfm.cli.io.Numbers;
import wfm.cli.io.TextTable;
import wfm.cli.options.DurationConverter;
import wfm.forecasting.accuracy.Accuracy;
import wfm.forecasting.accuracy.Backtest;
import wfm.forecasting.accuracy.Evaluation;
import wfm.forecasting.accuracy.ModelAccuracy;
import wfm.forecasting.models.Combination;
import wfm.forecasting.models.ForecastModel;
import wfm.forecasting.models.ModelCatalog;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rolling-origin evaluation of the forecasting models on each queue's own history.",
                "Origins are at midnight, one week apart, the last one a horizon before the history ends. Per model "
                        + "and per lead day: WAPE, MAPE (non-zero actuals), MASE (against the in-sample weekly "
                        + "seasonal naive), bias (+ = over-forecast) and the share of actuals inside the 80%% and "
                        + "95%% prediction intervals (built from the other folds' errors). 'combination' averages "
                        + "week-average, calendar-regression and scaled-average; 'auto' takes the combination unless "
                        + "a model is clearly and consistently better, judged only on folds that ended before the "
                        + "origin. Month-edge days are the last two and first three of a month."},
        footer = {"", "Example:", "  wfm backtest --history history.csv --holidays holidays.csv --horizon 7d --folds 8"})
public final class BacktestCommand implements Callable<Integer> {
    private static final List<String> CSV_COLUMNS = List.of("queue", "model", "days", "wape", "mape", "mase", "bias",
            "coverage80", "coverage95", "intervals");

    @Spec
    CommandSpec spec;

    @Mixin
    HistoryOptions input;

    @Option(names = "--horizon", paramLabel = "DAYS", defaultValue = "7d", converter = DurationConverter.class,
            description = "Days forecast from each origin (default: ${DEFAULT-VALUE}).")
    Duration horizon;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "8",
            description = "Number of origins (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "auto",
            description = "auto (every model, their combination and the automatic choice) or one model's name.")
    String model;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv (one row per queue, model and lead day) or json.")
    OutputFormat format;

    private record QueueResult(String queue, String best, List<ModelAccuracy> models) {
    }

    @Override
    public Integer call() throws Exception {
        if (!ModelCatalog.names().contains(model)) {
            throw new BadInputException("--model " + model + ": expected one of " + String.join(", ", ModelCatalog.names()));
        }
        if (folds < 1) {
            throw new BadInputException("--folds " + folds + ": expected at least 1");
        }
        int horizonDays = HistoryOptions.days("--horizon", horizon);
        List<IntervalSeries> series = input.series();
        HolidayCalendar holidays = input.calendar();
        List<ForecastModel> models = model.equals(ModelCatalog.AUTO) || model.equals(Combination.NAME)
                ? ModelCatalog.baseModels() : List.of(ModelCatalog.base(model));
        List<Backtest> runs = series.parallelStream()
                .map(s -> Backtest.run(s, holidays, models, horizonDays, folds)).toList();
        List<QueueResult> queues = new ArrayList<>();
        Evaluation pooled = new Evaluation();
        for (int q = 0; q < runs.size(); q++) {
            Evaluation e = new Evaluation();
            runs.get(q).addTo(e);
            runs.get(q).addTo(pooled);
            queues.add(new QueueResult(series.get(q).queue(), runs.get(q).best(), e.results()));
        }
        QueueResult all = new QueueResult("all", null, pooled.results());
        print(queues, all, horizonDays, series.get(0).grid().intervalMinutes());
        return ExitCode.OK;
    }

    private void print(List<QueueResult> queues, QueueResult all, int horizonDays, int intervalMinutes)
            throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        switch (format) {
            case CSV -> {
                StringWriter text = new StringWriter();
                CsvWriter csv = new CsvWriter(text).row(CSV_COLUMNS);
                List<QueueResult> list = new ArrayList<>(queues);
                if (queues.size() > 1) {
                    list.add(all);
                }
                for (QueueResult q : list) {
                    for (ModelAccuracy m : q.models()) {
                        csvRow(csv, q.queue(), m.model(), "all", m.overall());
                        for (int d = 0; d < m.byLeadDay().size(); d++) {
                            csvRow(csv, q.queue(), m.model(), Integer.toString(d + 1), m.byLeadDay().get(d));
                        }
                        csvRow(csv, q.queue(), m.model(), "month-edge", m.monthEdge());
                        csvRow(csv, q.queue(), m.model(), "ordinary", m.ordinary());
                    }
                }
                o.print(text);
            }
            case JSON -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("horizon_days", horizonDays);
                json.put("folds", folds);
                json.put("interval_minutes", intervalMinutes);
                List<Object> qs = new ArrayList<>();
                for (QueueResult q : queues) {
                    qs.add(queueJson(q));
                }
                json.put("queues", qs);
                json.put("all", queueJson(all));
                o.println(new ObjectMapper().writeValueAsString(json));
            }
            default -> {
                o.printf("Backtest: %d folds, %d-day horizon, %d-minute intervals, %d queue(s)%s%n%n", folds,
                        horizonDays, intervalMinutes, queues.size(), queues.size() > 1 ? " (all queues pooled)" : "");
                TextTable t = new TextTable(List.of("model", "WAPE", "MAPE", "MASE", "bias", "in 80%", "in 95%",
                        "WAPE month-edge", "WAPE ordinary"));
                QueueResult shown = queues.size() > 1 ? all : queues.get(0);
                for (ModelAccuracy m : shown.models()) {
                    Accuracy a = m.overall();
                    t.add(List.of(m.model(), pct(a.wape()), pct(a.mape()), num(a.mase()), pct(a.bias()),
                            pct(a.coverage80()), pct(a.coverage95()), pct(m.monthEdge().wape()),
                            pct(m.ordinary().wape())));
                }
                o.print(t);
                o.println();
                List<String> head = new ArrayList<>(List.of("lead day"));
                shown.models().forEach(m -> head.add(m.model()));
                TextTable leads = new TextTable(head);
                for (int d = 0; d < horizonDays; d++) {
                    List<String> row = new ArrayList<>(List.of(Integer.toString(d + 1)));
                    for (ModelAccuracy m : shown.models()) {
                        row.add(d < m.byLeadDay().size() ? pct(m.byLeadDay().get(d).wape()) : "");
                    }
                    leads.add(row);
                }
                o.println("WAPE by lead day:");
                o.print(leads);
                if (queues.size() > 1) {
                    o.println();
                    TextTable best = new TextTable(List.of("queue", "best model", "WAPE"));
                    for (QueueResult q : queues) {
                        Accuracy a = q.models().stream().filter(m -> m.model().equals(q.best())).findFirst()
                                .orElseThrow().overall();
                        best.add(List.of(q.queue(), q.best(), pct(a.wape())));
                    }
                    o.print(best);
                }
            }
        }
        o.flush();
    }

    private static void csvRow(CsvWriter csv, String queue, String model, String days, Accuracy a) throws Exception {
        csv.row(queue, model, days, Numbers.format(a.wape()), Numbers.format(a.mape()), Numbers.format(a.mase()),
                Numbers.format(a.bias()), Numbers.format(a.coverage80()), Numbers.format(a.coverage95()),
                a.intervals());
    }

    private static Map<String, Object> queueJson(QueueResult q) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("queue", q.queue());
        if (q.best() != null) {
            json.put("best_model", q.best());
        }
        List<Object> models = new ArrayList<>();
        for (ModelAccuracy m : q.models()) {
            Map<String, Object> mj = accuracyJson(m.overall());
            mj.put("model", m.model());
            mj.put("month_edge", accuracyJson(m.monthEdge()));
            mj.put("ordinary", accuracyJson(m.ordinary()));
            List<Object> leads = new ArrayList<>();
            for (int d = 0; d < m.byLeadDay().size(); d++) {
                Map<String, Object> lj = accuracyJson(m.byLeadDay().get(d));
                lj.put("lead_day", d + 1);
                leads.add(lj);
            }
            mj.put("by_lead_day", leads);
            models.add(mj);
        }
        json.put("models", models);
        return json;
    }

    private static Map<String, Object> accuracyJson(Accuracy a) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("wape", finite(a.wape()));
        j.put("mape", finite(a.mape()));
        j.put("mase", finite(a.mase()));
        j.put("bias", finite(a.bias()));
        j.put("coverage80", finite(a.coverage80()));
        j.put("coverage95", finite(a.coverage95()));
        j.put("intervals", a.intervals());
        return j;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format("%.1f%%", 100 * v) : "";
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format("%.3f", v) : "";
    }
}
