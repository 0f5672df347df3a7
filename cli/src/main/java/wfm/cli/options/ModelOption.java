package wfm.cli.options;

import java.util.Locale;

import picocli.CommandLine;

/** The queue model chosen on the command line: {@code erlang-c} or {@code erlang-a}. */
public enum ModelOption {
    ERLANG_C("erlang-c"),
    ERLANG_A("erlang-a");

    private final String label;

    ModelOption(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** Reads {@code erlang-c}/{@code erlang-a} (also {@code c}, {@code a}, any case). */
    public static final class Converter implements CommandLine.ITypeConverter<ModelOption> {
        @Override
        public ModelOption convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            return switch (v) {
                case "erlang-c", "erlangc", "c" -> ERLANG_C;
                case "erlang-a", "erlanga", "a" -> ERLANG_A;
                default -> throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a model: expected erlang-c or erlang-a");
            };
        }
    }
}
