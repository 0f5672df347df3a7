package wfm.cli.options;

import picocli.CommandLine;

/** Reads a share written as a percentage ({@code 2%}, {@code 85.5%}) or a fraction ({@code 0.02}) into [0, 1]. */
public final class ShareConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        return parse(value);
    }

    public static double parse(String value) {
        String text = value.trim();
        boolean percent = text.endsWith("%");
        double number;
        try {
            number = Double.parseDouble(percent ? text.substring(0, text.length() - 1).trim() : text);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a percentage: expected e.g. 2% or 0.02");
        }
        double share = percent ? number / 100.0 : number;
        if (!percent && number > 1) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is above 1: write a percentage with '%' (e.g. " + value + "%) or a fraction up to 1");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is outside 0%..100%");
        }
        return share;
    }
}
