package wfm.cli.options;

import java.util.Locale;

import picocli.CommandLine;

/** Reads an arrival rate written {@code 1200/h}, {@code 20/m}, {@code 0.5/s} or {@code 28800/d} into calls per hour. */
public final class RateConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        return parse(value);
    }

    public static double parse(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        int slash = text.indexOf('/');
        try {
            if (slash < 0) {
                throw new NumberFormatException();
            }
            double number = Double.parseDouble(text.substring(0, slash).trim());
            double perHour = switch (text.substring(slash + 1).trim()) {
                case "s" -> 3600;
                case "m", "min" -> 60;
                case "h" -> 1;
                case "d" -> 1.0 / 24;
                default -> throw new NumberFormatException();
            };
            if (!(number > 0) || Double.isInfinite(number)) {
                throw new CommandLine.TypeConversionException("'" + value + "' must be a positive rate");
            }
            return number * perHour;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not an arrival rate: expected e.g. 1200/h, 20/m or 0.5/s");
        }
    }
}
