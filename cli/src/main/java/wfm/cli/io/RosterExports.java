package wfm.cli.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Rosters for supervisors: a CSV grid (agents x days), an Excel workbook with one sheet per ISO week (agents x
 * days, paid hours per week), and an iCalendar file (RFC 5545) with one event per shift per agent.
 */
public final class RosterExports {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ICS_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private RosterExports() {
    }

    /** "E08 08:00-17:00", the cell of one working day. */
    static String cell(RosterCsv.Row r) {
        String times = HM.format(r.start()) + "-" + HM.format(r.end());
        return r.shiftId().isEmpty() ? times : r.shiftId() + " " + times;
    }

    static double paidHours(RosterCsv.Row r) {
        long minutes = Duration.between(r.start(), r.end()).toMinutes();
        for (RosterCsv.Break b : r.breaks()) {
            minutes -= Duration.between(b.start(), b.end()).toMinutes();
        }
        return minutes / 60.0;
    }

    /** agent_id, name, then one column per date of the roster; a day off is an empty cell. */
    public static void writeGridCsv(Path file, List<RosterCsv.Row> rows, Map<String, String> names) {
        List<LocalDate> dates = dates(rows);
        Map<String, Map<LocalDate, RosterCsv.Row>> byAgent = byAgent(rows, names);
        AtomicFiles.writeText(file, out -> {
            CsvWriter csv = new CsvWriter(out);
            List<Object> header = new ArrayList<>(List.of("agent_id", "name"));
            header.addAll(dates);
            header.add("paid_hours");
            csv.row(header);
            for (var agent : byAgent.entrySet()) {
                List<Object> line = new ArrayList<>(List.of(agent.getKey(), names.getOrDefault(agent.getKey(), agent.getKey())));
                double hours = 0;
                for (LocalDate d : dates) {
                    RosterCsv.Row r = agent.getValue().get(d);
                    line.add(r == null ? "" : cell(r));
                    hours += r == null ? 0 : paidHours(r);
                }
                line.add(Numbers.format(hours));
                csv.row(line);
            }
        });
    }

    /** One sheet per ISO week (Monday to Sunday), agents as rows, days as columns, paid hours last. */
    public static void writeXlsx(Path file, List<RosterCsv.Row> rows, Map<String, String> names) {
        List<LocalDate> dates = dates(rows);
        Map<String, Map<LocalDate, RosterCsv.Row>> byAgent = byAgent(rows, names);
        TreeSet<LocalDate> mondays = new TreeSet<>();
        dates.forEach(d -> mondays.add(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        AtomicFiles.writeBytes(file, out -> {
            Workbook workbook = new Workbook(out, "Hotline WFM", "1.0");
            for (LocalDate monday : mondays) {
                String name = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                Worksheet sheet = workbook.newWorksheet(name);
                sheet.value(0, 0, "agent_id");
                sheet.value(0, 1, "name");
                for (int d = 0; d < 7; d++) {
                    LocalDate day = monday.plusDays(d);
                    sheet.value(0, 2 + d, day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                            Locale.ENGLISH) + " " + day);
                    sheet.width(2 + d, 17);
                }
                sheet.value(0, 9, "paid_hours");
                sheet.style(0, 0).bold().set();
                sheet.freezePane(2, 1);
                int line = 1;
                for (var agent : byAgent.entrySet()) {
                    sheet.value(line, 0, agent.getKey());
                    sheet.value(line, 1, names.getOrDefault(agent.getKey(), agent.getKey()));
                    double hours = 0;
                    for (int d = 0; d < 7; d++) {
                        RosterCsv.Row r = agent.getValue().get(monday.plusDays(d));
                        if (r != null) {
                            sheet.value(line, 2 + d, cell(r));
                            hours += paidHours(r);
                        }
                    }
                    sheet.value(line, 9, hours);
                    line++;
                }
            }
            workbook.finish();
        });
    }

    /**
     * An iCalendar file, one VEVENT per shift per agent. Times are floating local times (RFC 5545 3.3.5 form 1),
     * the hotline's wall clock, unless {@code tzid} names a zone (then form 3, with the TZID parameter, and the
     * VTIMEZONE that RFC 5545 3.6.5 requires for it, from the JDK's time-zone rules; see {@link #vtimezone}).
     * Lines end in CRLF and are folded at 75 octets. No METHOD: the file is a calendar to import, not an iTIP
     * message (METHOD:PUBLISH would require an ORGANIZER on every event, RFC 5546 3.2.1).
     */
    public static void writeIcs(Path file, List<RosterCsv.Row> rows, Map<String, String> names, String tzid,
                                Instant stamp) {
        AtomicFiles.writeBytes(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            line(w, "BEGIN:VCALENDAR");
            line(w, "VERSION:2.0");
            line(w, "PRODID:-//Hotline WFM//roster export//EN");
            line(w, "CALSCALE:GREGORIAN");
            String dtstamp = ICS_UTC.format(stamp.atOffset(ZoneOffset.UTC));
            if (tzid != null && !rows.isEmpty()) {
                LocalDateTime first = rows.stream().map(RosterCsv.Row::start).min(Comparator.naturalOrder()).get();
                for (String content : vtimezone(ZoneId.of(tzid), first)) {
                    line(w, content);
                }
            }
            for (RosterCsv.Row r : sorted(rows)) {
                String name = names.getOrDefault(r.agentId(), r.agentId());
                line(w, "BEGIN:VEVENT");
                line(w, "UID:" + text(r.agentId() + "-" + r.date() + "@hotline-wfm"));
                line(w, "DTSTAMP:" + dtstamp);
                line(w, "DTSTART" + time(r.start(), tzid));
                line(w, "DTEND" + time(r.end(), tzid));
                line(w, "SUMMARY:" + text(name + ": " + (r.shiftId().isEmpty() ? "shift" : r.shiftId())
                        + (r.queue().isEmpty() ? "" : " (" + r.queue() + ")")));
                String breaks = r.breaks().stream().map(b -> HM.format(b.start()) + "-" + HM.format(b.end()))
                        .collect(Collectors.joining(", "));
                line(w, "DESCRIPTION:" + text("Agent " + r.agentId() + ", " + HM.format(r.start()) + "-"
                        + HM.format(r.end()) + (breaks.isEmpty() ? "" : "\nunpaid break " + breaks)));
                line(w, "CATEGORIES:" + text(r.agentId()));
                line(w, "TRANSP:OPAQUE");
                line(w, "END:VEVENT");
            }
            line(w, "END:VCALENDAR");
            w.flush();
        });
    }

