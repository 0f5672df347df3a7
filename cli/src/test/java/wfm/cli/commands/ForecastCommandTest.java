package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;
import wfm.cli.io.ForecastCsv;
import wfm.cli.io.ForecastErrorsCsv;

class ForecastCommandTest {

    /** Ten weeks of hourly history, open 08:00-18:00 on weekdays, two queues, Poisson noise with a fixed seed. */
    static Path history(Path dir) throws IOException {
        Random rnd = new Random(3);
        StringBuilder csv = new StringBuilder("interval_start,queue,offered,aht_seconds\n");
        LocalDate first = LocalDate.of(2026, 9, 21);
        for (int d = 0; d < 70; d++) {
            LocalDate date = first.plusDays(d);
            if (date.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            for (int h = 8; h < 18; h++) {
                double mean = 20 + 10 * Math.sin(Math.PI * (h - 8) / 10.0);
                for (String q : List.of("enquiry", "complaint")) {
                    double m = q.equals("enquiry") ? mean : mean / 5;
                    csv.append(date.atTime(h, 0)).append(',').append(q).append(',').append(poisson(rnd, m))
                            .append(',').append(q.equals("enquiry") ? 180 : 420).append('\n');
                }
            }
        }
        Path f = dir.resolve("history.csv");
        Files.writeString(f, csv);
        return f;
    }

    private static int poisson(Random rnd, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }

    @Test
    void writesOneRowPerOpenIntervalWithOrderedNonNegativeBounds(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("forecast.csv");
        Run run = Run.wfm("forecast", "--history", history(dir).toString(), "--horizon", "7d", "--out",
                out.toString(), "--chart", dir.resolve("f.png").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<ForecastCsv.Row> rows = ForecastCsv.read(out);
        assertEquals(2 * 5 * 10, rows.size(), "two queues x five weekdays x ten open hours");
        assertEquals(LocalDateTime.of(2026, 11, 30, 8, 0), rows.get(0).intervalStart());
        for (ForecastCsv.Row r : rows) {
            assertTrue(r.callsLo95() >= 0 && r.callsLo95() <= r.callsLo80() && r.callsLo80() <= r.callsHi80()
                    && r.callsHi80() <= r.callsHi95(), r.toString());
            assertTrue(r.calls() > 0, r.toString());
        }
        assertEquals(420, rows.stream().filter(r -> r.queue().equals("complaint")).findFirst().orElseThrow()
                .ahtSeconds(), 1e-9);
        double enquiry = rows.stream().filter(r -> r.queue().equals("enquiry")).mapToDouble(ForecastCsv.Row::calls).sum();
        assertEquals(50 * 26.4, enquiry, 0.1 * 50 * 26.4, "about the true mean of 26.4 calls an hour");
        assertTrue(Files.size(dir.resolve("f.png")) > 1000);
        assertTrue(run.out().contains("enquiry"), run.out());
    }

    @Test
    void theErrorsGoBesideTheForecastAndSizeTheDayTotalBounds(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("plan.forecast.csv");
        Run run = Run.wfm("forecast", "--history", history(dir).toString(), "--horizon", "7d", "--folds", "3",
                "--out", out.toString(), "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path errorsFile = dir.resolve("plan.forecast.errors.csv");
        assertEquals(List.of("queue", "lead_day", "calls_ratio", "aht_ratio", "interval_cv", "forecast_calls"),
                wfm.cli.io.CsvReader.header(errorsFile));
        java.util.Map<String, wfm.forecasting.accuracy.ForecastErrors> errors = ForecastErrorsCsv.readErrors(errorsFile);
        assertEquals(List.of("enquiry", "complaint"), List.copyOf(errors.keySet()));
        // 3 folds x 7 lead days, of which the 5 weekdays are open
        assertEquals(3 * 5, errors.get("enquiry").days().size());
        assertTrue(errors.get("enquiry").hasAht(), "aht_seconds in the history: aht_ratio filled");
        // the JSON day totals: forecast total x the 10% and 90% quantiles of the ratios pooled for lead day 1 (all
        // 15: fewer than the 20 a pool aims at), the ceil(0.1 n)-th and ceil(0.9 n)-th smallest
        com.fasterxml.jackson.databind.JsonNode day = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run.out()).path("queues").get(0).path("days").get(0);
        double[] ratios = errors.get("enquiry").callsRatios(1);
        java.util.Arrays.sort(ratios);
        assertEquals(15, ratios.length);
        double calls = day.path("calls").asDouble();
        assertEquals(calls * ratios[(int) Math.ceil(0.1 * ratios.length) - 1], day.path("calls_lo80").asDouble(), 0.02);
        assertEquals(calls * ratios[(int) Math.ceil(0.9 * ratios.length) - 1], day.path("calls_hi80").asDouble(), 0.02);
    }

    @Test
    void jsonPrintsOneObjectWithTheChosenModelPerQueue(@TempDir Path dir) throws IOException {
        Run run = Run.wfm("forecast", "--history", history(dir).toString(), "--horizon", "3d", "--start",
                "2026-12-01", "--out", dir.resolve("f.csv").toString(), "--format", "json", "--model", "holt-winters");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\"start\":\"2026-12-01\""), run.out());
        assertTrue(run.out().contains("\"model\":\"holt-winters\""), run.out());
        assertEquals(1, run.out().strip().lines().count());
    }

