package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.cli.ExitCode;
import wfm.cli.Run;

class ExportRosterTest {
    @TempDir
    Path dir;

    /** Two agents; Sun 2026-12-06 and Mon 2026-12-07 lie in different ISO weeks; N22 crosses midnight. */
    Path roster() throws IOException {
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, """
                agent_id,date,shift_id,start,end,breaks,queue
                A1,2026-12-06,E08,2026-12-06T08:00,2026-12-06T17:00,12:00-13:00,enquiry
                A1,2026-12-07,E08,2026-12-07T08:00,2026-12-07T17:00,11:30-12:30,enquiry
                A2,2026-12-07,N22,2026-12-07T22:00,2026-12-08T07:00,02:00-03:00,complaints
                """);
        return file;
    }

    Path agents() throws IOException {
        Path file = dir.resolve("agents.csv");
        Files.writeString(file, "agent_id,name\nA1,\"Wang, Fang; night desk and a name long enough to fold the line\"\n"
                + "A2,Li Na\nA3,Zhao Lei\n");
        return file;
    }

    @Test
    void csvGridHasOneColumnPerDayAndPaidHours() throws IOException {
        Path out = dir.resolve("grid.csv");
        Run run = Run.wfm("export", "roster", "--roster", roster().toString(), "--format", "csv", "--agents",
                agents().toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("agent_id,name,2026-12-06,2026-12-07,paid_hours", lines.get(0));
        assertTrue(lines.get(1).startsWith("A1,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",E08 08:00-17:00,E08 08:00-17:00,16"), lines.get(1));
        assertEquals("A2,Li Na,,N22 22:00-07:00,8", lines.get(2));
        assertEquals("A3,Zhao Lei,,,0", lines.get(3), "an agent with no shift is listed");
    }

    @Test
    void xlsxHasOneSheetPerIsoWeek() throws IOException {
        Path out = dir.resolve("roster.xlsx");
        Run run = Run.wfm("export", "roster", "--roster", roster().toString(), "--format", "xlsx", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String workbook = null;
        List<String> sheets = new ArrayList<>();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String content = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("xl/workbook.xml")) {
                    workbook = content;
                }
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    sheets.add(content);
                }
            }
        }
        assertTrue(sheets.stream().anyMatch(x -> x.contains("N22 22:00-07:00")) || sharedStrings(out).contains("N22 22:00-07:00"));
        assertTrue(workbook.contains("name=\"2026-W49\"") && workbook.contains("name=\"2026-W50\""), workbook);
        assertEquals(2, sheets.size());
    }

    private static String sharedStrings(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry e = zip.getEntry("xl/sharedStrings.xml");
            return e == null ? "" : new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void icsFollowsRfc5545() throws IOException {
        Path out = dir.resolve("roster.ics");
        Run run = Run.wfm("export", "roster", "--roster", roster().toString(), "--format", "ics", "--agents",
                agents().toString(), "--tzid", "Asia/Shanghai", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(out);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), text);
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        for (String physical : text.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + physical);
        }
        assertEquals(-1, text.replace("\r\n", "").indexOf('\n'), "every line ends in CRLF");
        String unfolded = text.replace("\r\n ", "");
        assertEquals(3, unfolded.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(unfolded.contains("\r\nDTSTART;TZID=Asia/Shanghai:20261207T220000\r\n"
                + "DTEND;TZID=Asia/Shanghai:20261208T070000\r\n"), unfolded);
        assertTrue(unfolded.contains("SUMMARY:Wang\\, Fang\\; night desk and a name long enough to fold the line: E08 (enquiry)"),
                unfolded);
        assertTrue(unfolded.contains("DESCRIPTION:Agent A2\\, 22:00-07:00\\nunpaid break 02:00-03:00\r\n"), unfolded);
        assertTrue(unfolded.contains("UID:A2-2026-12-07@hotline-wfm"), unfolded);
    }

    @Test
    void anUnknownAgentIsBadInput() throws IOException {
        Run run = Run.wfm("export", "roster", "--roster", roster().toString(), "--format", "ics", "--agent", "A9",
                "--out", dir.resolve("x.ics").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("--agent A9"), run.err());
    }
}
