package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import wfm.cli.ExitCode;
import wfm.cli.Run;

/**
 * The .ics export read back by a real calendar library (ical4j): the calendar validates, it carries the VTIMEZONE
 * its TZID names, and every shift starts and ends at the instant the roster means in that zone, also across a
 * change of daylight saving time (Europe/Berlin, 25 October 2026, 03:00 back to 02:00), in zones whose rules
 * are the n-th, last, or first-on-or-after weekday of a month.
 */
class ExportIcsCalendarTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void offline() {
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Sydney",
            "America/Santiago"})
    void aCalendarLibraryReadsTheZoneAndTheInstantsOfEveryShift(String zone) throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, """
                agent_id,date,shift_id,start,end,breaks,queue
                A1,2026-10-24,E08,2026-10-24T08:00,2026-10-24T17:00,12:00-13:00,enquiry
                A2,2026-10-25,N22,2026-10-24T22:00,2026-10-25T07:00,02:00-03:00,complaints
                A1,2026-11-02,E08,2026-11-02T08:00,2026-11-02T17:00,12:00-13:00,enquiry
                """);
        Path ics = dir.resolve("roster.ics");
        Run run = Run.wfm("export", "roster", "--roster", roster.toString(), "--format", "ics", "--tzid", zone,
                "--out", ics.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());

        Calendar calendar;
        try (InputStream in = Files.newInputStream(ics)) {
            calendar = new CalendarBuilder().build(in);
        }
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation.toString());
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertEquals(1, zones.size());
        assertEquals(zone, zones.get(0).getTimeZoneId().getValue());

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Map<String, LocalDateTime[]> shifts = Map.of(
                "A1-2026-10-24", new LocalDateTime[] {LocalDateTime.of(2026, 10, 24, 8, 0), LocalDateTime.of(2026, 10, 24, 17, 0)},
                "A2-2026-10-25", new LocalDateTime[] {LocalDateTime.of(2026, 10, 24, 22, 0), LocalDateTime.of(2026, 10, 25, 7, 0)},
                "A1-2026-11-02", new LocalDateTime[] {LocalDateTime.of(2026, 11, 2, 8, 0), LocalDateTime.of(2026, 11, 2, 17, 0)});
        assertEquals(shifts.size(), events.size());
        ZoneId id = ZoneId.of(zone);
        for (VEvent event : events) {
            LocalDateTime[] shift = shifts.get(event.<Property>getProperty(Property.UID).orElseThrow().getValue().replace("@hotline-wfm", ""));
            for (int end = 0; end < 2; end++) {
                LocalDateTime local = shift[end];
                Temporal read = end == 0 ? event.getStartDate().orElseThrow().getDate()
                        : event.getEndDate().orElseThrow().getDate();
                assertEquals(local.atZone(id).toInstant(), Instant.from(read), zone + " " + local);
                // the embedded VTIMEZONE alone gives the zone's offset at that time
                assertEquals(id.getRules().getOffset(local), zones.get(0).getApplicableObservance(
                        ZonedDateTime.of(local, id)).getTimeZoneOffsetTo().getOffset(), zone + " " + local);
            }
        }
        String night = Files.readString(ics).replace("\r\n ", "");
        assertTrue(night.contains("DTSTART;TZID=" + zone + ":20261024T220000\r\n"), night);
    }
}
