package wfm.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.Wfm;
import wfm.cli.io.AlertsCsv;
import wfm.cli.io.ForecastCsv;
import wfm.cli.io.ForecastErrorRatios;
import wfm.cli.io.ForecastErrorsCsv;
import wfm.cli.io.HistoryCsv;
import wfm.cli.io.TextTable;
import wfm.cli.options.ShareConverter;
import wfm.forecasting.intraday.DayCounts;
import wfm.forecasting.intraday.IntradayWatch;
import wfm.forecasting.intraday.PastDays;
import wfm.forecasting.intraday.QueueWatch;
import wfm.forecasting.intraday.SurgeAlert;
import wfm.forecasting.series.IntervalSeries;

/** {@code wfm intraday}: the rest of today reforecast from the calls so far, and surge warnings. */
@Command(name = "intraday", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "What the calls so far say about the rest of the day, per queue: the day's level (calls per forecast "
                        + "call) updated from the morning, the rest of the day reforecast with 80%% and 95%% "
                        + "intervals, and a surge warning.",
                "",
                "Reforecast: the day-ahead forecast's shape is kept and its level updated (gamma prior on the day's "
                        + "level from the forecast's backtest errors in FILE.errors.csv beside the forecast, or, "
                        + "without that file, from the history's own days against a 4-week average; quasi-Poisson "
                        + "counts). Early in the day it trusts the forecast, later the calls so far. Ratio-to-date "
                        + "(actual/forecast so far x the rest) is shown beside it.",
                "Surge warning: a CUSUM of counts against the forecast, tuned for a --surge step, its threshold "
                        + "set on the history's own days so that ordinary days fire at most once per --false-alarm-days "
                        + "days per queue. It says when it fired, how far the level is up, and since when.",
                "",
                "--history holds interval history including today up to --now (intervals not ended by --now are "
                        + "ignored); --forecast the day-ahead forecast covering today. --out writes the rest of the "
                        + "day (from the interval holding --now to the close) in forecast.csv format.",
                "--replay FROM..TO runs the surge test over past days as if live (threshold from the days before "
                        + "each one; days the forecast does not cover are watched against the 4-week average) and "
                        + "writes every alert to --out: queue, date, detected_at, level_ratio, estimated_start.",
                ""},
        footer = {"", "Examples:",
                "  wfm intraday --history today.csv --forecast forecast.csv --now 2026-12-01T11:30 "
                        + "--out rest-of-day.csv --html intraday.html",
                "  wfm intraday --replay 2026-09-01..2026-11-30 --history history.csv --forecast forecast.csv "
                        + "--out alerts.csv",
                "Exit codes: 0 ok, 2 bad input."})
public final class IntradayCommand implements Callable<Integer> {
    @Option(names = "--history", required = true, paramLabel = "FILE",
            description = "Interval history (interval_start, queue, offered) up to --now; aggregated to the "
                    + "forecast's interval when finer.")
    Path history;

    @Option(names = "--forecast", required = true, paramLabel = "FILE",
            description = "The day-ahead forecast (forecast.csv format) covering the day.")
    Path forecast;

    @Option(names = "--now", paramLabel = "DATETIME", description = "The moment to reforecast from, e.g. 2026-12-01T11:30.")
    String now;

    @Option(names = "--replay", paramLabel = "FROM..TO",
            description = "Run the surge test over these past days instead, e.g. 2026-09-01..2026-11-30.")
    String replay;

    @Option(names = "--forecast-errors", paramLabel = "FILE",
            description = "The forecast's backtest errors (queue, calls_ratio, ...; default: FILE.errors.csv beside "
                    + "--forecast when it exists).")
    Path forecastErrors;

    @Option(names = "--surge", paramLabel = "SHARE", defaultValue = "30%", converter = ShareConverter.class,
            description = "The level step the surge test is tuned to catch fastest (default: ${DEFAULT-VALUE}).")
    double surge;