    @Test
    void badInputIsOneLineWithExitTwo(@TempDir Path dir) throws IOException {
        Path h = history(dir);
        Run run = Run.wfm("forecast", "--history", h.toString(), "--model", "prophet", "--out",
                dir.resolve("f.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("wfm: --model prophet: expected one of auto,"), run.err());
        run = Run.wfm("forecast", "--history", h.toString(), "--start", "2026-10-01", "--out",
                dir.resolve("f.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("is inside the history"), run.err());
        assertFalse(Files.exists(dir.resolve("f.csv")));
    }

    @Test
    void aShortHistoryStillForecastsAMonthWithAShorterBacktest(@TempDir Path dir) throws IOException {
        Path h = history(dir);
        Path out = dir.resolve("f.csv");
        Run run = Run.wfm("forecast", "--history", h.toString(), "--horizon", "31d", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(2 * 21 * 10, ForecastCsv.read(out).size(), "history ends Friday 2026-11-27: 21 weekdays 11-28..12-28");
    }

    private static Path days(Path dir, int days) throws IOException {
        Path h = dir.resolve("h" + days + ".csv");
        StringBuilder csv = new StringBuilder("interval_start,offered,aht_seconds\n");
        for (int d = 0; d < days; d++) {
            csv.append(LocalDate.of(2026, 11, 1).plusDays(d).atTime(9, 0)).append(',').append(5 + d % 3).append(",180\n");
        }
        Files.writeString(h, csv);
        return h;
    }

    @Test
    void aFewWeeksOfHistoryForecastWithWeekAverageAndSaySo(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("f.csv");
        Run run = Run.wfm("forecast", "--history", days(dir, 20).toString(), "--horizon", "1d", "--out",
                out.toString(), "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("only 20 days of history") && run.err().contains("week-average"), run.err());
        assertTrue(run.out().contains("\"model\":\"week-average\"") && run.out().contains("\"note\":\"only 20 days"),
                run.out());
        assertEquals(1, ForecastCsv.read(out).size());
    }

    @Test
    void autoAskedForInsistsOnABacktestAndNamesTheDaysNeeded(@TempDir Path dir) throws IOException {
        Run run = Run.wfm("forecast", "--history", days(dir, 20).toString(), "--model", "auto", "--out",
                dir.resolve("f.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("20 days of history are too few") && run.err().contains("needs at least 35 days"),
                run.err());
    }

    @Test
    void lessThanAWeekOfHistoryNamesTheDaysNeeded(@TempDir Path dir) throws IOException {
        Run run = Run.wfm("forecast", "--history", days(dir, 6).toString(), "--out", dir.resolve("f.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("6 days of history are too few") && run.err().contains("at least 7 days"),
                run.err());
    }
}
