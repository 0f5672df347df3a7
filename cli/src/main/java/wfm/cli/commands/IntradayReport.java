package wfm.cli.commands;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import wfm.cli.io.ForecastCsv;
import wfm.cli.io.TextTable;
import wfm.forecasting.intraday.Band;
import wfm.forecasting.intraday.QueueWatch;
import wfm.forecasting.intraday.SurgeAlert;

/** What {@code wfm intraday} found at {@code now}, in the shapes it is printed and written in. */
record IntradayReport(LocalDateTime now, List<Queue> queues) {
    /** One queue's day and the library's picture of it. */
    record Queue(IntradayDays.QueueDay day, QueueWatch watch) {
        double forecastRest() {
            double[] f = day.counts().expected();
            double sum = 0;
            for (int k = watch.rest().from(); k < f.length; k++) {
                sum += f[k];
            }
            return sum;
        }

        double ratioToDateRest() {
            double sum = 0;
            for (double v : watch.ratioToDate()) {
                sum += v;
            }
            return sum;
        }

        LocalTime time(int interval) {
            return interval < day.starts().size() ? day.starts().get(interval).toLocalTime()
                    : day.starts().get(day.starts().size() - 1).toLocalTime().plusMinutes(day.intervalMinutes());
        }

        LocalTime close() {
            return time(day.starts().size());
        }
    }

    /** The rest of each queue's day as forecast.csv rows. */
    List<ForecastCsv.Row> restOfDayRows() {
        List<ForecastCsv.Row> rows = new ArrayList<>();
        for (Queue q : queues) {
            int from = q.watch().rest().from();
            for (int k = from; k < q.day().starts().size(); k++) {
                Band b = q.watch().rest().intervals().get(k - from);
                rows.add(new ForecastCsv.Row(q.day().starts().get(k), q.day().queue(), round(b.mean()),
                        round(q.day().ahtSeconds()[k]), round(b.lo80()), round(b.hi80()), round(b.lo95()),
                        round(b.hi95())));
            }
        }
        return rows;
    }

    String text() {
        StringBuilder s = new StringBuilder();
        TextTable table = new TextTable(List.of("queue", "calls so far", "forecast so far", "level now",
                "rest of day", "80% interval", "day-ahead", "ratio-to-date", "surge"));
        for (Queue q : queues) {
            QueueWatch w = q.watch();
            Band total = w.rest().total();
            int from = w.rest().from();
            s.append(String.format(Locale.ROOT, "%s, %s at %s:%n", q.day().queue(), now.toLocalDate(),
                    now.toLocalTime()));
            s.append(from == 0 ? "  No interval of the day has ended yet.\n" : String.format(Locale.ROOT,
                    "  So far (to %s): %,.0f calls against %,.0f forecast (%s).%n", q.time(from),
                    w.rest().callsSoFar(), w.rest().forecastSoFar(), signed(w.rest().ratioSoFar())));
            s.append(String.format(Locale.ROOT, "  The day's level is now %.2f x the forecast (80%%: %.2f-%.2f); "
                            + "before the day %.2f +- %.0f%%, learnt from %s.%n", w.rest().level(),
                    w.rest().posterior().quantile(0.1), w.rest().posterior().quantile(0.9), w.prior().mean(),
                    100 * w.prior().cv(), w.priorSource()));
            if (from < q.day().starts().size()) {
                s.append(String.format(Locale.ROOT, "  Rest of the day (%s-%s): %,.0f calls expected (80%%: %,.0f-%,.0f;"
                                + " 95%%: %,.0f-%,.0f); the day-ahead forecast said %,.0f, ratio-to-date says %,.0f.%n",
                        q.time(from), q.close(), total.mean(), total.lo80(), total.hi80(), total.lo95(), total.hi95(),
                        q.forecastRest(), q.ratioToDateRest()));
            } else {
                s.append("  The day is over.\n");
            }
            s.append("  ").append(surgeSentence(q)).append('\n');
            table.add(List.of(q.day().queue(), String.format(Locale.ROOT, "%,.0f", w.rest().callsSoFar()),
                    String.format(Locale.ROOT, "%,.0f", w.rest().forecastSoFar()),
                    String.format(Locale.ROOT, "%.2f", w.rest().level()),
                    String.format(Locale.ROOT, "%,.0f", total.mean()),
                    String.format(Locale.ROOT, "%,.0f-%,.0f", total.lo80(), total.hi80()),
                    String.format(Locale.ROOT, "%,.0f", q.forecastRest()),
                    String.format(Locale.ROOT, "%,.0f", q.ratioToDateRest()),
                    w.alert().map(a -> "since " + q.time(a.estimatedStart())).orElse("none")));
        }
        return s.append('\n').append(table).toString();
    }

    static String surgeSentence(Queue q) {
        QueueWatch w = q.watch();
        String test = String.format(Locale.ROOT, "test for a +%.0f%% step, threshold %.1f set on %d ordinary days",
                100 * (w.surgeTest().designRatio() - 1), w.surgeTest().threshold(), w.calibrationDays());
        if (w.alert().isEmpty()) {
            return "Surge warning: none (" + test + ").";
        }
        SurgeAlert a = w.alert().get();
        return String.format(Locale.ROOT, "SURGE WARNING: fired at %s, calls %.2f x forecast since about %s (%s); "
                        + "the rest of the day is reforecast from the calls since then alone.",
                q.time(a.interval() + 1), a.levelRatio(), q.time(a.estimatedStart()), test);
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("now", now.toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Queue q : queues) {
            QueueWatch w = q.watch();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("queue", q.day().queue());
            m.put("calls_so_far", w.rest().callsSoFar());
            m.put("forecast_so_far", w.rest().forecastSoFar());
            m.put("prior", Map.of("level", w.prior().mean(), "cv", w.prior().cv(), "source", w.priorSource()));
            m.put("dispersion", w.dispersion());
            m.put("level", Map.of("mean", w.rest().level(), "lo80", w.rest().posterior().quantile(0.1),
                    "hi80", w.rest().posterior().quantile(0.9)));
            Band t = w.rest().total();
            Map<String, Object> rest = new LinkedHashMap<>();
            rest.put("from", w.rest().from() < q.day().starts().size()
                    ? q.day().starts().get(w.rest().from()).toString() : null);
            rest.put("calls", t.mean());
            rest.put("lo80", t.lo80());
            rest.put("hi80", t.hi80());
            rest.put("lo95", t.lo95());
            rest.put("hi95", t.hi95());
            rest.put("day_ahead", q.forecastRest());
            rest.put("ratio_to_date", q.ratioToDateRest());
            m.put("rest_of_day", rest);
            Map<String, Object> surge = new LinkedHashMap<>();
            surge.put("fired", w.alert().isPresent());
            w.alert().ifPresent(a -> {
                surge.put("detected_at", q.day().starts().get(a.interval()).plusMinutes(q.day().intervalMinutes())
                        .toString());
                surge.put("level_ratio", a.levelRatio());
                surge.put("estimated_start", q.day().starts().get(a.estimatedStart()).toString());
            });
            surge.put("design_ratio", w.surgeTest().designRatio());
            surge.put("threshold", w.surgeTest().threshold());
            surge.put("calibration_days", w.calibrationDays());
            m.put("surge", surge);
            list.add(m);
        }
        json.put("queues", list);
        return json;
    }

    private static String signed(double ratio) {
        return Double.isNaN(ratio) ? "no calls expected yet" : String.format(Locale.ROOT, "%+.1f%%", 100 * (ratio - 1));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
