package wfm.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;

class ReportCommandTest {
    @TempDir
    Path plan;

    @BeforeEach
    void writePlanFiles() throws IOException {
        StringBuilder req = new StringBuilder("interval_start,queue,required_agents\n");
        StringBuilder sim = new StringBuilder("interval_start,queue,offered,answered,abandoned,abandon_rate,"
                + "service_level,asa_seconds,occupancy,callbacks\n");
        for (int day = 1; day <= 2; day++) {
            for (int h = 8; h < 20; h++) {
                String t = String.format("2026-12-%02dT%02d:00", day, h);
                req.append(t).append(",enquiry,").append(h < 12 ? 3 : 2).append('\n');
                sim.append(t).append(",enquiry,20,19,1,0.05,0.8,12.5,0.7,0\n");
            }
        }
        Files.writeString(plan.resolve("requirements.csv"), req);
        Files.writeString(plan.resolve("simulation.csv"), sim);
        Files.writeString(plan.resolve("roster.csv"), "agent_id,date,shift_id,start,end,breaks\n"
                + "A1,2026-12-01,E08,2026-12-01T08:00,2026-12-01T17:00,12:00-13:00\n"
                + "A2,2026-12-01,L11,2026-12-01T11:00,2026-12-01T20:00,15:00-16:00\n"
                + "A1,2026-12-02,E08,2026-12-02T08:00,2026-12-02T17:00,12:00-13:00\n");
    }

    @Test
    void reportEmbedsRealChartsTheKpisAndTheRoster() throws IOException {
        Run run = Run.wfm("report", "--plan", plan.toString(), "--title", "95504 test",
                "--kpi-csv", plan.resolve("kpi.csv").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String html = Files.readString(plan.resolve("report.html"));
        assertTrue(html.contains("<h1>Hotline WFM plan: 95504 test</h1>"), html);
        List<BufferedImage> images = embeddedImages(html);
        assertEquals(1, images.size(), "only the agent-hours chart: the plan folder has no stage charts");
        assertTrue(distinctColours(images.get(0)) > 8, "a drawn chart, not a blank image");
        assertTrue(html.contains("<td>2026-12-01</td><td>enquiry</td><td class=\"n\">240</td>"), html);
        assertTrue(html.contains("<td>A2</td><td>L11</td><td>off</td>"), html);
        assertEquals(List.of("date,queue,offered,answered,abandoned,abandon_rate,service_level,asa_seconds,occupancy,"
                        + "callbacks", "2026-12-01,enquiry,240,228,12,0.05,0.8,12.5,0.7,0",
                        "2026-12-02,enquiry,240,228,12,0.05,0.8,12.5,0.7,0"),
                Files.readAllLines(plan.resolve("kpi.csv")));
    }

    @Test
    void missingPlanFilesAreNamed() {
        Run run = Run.wfm("report", "--plan", plan.resolve("nowhere").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("no requirements.csv"), run.err());
    }

    /** Headless Chromium (Debian 'chromium', installed by .ci/run) loads the page and decodes every figure. */
    @Test
    void rendersInHeadlessChromium() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "Debian's chromium is not installed here (CI installs it)");
        assertEquals(ExitCode.OK, Run.wfm("report", "--plan", plan.toString()).exitCode());
        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + plan.resolve("chromium-profile"), "--dump-dom",
                plan.resolve("report.html").toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(browser.getInputStream().readAllBytes());
        assertTrue(browser.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        assertTrue(dom.contains("data-figures-drawn=\"1/1\""), "figures not drawn: " + dom.substring(0,
                Math.min(400, dom.length())));
    }

    static List<BufferedImage> embeddedImages(String html) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(html);
        while (m.find()) {
            images.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1)))));
        }
        return images;
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
