package wfm.cli.io;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import wfm.scheduling.domain.ShiftTemplate;

/**
 * {@code shifts.csv}: {@code shift_id, start_time, duration} (e.g. {@code E0800, 08:00, 9h}) and optionally
 * {@code break_minutes} (unpaid, placed by the scheduler) and {@code days} ({@code Mon-Fri}, {@code Sat;Sun},
 * {@code Mon-Sun}; empty = every day). A shift may run past midnight.
 */
public final class ShiftsCsv {
    public static final List<String> COLUMNS = List.of("shift_id", "start_time", "duration", "break_minutes", "days");

    private ShiftsCsv() {
    }

    /** Reads the shift templates; a shift no day can hold is bad input, legally doubtful ones are not reported. */
    public static List<ShiftTemplate> read(Path file) {
        return read(file, warning -> { });
    }

    /**
     * Reads the shift templates, checking each against {@link ContractLimits}: a duration from 1 minute to 16 hours
     * and a break shorter than the shift, else bad input; paid time above China's legal day goes to
     * {@code warnings}.
     */
    public static List<ShiftTemplate> read(Path file, Consumer<String> warnings) {
        List<ShiftTemplate> shifts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsvReader.forEach(file, List.of("shift_id", "start_time", "duration"), row -> {
            String id = row.text("shift_id");
            if (!seen.add(id)) {
                throw row.error("shift_id", "'" + id + "' appears twice");
            }
            Duration duration = row.duration("duration");
            if (duration.toMinutes() < 1 || duration.toMinutes() > ContractLimits.SHIFT_MINUTES
                    || duration.toSecondsPart() != 0) {
                throw row.error("duration", "'" + row.text("duration") + "' must be whole minutes between 1m and 16h "
                        + "(a longer shift leaves under 8 hours to rest)");
            }
            long breakMinutes = row.has("break_minutes") ? row.integer("break_minutes") : 0;
            if (breakMinutes < 0 || breakMinutes >= duration.toMinutes()) {
                throw row.error("break_minutes", "'" + row.text("break_minutes") + "' must be at least 0 and shorter "
                        + "than the shift (" + row.text("duration") + ")");
            }
            long paidMinutes = duration.toMinutes() - breakMinutes;
            if (paidMinutes > ContractLimits.LEGAL_PAID_MINUTES_PER_DAY) {
                warnings.accept(ContractLimits.warning(row, "duration", Numbers.format(paidMinutes / 60.0)
                        + " paid hours in a day is more than China's Labour Law allows (8 h plus at most 3 h "
                        + "overtime; Art. 36, 41)"));
            }
            Set<DayOfWeek> days;
            try {
                days = days(row.text("days", ""));
            } catch (IllegalArgumentException e) {
                throw row.error("days", e.getMessage());
            }
            shifts.add(new ShiftTemplate(id, row.time("start_time"), (int) duration.toMinutes(), (int) breakMinutes,
                    days));
        });
        if (shifts.isEmpty()) {
            throw new CsvFormatException(file, 2, null, "no shift templates (at least one row is expected)");
        }
        return shifts;
    }

    /** {@code Mon-Fri}, {@code Sat;Sun}, {@code Mon;Wed-Fri}; empty = every day. */
    static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text.isBlank()) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        for (String part : text.split("[;,]")) {
            String[] ends = part.trim().split("-");
            if (ends.length > 2) {
                throw new IllegalArgumentException("'" + text + "' is not a list of days such as Mon-Fri or Sat;Sun");
            }
            DayOfWeek from = day(ends[0], text);
            DayOfWeek to = ends.length == 2 ? day(ends[1], text) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String name, String text) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (n.length() >= 2 && d.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a list of days such as Mon-Fri or Sat;Sun");
    }

    public static void write(Path file, List<ShiftTemplate> shifts) {
        AtomicFiles.writeText(file, out -> {
            CsvWriter csv = new CsvWriter(out).row(COLUMNS);
            for (ShiftTemplate s : shifts) {
                csv.row(s.id(), s.start(), s.durationMinutes() + "m", s.breakMinutes(), dayText(s.days()));
            }
        });
    }

    private static String dayText(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "Mon-Sun";
        }
        return String.join(";", days.stream().map(d -> d.name().charAt(0) + d.name().substring(1, 3)
                .toLowerCase(Locale.ROOT)).toList());
    }
}
