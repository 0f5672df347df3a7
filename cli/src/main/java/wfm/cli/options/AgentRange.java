package wfm.cli.options;

import picocli.CommandLine;

/**
 * Agent counts written {@code 11..14} (both ends included) or a single count {@code 13}.
 *
 * @param from first agent count, at least 1
 * @param to   last agent count, at least {@code from}
 */
public record AgentRange(int from, int to) {
    /** More rows than anyone reads; also keeps a typo such as {@code 1..1000000} from flooding the terminal. */
    public static final int MAX_COUNTS = 10_000;

    public AgentRange {
        if (from < 1) {
            throw new IllegalArgumentException("first agent count (" + from + ") must be at least 1");
        }
        if (to < from) {
            throw new IllegalArgumentException("agent range " + from + ".." + to + " runs backwards");
        }
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + ".." + to;
    }

    /** Reads {@code 11..14} or {@code 13}. */
    public static final class Converter implements CommandLine.ITypeConverter<AgentRange> {
        @Override
        public AgentRange convert(String value) {
            return parse(value);
        }
    }

    public static AgentRange parse(String value) {
        String text = value.trim();
        int dots = text.indexOf("..");
        int from;
        int to;
        try {
            if (dots < 0) {
                from = Integer.parseInt(text);
                to = from;
            } else {
                from = Integer.parseInt(text.substring(0, dots).trim());
                to = Integer.parseInt(text.substring(dots + 2).trim());
            }
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not an agent range: expected FROM..TO such as 11..14, or one count such as 13");
        }
        if (from < 1) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' starts below 1 agent: expected counts of at least 1");
        }
        if (to < from) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' runs backwards: expected FROM..TO with FROM <= TO, e.g. " + to + ".." + from);
        }
        if ((long) to - from + 1 > MAX_COUNTS) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' asks for more than " + MAX_COUNTS + " agent counts: expected a narrower range");
        }
        return new AgentRange(from, to);
    }
}
