package wfm.cli.options;

import java.time.DayOfWeek;
import java.util.Locale;

import picocli.CommandLine;

/** Reads a day of the week: {@code Monday}, {@code mon}, {@code FRI}, ... (any case, full name or three letters). */
public final class WeekdayConverter implements CommandLine.ITypeConverter<DayOfWeek> {
    @Override
    public DayOfWeek convert(String value) {
        return parse(value);
    }

    public static DayOfWeek parse(String value) {
        String text = value.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(text) || text.length() == 3 && day.name().startsWith(text)) {
                return day;
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a day of the week: expected e.g. "
                + "Monday or Mon .. Sunday or Sun");
    }

    /** The day as the options take it: {@code Friday}. */
    public static String name(DayOfWeek day) {
        return day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
