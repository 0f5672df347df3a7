package wfm.cli.options;

import java.time.Duration;

import picocli.CommandLine;

/**
 * A service-level target written {@code 80/20s}: at least 80% of calls answered within 20 seconds. The share may
 * carry a percent sign ({@code 80%/20s}); the time is a duration ({@code 20s}, {@code 1m}).
 *
 * @param share        least share answered within the time, in (0, 1]
 * @param answerWithin the answer time
 */
public record ServiceLevelTarget(double share, Duration answerWithin) {
    public ServiceLevelTarget {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("service level share (" + share + ") must be within 0..1");
        }
        if (answerWithin.isNegative()) {
            throw new IllegalArgumentException("answer time (" + answerWithin + ") must not be negative");
        }
    }

    public double answerWithinSeconds() {
        return answerWithin.toNanos() / 1e9;
    }

    @Override
    public String toString() {
        return Percent.format(share) + " within " + Seconds.format(answerWithinSeconds());
    }

    /** Reads {@code 80/20s}. */
    public static final class Converter implements CommandLine.ITypeConverter<ServiceLevelTarget> {
        @Override
        public ServiceLevelTarget convert(String value) {
            return parse(value);
        }
    }

    public static ServiceLevelTarget parse(String value) {
        String text = value.trim();
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw invalid(value, "expected PERCENT/TIME such as 80/20s");
        }
        String percentText = text.substring(0, slash).trim();
        if (percentText.endsWith("%")) {
            percentText = percentText.substring(0, percentText.length() - 1).trim();
        }
        double percent;
        try {
            percent = Double.parseDouble(percentText);
        } catch (NumberFormatException e) {
            throw invalid(value, "expected PERCENT/TIME such as 80/20s");
        }
        if (!(percent > 0 && percent <= 100)) {
            throw invalid(value, "the share answered must be above 0% and at most 100%");
        }
        if (percent <= 1 && !text.substring(0, slash).contains("%")) {
            throw invalid(value, "the share is a percentage: write e.g. 80/20s for 80% within 20 s "
                    + "(or " + percentText + "%/... if you mean " + percentText + "%)");
        }
        Duration within;
        try {
            within = DurationConverter.parse(text.substring(slash + 1));
        } catch (CommandLine.TypeConversionException e) {
            throw invalid(value, "the answer time after '/' is not a duration (expected e.g. 20s or 1m)");
        }
        return new ServiceLevelTarget(percent / 100.0, within);
    }

    private static CommandLine.TypeConversionException invalid(String value, String expected) {
        return new CommandLine.TypeConversionException("'" + value + "' is not a service-level target: " + expected);
    }
}
