package wfm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

/** Every command explains itself: --help works, renders without picocli format warnings, and shows an example. */
class HelpTest {

    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        collect(Wfm.commandLine(), "", names);
        return names.stream();
    }

    private static void collect(CommandLine cli, String prefix, List<String> names) {
        cli.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandSpec().name().equals(name)) {
                String path = (prefix + " " + name).trim();
                if (sub.getSubcommands().keySet().stream().allMatch("help"::equals)) {
                    names.add(path);
                }
                collect(sub, path, names);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpExplainsTheCommandWithAnExample(String command) {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        Run run;
        try {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            run = Run.wfm(args.toArray(String[]::new));
        } finally {
            System.setErr(systemErr);
        }
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(warnings.toString(StandardCharsets.UTF_8).contains("WARN"), command + ": " + warnings);
        assertTrue(run.out().contains("Usage: wfm " + command), run.out());
        assertTrue(run.out().contains("Example"), "wfm " + command + " --help shows no example:\n" + run.out());
    }
}