    @Option(names = "--false-alarm-days", paramLabel = "DAYS", defaultValue = "20",
            description = "Accept one false alarm per queue per this many ordinary days (default: ${DEFAULT-VALUE}).")
    int falseAlarmDays;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Live: the rest of the day in forecast.csv format. Replay: alerts.csv.")
    Path out;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Live: also write a self-contained page (day so far, reforecast band, alerts).")
    Path html;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (plain words) or json.")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((now == null) == (replay == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --now DATETIME or --replay FROM..TO");
        }
        if (format == OutputFormat.CSV) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format csv: expected table or json");
        }
        if (!(surge > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--surge: expected a step above 0%, e.g. 30%");
        }
        if (falseAlarmDays < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--false-alarm-days " + falseAlarmDays
                    + ": expected 2 or more");
        }
        IntradayWatch watch = new IntradayWatch(1 + surge, 1.0 / falseAlarmDays);
        IntradayDays days = new IntradayDays(forecast, ForecastCsv.read(forecast));
        Map<String, IntervalSeries> series = new LinkedHashMap<>();
        for (IntervalSeries s : readHistory(days.intervalMinutes())) {
            series.put(s.queue(), s);
        }
        Map<String, ForecastErrorRatios.Queue> errors = errorRatios();
        if (replay != null) {
            return replay(watch, days, series, errors);
        }
        return live(watch, days, series, errors, parseNow());
    }

    private List<IntervalSeries> readHistory(int minutes) {
        try {
            return HistoryCsv.read(history, minutes);
        } catch (BadInputException e) {
            if (e.getMessage().startsWith("--interval")) {
                throw new BadInputException(history + ": cannot be read at the forecast's " + minutes
                        + "-minute intervals (" + e.getMessage().substring("--interval: ".length()) + ")");
            }
            throw e;
        }
    }

    private Map<String, ForecastErrorRatios.Queue> errorRatios() {
        Path file = forecastErrors != null ? forecastErrors : ForecastErrorsCsv.besideForecast(forecast);
        if (forecastErrors == null && !Files.exists(file)) {
            return Map.of();
        }
        return ForecastErrorRatios.read(file);
    }

    private LocalDateTime parseNow() {
        try {
            return LocalDateTime.parse(now.trim().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--now '" + now
                    + "': expected a date-time, e.g. 2026-12-01T11:30");
        }
    }

    private int live(IntradayWatch watch, IntradayDays days, Map<String, IntervalSeries> series,
                     Map<String, ForecastErrorRatios.Queue> errors, LocalDateTime at) throws Exception {
        LocalDate date = at.toLocalDate();
        List<IntradayReport.Queue> queues = new ArrayList<>();
        for (String queue : days.queues()) {
            IntradayDays.QueueDay day = days.day(queue, date, series.get(queue));
            if (day.starts().isEmpty()) {
                continue;
            }
            IntervalSeries past = series.get(queue);
            if (past == null) {
                throw new BadInputException(history + ": no rows for queue '" + queue + "' of " + forecast);
            }
            int observed = day.endedBy(at);
            ForecastErrorRatios.Queue e = errors.get(queue);
            QueueWatch w = watch.watch(queue, IntradayDays.soFar(day, observed), observed, PastDays.of(past, date),
                    e == null ? new double[0] : e.ratios(), e == null ? Double.NaN : e.meanForecastCalls());
            queues.add(new IntradayReport.Queue(day, w));
        }
        if (queues.isEmpty()) {
            throw new BadInputException(forecast + ": no forecast rows on " + date + " (the day of --now)");
        }
        IntradayReport report = new IntradayReport(at, queues);
        if (out != null) {
            ForecastCsv.write(out, report.restOfDayRows());
        }
        if (html != null) {
            IntradayPage.write(html, report);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            o.println(new ObjectMapper().writeValueAsString(report.json()));
        } else {
            o.print(report.text());
        }
        o.flush();
        if (!Wfm.quiet(spec)) {
            if (out != null) {
                spec.commandLine().getErr().println("wrote " + out + " (the rest of " + date + ")");
            }
            if (html != null) {
                spec.commandLine().getErr().println("wrote " + html);
            }
        }
        return ExitCode.OK;
    }

    private int replay(IntradayWatch watch, IntradayDays days, Map<String, IntervalSeries> series,
                       Map<String, ForecastErrorRatios.Queue> errors) throws Exception {
        String[] range = replay.split("\\.\\.");
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(range[0].trim());
            to = LocalDate.parse(range.length == 2 ? range[1].trim() : "");
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--replay '" + replay
                    + "': expected FROM..TO dates, e.g. 2026-09-01..2026-11-30");
        }
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--replay '" + replay + "': TO is before FROM");
        }
        List<AlertsCsv.Row> alerts = new ArrayList<>();
        List<Map<String, Object>> summary = new ArrayList<>();
        TextTable table = new TextTable(List.of("queue", "days watched", "against forecast", "alerts",
                "threshold (median)"));
        for (IntervalSeries s : series.values()) {
            int watched = 0;
            int forecastDays = 0;
            int fired = 0;
            List<Double> thresholds = new ArrayList<>();
            ForecastErrorRatios.Queue e = errors.get(s.queue());
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                PastDays past = PastDays.of(s, d);
                Optional<ReplayDay> day = replayDay(days, s, d);
                if (day.isEmpty() || past.days().size() < 2) {
                    continue;
                }
                watched++;
                forecastDays += day.get().fromForecast() ? 1 : 0;
                DayCounts counts = day.get().counts();
                QueueWatch w = watch.watch(s.queue(), counts, counts.actual().length, past,
                        e == null ? new double[0] : e.ratios(), e == null ? Double.NaN : e.meanForecastCalls());
                thresholds.add(w.surgeTest().threshold());
                if (w.alert().isPresent()) {
                    fired++;
                    SurgeAlert a = w.alert().get();
                    List<LocalDateTime> starts = day.get().starts();
                    alerts.add(new AlertsCsv.Row(s.queue(), d, starts.get(a.interval()).plusMinutes(
                            s.grid().intervalMinutes()), a.levelRatio(), starts.get(a.estimatedStart())));
                }
            }
            thresholds.sort(null);
            double median = thresholds.isEmpty() ? Double.NaN : thresholds.get(thresholds.size() / 2);
            table.add(List.of(s.queue(), Integer.toString(watched), Integer.toString(forecastDays),
                    Integer.toString(fired), String.format(Locale.ROOT, "%.2f", median)));
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("queue", s.queue());
            q.put("days", watched);
            q.put("days_with_forecast", forecastDays);
            q.put("alerts", fired);
            q.put("median_threshold", median);
            summary.add(q);
        }
        if (out != null) {
            AlertsCsv.write(out, alerts);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("from", from.toString());
            json.put("to", to.toString());
            json.put("surge", surge);
            json.put("false_alarms_per_day", 1.0 / falseAlarmDays);
            json.put("queues", summary);
            json.put("alerts", alerts.stream().map(a -> Map.of("queue", a.queue(), "date", a.date().toString(),
                    "detected_at", a.detectedAt().toString(), "level_ratio", a.levelRatio(),
                    "estimated_start", a.estimatedStart().toString())).toList());
            o.println(new ObjectMapper().writeValueAsString(json));
        } else {
            o.printf(Locale.ROOT, "Surge test replayed over %s..%s, tuned for +%.0f%%, one false alarm per queue "
                    + "per %d ordinary days.%n", from, to, 100 * surge, falseAlarmDays);
            o.print(table);
            for (AlertsCsv.Row a : alerts) {
                o.printf(Locale.ROOT, "%s %s: surge detected at %s, calls %.2f x forecast since about %s%n",
                        a.queue(), a.date(), a.detectedAt().toLocalTime(), a.levelRatio(),
                        a.estimatedStart().toLocalTime());
            }
        }
        o.flush();
        if (out != null && !Wfm.quiet(spec)) {
            spec.commandLine().getErr().println("wrote " + out + ": " + alerts.size() + " alert(s)");
        }
        return ExitCode.OK;
    }

    /** A past day to replay: the forecast's intervals when it covers the day, else the history's 4-week average. */
    private record ReplayDay(DayCounts counts, List<LocalDateTime> starts, boolean fromForecast) {
    }

    private static Optional<ReplayDay> replayDay(IntradayDays days, IntervalSeries s, LocalDate d) {
        IntradayDays.QueueDay day = days.day(s.queue(), d, s);
        if (!day.starts().isEmpty()) {
            boolean seen = java.util.Arrays.stream(day.counts().actual()).anyMatch(v -> !Double.isNaN(v));
            return seen ? Optional.of(new ReplayDay(day.counts(), day.starts(), true)) : Optional.empty();
        }
        List<DayCounts> upTo = PastDays.of(s, d.plusDays(1)).days();
        if (upTo.isEmpty() || !upTo.get(upTo.size() - 1).date().equals(d)) {
            return Optional.empty();
        }
        List<LocalDateTime> starts = new ArrayList<>();
        int first = s.grid().index(d);
        for (int i = first; i < first + s.grid().slotsPerDay(); i++) {
            if (s.isOpen(i)) {
                starts.add(s.grid().start(i));
            }
        }
        return Optional.of(new ReplayDay(upTo.get(upTo.size() - 1), starts, false));
    }
}
