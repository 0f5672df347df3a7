package wfm.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.charts.ForecastChart;
import wfm.cli.io.ForecastCsv;
import wfm.cli.io.ForecastErrorsCsv;
import wfm.cli.io.Numbers;
import wfm.cli.io.TextTable;
import wfm.cli.options.DurationConverter;
import wfm.forecasting.QueueForecast;
import wfm.forecasting.QueueForecaster;
import wfm.forecasting.models.ModelCatalog;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

@Command(name = "forecast", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Forecast calls and handle time per queue and interval, with 80%% and 95%% prediction intervals.",
                "Each queue's models are backtested on its own history (weekly rolling origins over the forecast's "
                        + "lead times); --model auto takes the combination unless one model is clearly and consistently "
                        + "better (at least 10%% lower WAPE, and lower on 2 of 3 folds). Prediction intervals are "
                        + "the empirical quantiles of that model's backtest errors by lead day, never negative. "
                        + "Intervals of the week that never occur in the history are closed and get no rows.",
                "Beside the forecast goes its error model, FILE.errors.csv for --out FILE.csv (forecast.errors.csv): "
                        + "the chosen model's own backtest errors, one row per backtest day and queue: queue, lead_day "
                        + "(1 = the first day after the origin), calls_ratio (actual / forecast day total), aht_ratio "
                        + "(actual / forecast day AHT; empty without aht_seconds in the history), interval_cv (the "
                        + "queue's intraday noise beyond Poisson, once the day level is removed) and forecast_calls "
                        + "(the backtest day's forecast total). 'wfm simulate' draws its possible futures from it and "
                        + "'wfm staff --confidence' staffs for the day level it will not exceed; the JSON output "
                        + "gives each day's total with its 80%% and 95%% bounds from the same ratios.",
                "A history too short for a backtest (a new hotline, from one week) is forecast with the week-average "
                        + "of its whole weeks, with intervals from its one-day-ahead errors on the history widened "
                        + "for so few days; standard error says so. --model auto given explicitly insists on the "
                        + "backtest and names the days it needs."},
        footer = {"", "Models: auto, seasonal-naive, week-average (last 4 weeks), holt-winters (double seasonal, "
                + "Taylor 2003), calendar-regression (daily totals x intraday profile), scaled-average (12-week "
                + "interval-of-week average scaled to the recent level), combination (mean of week-average, "
                + "calendar-regression and scaled-average).",
                "", "Example:",
                "  wfm forecast --history history.csv --holidays holidays.csv --start 2026-12-01 --horizon 31d "
                        + "--out forecast.csv --chart forecast.png",
                "  (writes forecast.csv and forecast.errors.csv)"})