    /**
     * The VTIMEZONE of {@code zone} as calendar programs expect it (RFC 5545 3.6.5): one STANDARD and one DAYLIGHT
     * observance with a yearly RRULE built from the zone's current daylight-saving rules in the JDK
     * ({@link ZoneRules#getTransitionRules()}), each DTSTART the 1970 change in local time before it; a zone without
     * daylight saving (Asia/Shanghai since 1991) gets one STANDARD observance with its offset at {@code first}.
     * Observances without RRULE, one per change, are valid too, but ical4j reads them as the standard offset.
     */
    static List<String> vtimezone(ZoneId zone, LocalDateTime first) {
        ZoneRules rules = zone.getRules();
        List<String> lines = new ArrayList<>(List.of("BEGIN:VTIMEZONE", "TZID:" + zone.getId()));
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = rules.getOffset(first);
            lines.addAll(List.of("BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + utcOffset(offset),
                    "TZOFFSETTO:" + utcOffset(offset), "END:STANDARD"));
        }
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            ZoneOffsetTransition change = rule.createTransition(1970);
            String kind = rule.getOffsetAfter().equals(rule.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
            lines.addAll(List.of("BEGIN:" + kind, "DTSTART:" + ICS_LOCAL.format(change.getDateTimeBefore()),
                    "RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + days(rule),
                    "TZOFFSETFROM:" + utcOffset(change.getOffsetBefore()),
                    "TZOFFSETTO:" + utcOffset(change.getOffsetAfter()), "END:" + kind));
        }
        lines.add("END:VTIMEZONE");
        return lines;
    }

    /**
     * The day of a yearly change as RRULE parts: a fixed day ({@code BYMONTHDAY}), the n-th or n-th last weekday
     * ({@code BYDAY=2SU}, {@code -1SU}), or a weekday on or after / on or before a day of the month.
     */
    private static String days(ZoneOffsetTransitionRule rule) {
        int d = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return ";BYMONTHDAY=" + d;
        }
        String weekday = rule.getDayOfWeek().name().substring(0, 2);
        int k = Math.abs(d);
        if ((k - 1) % 7 == 0) {
            return ";BYDAY=" + (d < 0 ? "-" : "") + ((k - 1) / 7 + 1) + weekday;
        }
        String week = IntStream.range(0, 7).mapToObj(i -> String.valueOf(d < 0 ? d - i : d + i))
                .collect(Collectors.joining(","));
        return ";BYDAY=" + weekday + ";BYMONTHDAY=" + week;
    }

    /** RFC 5545 3.3.14 UTC-OFFSET: +hhmm, or +hhmmss when the offset has seconds. */
    private static String utcOffset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String hhmm = String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? hhmm : hhmm + String.format(Locale.ROOT, "%02d", abs % 60);
    }

    private static String time(LocalDateTime t, String tzid) {
        return (tzid == null ? ":" : ";TZID=" + tzid + ":") + ICS_LOCAL.format(t);
    }

    /** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma escaped; newlines as \n. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Writes a content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence, ending in CRLF. */
    static void line(Writer w, String content) throws IOException {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        w.write(out.append("\r\n").toString());
    }

    private static List<LocalDate> dates(List<RosterCsv.Row> rows) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        rows.forEach(r -> dates.add(r.date()));
        List<LocalDate> all = new ArrayList<>();
        if (!dates.isEmpty()) {
            for (LocalDate d = dates.first(); !d.isAfter(dates.last()); d = d.plusDays(1)) {
                all.add(d);
            }
        }
        return all;
    }

    private static Map<String, Map<LocalDate, RosterCsv.Row>> byAgent(List<RosterCsv.Row> rows, Map<String, String> names) {
        Map<String, Map<LocalDate, RosterCsv.Row>> byAgent = new LinkedHashMap<>();
        names.keySet().forEach(id -> byAgent.put(id, new TreeMap<>()));
        for (RosterCsv.Row r : sorted(rows)) {
            byAgent.computeIfAbsent(r.agentId(), id -> new TreeMap<>()).put(r.date(), r);
        }
        return byAgent;
    }

    private static List<RosterCsv.Row> sorted(List<RosterCsv.Row> rows) {
        return rows.stream().sorted(Comparator.comparing(RosterCsv.Row::agentId).thenComparing(RosterCsv.Row::start))
                .toList();
    }
}
