package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;
import wfm.cli.io.HistoryCsv;
import wfm.forecasting.series.IntervalSeries;

class CallsCommandTest {

    @Test
    void writesHistoryThatForecastCanReadAndReportsPatience(@TempDir Path dir) throws Exception {
        Path calls = dir.resolve("calls.csv");
        Files.writeString(calls, """
                call_id,queue,arrival_time,answer_time,end_time,outcome
                1,enquiry,2026-11-02T08:01:00,2026-11-02T08:02:00,2026-11-02T08:05:00,answered
                2,enquiry,2026-11-02T08:10:00,,2026-11-02T08:11:00,abandoned
                3,enquiry,2026-11-02T08:40:00,2026-11-02T08:40:30,2026-11-02T08:42:30,answered
                """);
        Path out = dir.resolve("history.csv");
        Run run = Run.wfm("calls", "--calls", calls.toString(), "--out", out.toString(), "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"abandoned\":1"), run.out());
        assertTrue(run.out().contains("\"patience_exponential_mean_seconds\":150.0"), "(60 + 60 + 30) s / 1 abandon: "
                + run.out());
        List<IntervalSeries> series = HistoryCsv.read(out, 0);
        assertEquals(30, series.get(0).grid().intervalMinutes());
        assertEquals(2, series.get(0).offered(16));
        assertEquals(180, series.get(0).ahtSeconds(16), 1e-9);
    }

    @Test
    void anAnsweredCallWithoutAnswerTimeNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Path calls = dir.resolve("calls.csv");
        Files.writeString(calls, "call_id,queue,arrival_time,answer_time,end_time,outcome\n"
                + "1,q,2026-11-02T08:01:00,,2026-11-02T08:05:00,answered\n");
        Run run = Run.wfm("calls", "--calls", calls.toString(), "--out", dir.resolve("h.csv").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("wfm: " + calls + ":2: column 'answer_time': is empty", run.err().strip());
    }
}