public final class ForecastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HistoryOptions input;

    @Option(names = "--start", paramLabel = "DATE",
            description = "First day of the forecast (default: the day after the history ends).")
    LocalDate start;

    @Option(names = "--horizon", paramLabel = "DAYS", defaultValue = "31d", converter = DurationConverter.class,
            description = "Days to forecast (default: ${DEFAULT-VALUE}).")
    Duration horizon;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "auto",
            description = "auto, seasonal-naive, week-average, holt-winters, calendar-regression, scaled-average or "
                    + "combination "
                    + "(default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "4",
            description = "Backtest origins used to choose the model and size the intervals (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--aht", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Handle time to use when the history has no aht_seconds (e.g. 180s).")
    Duration aht;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "forecast.csv",
            description = "Where to write the forecast (default: ${DEFAULT-VALUE}); its errors go beside it, "
                    + "FILE.errors.csv.")
    Path out;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw a PNG: the last two weeks of history, the forecast and its 80%%/95%% bands.")
    Path chart;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "What to print: table (a summary per queue), csv (the forecast rows) or json.")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        if (!ModelCatalog.names().contains(model)) {
            throw new BadInputException("--model " + model + ": expected one of " + String.join(", ", ModelCatalog.names()));
        }
        if (folds < 2) {
            throw new BadInputException("--folds " + folds + ": expected at least 2");
        }
        int horizonDays = HistoryOptions.days("--horizon", horizon);
        List<IntervalSeries> series = input.series();
        HolidayCalendar holidays = input.calendar();
        List<QueueForecast> forecasts = series.parallelStream()
                .map(s -> QueueForecaster.forecast(s, holidays, model, start, horizonDays, folds, insistOnBacktest()))
                .toList();
        for (QueueForecast f : forecasts) {
            if (f.note() != null) {
                spec.commandLine().getErr().printf("queue '%s': %s%n", f.queue(), f.note());
            }
        }
        List<ForecastCsv.Row> rows = rows(series, forecasts);
        ForecastCsv.write(out, rows);
        ForecastErrorsCsv.write(ForecastErrorsCsv.besideForecast(out),
                forecasts.stream().map(QueueForecast::errors).toList());
        if (chart != null) {
            ForecastChart.write(chart, series, forecasts);
        }
        print(forecasts, rows, series.get(0).grid().intervalMinutes(), horizonDays);
        return ExitCode.OK;
    }

    private List<ForecastCsv.Row> rows(List<IntervalSeries> series, List<QueueForecast> forecasts) {
        List<ForecastCsv.Row> rows = new ArrayList<>();
        for (int q = 0; q < forecasts.size(); q++) {
            QueueForecast f = forecasts.get(q);
            boolean hasAht = series.get(q).hasAht();
            if (!hasAht && aht == null) {
                throw new BadInputException(input.history + ": queue '" + f.queue() + "' has no aht_seconds; "
                        + "give --aht (e.g. --aht 180s)");
            }
            for (int h = 0; h < f.steps(); h++) {
                if (!f.open()[h]) {
                    continue;
                }
                double ahtSeconds = hasAht && !Double.isNaN(f.ahtSeconds()[h]) ? f.ahtSeconds()[h]
                        : aht != null ? aht.toMillis() / 1000.0 : Double.NaN;
                rows.add(new ForecastCsv.Row(f.start(h), f.queue(), round(f.calls()[h]), round(ahtSeconds),
                        round(f.lo80()[h]), round(f.hi80()[h]), round(f.lo95()[h]), round(f.hi95()[h])));
            }
        }
        return rows;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void print(List<QueueForecast> forecasts, List<ForecastCsv.Row> rows, int intervalMinutes,
                       int horizonDays) throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        LocalDate first = forecasts.get(0).start(0).toLocalDate();
        switch (format) {
            case CSV -> {
                java.io.StringWriter text = new java.io.StringWriter();
                wfm.cli.io.CsvWriter csv = new wfm.cli.io.CsvWriter(text).row(ForecastCsv.COLUMNS);
                for (ForecastCsv.Row r : rows) {
                    csv.row(r.intervalStart(), r.queue(), Numbers.format(r.calls()), Numbers.format(r.ahtSeconds()),
                            Numbers.format(r.callsLo80()), Numbers.format(r.callsHi80()),
                            Numbers.format(r.callsLo95()), Numbers.format(r.callsHi95()));
                }
                o.print(text);
            }
            case JSON -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("start", first.toString());
                json.put("horizon_days", horizonDays);
                json.put("interval_minutes", intervalMinutes);
                json.put("out", out.toString());
                json.put("rows", rows.size());
                List<Map<String, Object>> queues = new ArrayList<>();
                for (QueueForecast f : forecasts) {
                    Map<String, Object> q = new LinkedHashMap<>();
                    q.put("queue", f.queue());
                    q.put("model", f.model());
                    q.put("backtest_wape", Double.isFinite(f.backtestWape()) ? f.backtestWape() : null);
                    if (f.note() != null) {
                        q.put("note", f.note());
                    }
                    q.put("calls", total(f, rows));
                    q.put("aht_seconds", meanAht(f, rows));
                    q.put("days", dayTotals(f));
                    queues.add(q);
                }
                json.put("queues", queues);
                o.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(json));
            }
            default -> {
                TextTable table = new TextTable(List.of("queue", "model", "backtest WAPE", "calls", "mean AHT"));
                for (QueueForecast f : forecasts) {
                    table.add(List.of(f.queue(), f.model(), Double.isFinite(f.backtestWape())
                            ? String.format("%.1f%%", 100 * f.backtestWape()) : "n/a",
                            String.format("%,.0f", total(f, rows)), String.format("%.0fs", meanAht(f, rows))));
                }
                o.print(table);
            }
        }
        o.flush();
        if (!quiet()) {
            spec.commandLine().getErr().printf("wrote %s (and its errors, %s): %,d rows, %s .. %s, %d-minute "
                    + "intervals%s%n", out, ForecastErrorsCsv.besideForecast(out).getFileName(), rows.size(), first,
                    first.plusDays(horizonDays - 1L), intervalMinutes, chart == null ? "" : "; chart " + chart);
        }
    }

    /** Each day's forecast total with its 80% and 95% bounds from the backtest's day-total ratios. */
    private static List<Map<String, Object>> dayTotals(QueueForecast f) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (int d = 0; d < f.days() && !f.errors().days().isEmpty(); d++) {
            double[] b = f.dayTotalBounds(d);
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", f.day(d).toString());
            day.put("calls", round(f.dayCalls(d)));
            day.put("calls_lo80", round(b[0]));
            day.put("calls_hi80", round(b[1]));
            day.put("calls_lo95", round(b[2]));
            day.put("calls_hi95", round(b[3]));
            days.add(day);
        }
        return days;
    }

    /** Only --model auto given explicitly insists on a backtest; the default falls back on a short history. */
    private boolean insistOnBacktest() {
        return model.equals(ModelCatalog.AUTO) && spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--model");
    }

    private boolean quiet() {
        return wfm.cli.Wfm.quiet(spec);
    }

    private static double total(QueueForecast f, List<ForecastCsv.Row> rows) {
        return rows.stream().filter(r -> r.queue().equals(f.queue())).mapToDouble(ForecastCsv.Row::calls).sum();
    }

    private static double meanAht(QueueForecast f, List<ForecastCsv.Row> rows) {
        double calls = 0;
        double seconds = 0;
        for (ForecastCsv.Row r : rows) {
            if (r.queue().equals(f.queue())) {
                calls += r.calls();
                seconds += r.calls() * r.ahtSeconds();
            }
        }
        return calls > 0 ? seconds / calls : Double.NaN;
    }
}
