package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import wfm.cli.ExitCode;
import wfm.cli.Run;

/**
 * {@code wfm intraday} on a synthetic queue whose true means are known: 70 days of Poisson counts 08:00-20:00 at
 * 30 minutes around a fixed shape; the forecast of the last day is that shape, so the truth of every figure is known.
 */
class IntradayCommandTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = FIRST.plusDays(70);

    @TempDir
    Path dir;
    Path history;
    Path forecast;

    private static double mean(LocalDateTime t) {
        double hour = t.getHour() + t.getMinute() / 60.0;
        return 40 + 30 * Math.sin(Math.PI * (hour - 8) / 12) + (t.getDayOfWeek().getValue() == 1 ? 10 : 0);
    }

    /** The history up to {@code now} (exclusive); today's counts are {@code level} times the mean from {@code from}. */
    private void write(LocalDateTime now, double level, LocalDateTime from) throws IOException {
        MersenneTwister random = new MersenneTwister(17);
        List<String> h = new ArrayList<>(List.of("interval_start,queue,offered"));
        List<String> f = new ArrayList<>(List.of("interval_start,queue,calls,aht_seconds,calls_lo80,calls_hi80,"
                + "calls_lo95,calls_hi95"));
        for (LocalDate d = FIRST; !d.isAfter(TODAY); d = d.plusDays(1)) {
            for (LocalDateTime t = d.atTime(8, 0); t.getHour() < 20; t = t.plusMinutes(30)) {
                double m = mean(t) * (d.equals(TODAY) && !t.isBefore(from) ? level : 1);
                if (t.isBefore(now)) {
                    h.add(t + ",enquiry," + new PoissonDistribution(random, m, 1e-12, 10_000).sample());
                }
                if (d.equals(TODAY)) {
                    f.add(t + ",enquiry," + mean(t) + ",180,0,0,0,0");
                }
            }
        }
        history = Files.write(dir.resolve("history.csv"), h);
        forecast = Files.write(dir.resolve("forecast.csv"), f);
    }

    @BeforeEach
    void ordinaryMorning() throws IOException {
        write(TODAY.atTime(12, 0), 1.0, TODAY.atTime(8, 0));
    }

    @Test
    void anOrdinaryMorningKeepsTheForecastAndWritesTheRestOfTheDay() throws IOException {
        Path out = dir.resolve("rest.csv");
        Run run = Run.wfm("intraday", "--history", history.toString(), "--forecast", forecast.toString(),
                "--now", TODAY + "T12:00", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Surge warning: none"), run.out());
        assertTrue(run.out().contains("Rest of the day (12:00-20:00)"), run.out());
        List<String> rows = Files.readAllLines(out);
        assertEquals("interval_start,queue,calls,aht_seconds,calls_lo80,calls_hi80,calls_lo95,calls_hi95", rows.get(0));
        assertEquals(16, rows.size() - 1, "12:00 to 20:00 in half hours");
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            double truth = mean(LocalDateTime.parse(c[0]));
            double calls = Double.parseDouble(c[2]);
            assertEquals(truth, calls, 0.08 * truth, row);
            assertTrue(Double.parseDouble(c[6]) <= Double.parseDouble(c[4]) && Double.parseDouble(c[4]) <= calls
                    && calls <= Double.parseDouble(c[5]) && Double.parseDouble(c[5]) <= Double.parseDouble(c[7]), row);
            assertEquals("180", c[3]);
        }
    }

    @Test
    void aHighMorningRaisesTheLevelAndASurgeIsDatedToItsStart() throws IOException {
        write(TODAY.atTime(13, 0), 1.6, TODAY.atTime(10, 0));
        Run run = Run.wfm("intraday", "--history", history.toString(), "--forecast", forecast.toString(),
                "--now", TODAY + "T13:00", "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode q = new ObjectMapper().readTree(run.out()).get("queues").get(0);
        assertTrue(q.get("surge").get("fired").asBoolean(), run.out());
        LocalDateTime start = LocalDateTime.parse(q.get("surge").get("estimated_start").asText());
        assertTrue(!start.isBefore(TODAY.atTime(9, 30)) && !start.isAfter(TODAY.atTime(10, 30)), run.out());
        LocalDateTime detected = LocalDateTime.parse(q.get("surge").get("detected_at").asText());
        assertTrue(!detected.isAfter(TODAY.atTime(11, 30)), "a +60% step seen within three intervals: " + run.out());
        assertEquals(1.6, q.get("surge").get("level_ratio").asDouble(), 0.2);
        double level = q.get("level").get("mean").asDouble();
        assertEquals(1.6, level, 0.15, "after the alert, the level of the calls since the surge began");
        assertTrue(q.get("rest_of_day").get("calls").asDouble() > q.get("rest_of_day").get("day_ahead").asDouble());
    }

    @Test
    void theForecastsBacktestErrorsBesideItSetThePrior() throws IOException {
        Files.write(dir.resolve("forecast.errors.csv"), List.of("queue,lead_day,calls_ratio,aht_ratio,interval_cv",
                "enquiry,1,1.1,1,0.1", "enquiry,2,1.12,1,0.1", "enquiry,3,1.08,1,0.1", "enquiry,4,1.1,1,0.1"));
        Run run = Run.wfm("intraday", "--history", history.toString(), "--forecast", forecast.toString(),
                "--now", TODAY + "T08:00", "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode q = new ObjectMapper().readTree(run.out()).get("queues").get(0);
        assertTrue(q.get("prior").get("source").asText().contains("backtest errors (4 days)"), run.out());
        assertEquals(1.1, q.get("level").get("mean").asDouble(), 1e-9, "nothing observed yet: the prior's mean");
    }

    @Test
    void replayWritesOneAlertOnTheSurgeDayAndNoneOnOrdinaryOnes() throws IOException {
        write(TODAY.atTime(20, 0), 1.5, TODAY.atTime(14, 0));
        Path alerts = dir.resolve("alerts.csv");
        Run run = Run.wfm("intraday", "--replay", TODAY.minusDays(9) + ".." + TODAY, "--history", history.toString(),
                "--forecast", forecast.toString(), "--out", alerts.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> rows = Files.readAllLines(alerts);
        assertEquals("queue,date,detected_at,level_ratio,estimated_start", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("enquiry," + TODAY + ",")), rows.toString());
        assertTrue(rows.size() - 1 <= 2, "at most one false alarm in the 9 ordinary days: " + rows);
        assertTrue(run.out().contains("days watched"), run.out());
    }

    @Test
    void badInputIsOneLineWithExitTwo() {
        Run both = Run.wfm("intraday", "--history", history.toString(), "--forecast", forecast.toString(),
                "--now", TODAY + "T12:00", "--replay", "2026-09-01..2026-09-02");
        assertEquals(ExitCode.BAD_INPUT, both.exitCode());
        assertTrue(both.err().startsWith("wfm: give either --now DATETIME or --replay FROM..TO"), both.err());
        Run noDay = Run.wfm("intraday", "--history", history.toString(), "--forecast", forecast.toString(),
                "--now", "2027-01-01T12:00");
        assertEquals(ExitCode.BAD_INPUT, noDay.exitCode());
        assertEquals(1, noDay.err().strip().lines().count(), noDay.err());
        assertTrue(noDay.err().contains("no forecast rows on 2027-01-01"), noDay.err());
        Run badRange = Run.wfm("intraday", "--history", history.toString(), "--forecast", forecast.toString(),
                "--replay", "2026-09-01");
        assertEquals(ExitCode.BAD_INPUT, badRange.exitCode());
        assertTrue(badRange.err().contains("expected FROM..TO dates"), badRange.err());
    }

    /** Headless Chromium (Debian 'chromium', installed by .ci/run) loads the page and decodes its chart. */
    @Test
    void thePageRendersInHeadlessChromium() throws Exception {
        Path page = dir.resolve("intraday.html");
        Run run = Run.wfm("intraday", "--history", history.toString(), "--forecast", forecast.toString(),
                "--now", TODAY + "T12:00", "--html", page.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String html = Files.readString(page);
        assertTrue(html.contains("<h2>enquiry</h2>") && html.contains("Surge warning: none"), html);
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "Debian's chromium is not installed here (CI installs it)");
        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("chromium-profile"), "--dump-dom",
                page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(browser.getInputStream().readAllBytes());
        assertTrue(browser.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        assertTrue(dom.contains("data-figures-drawn=\"1/1\""), "chart not drawn: " + dom.substring(0,
                Math.min(400, dom.length())));
    }
}
