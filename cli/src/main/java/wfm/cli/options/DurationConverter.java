package wfm.cli.options;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/**
 * Reads durations as the contract writes them: {@code 20s}, {@code 30m}, {@code 9h}, {@code 1h30m}, {@code 2d},
 * {@code 1.5h}, {@code 250ms}; also ISO-8601 ({@code PT30M}).
 */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|d|h|m|s)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    /** Parses a duration or throws {@link CommandLine.TypeConversionException} saying what is expected. */
    public static Duration parse(String value) {
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (text.startsWith("pt") || text.startsWith("p")) {
            try {
                return Duration.parse(text.toUpperCase(java.util.Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                throw invalid(value);
            }
        }
        Matcher m = PART.matcher(text);
        int end = 0;
        double nanos = 0;
        while (m.find() && m.start() == end) {
            nanos += Double.parseDouble(m.group(1)) * nanosPer(m.group(2));
            end = m.end();
        }
        if (end == 0 || end != text.length()) {
            throw invalid(value);
        }
        return Duration.ofNanos(Math.round(nanos));
    }

    private static double nanosPer(String unit) {
        return switch (unit) {
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            case "h" -> 3600e9;
            case "d" -> 86400e9;
            default -> throw new IllegalStateException(unit);
        };
    }

    private static CommandLine.TypeConversionException invalid(String value) {
        return new CommandLine.TypeConversionException(
                "'" + value + "' is not a duration: expected e.g. 20s, 30m, 9h, 1h30m or 2d");
    }
}
