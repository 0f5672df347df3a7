package wfm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command block of the repository's {@code README.md} runs as written, so the README cannot drift from the
 * tool. The blocks run in order, each in a fresh {@code bash -e} started in one folder that holds
 * {@code data-samples/} and an executable {@code ./wfm} (this build's classes, as the checkout's {@code ./wfm} runs
 * its jar); a block {@code ```csv file=NAME} (or {@code yaml}) is written there as {@code NAME} first. Every
 * {@code wfm} the blocks name must run and exit 0, or 1 where the example asks for a verdict ({@code wfm plan},
 * {@code --check}): a target missed on a sample is an answer, not a broken example. {@code ./mvnw verify} is the
 * build running this test and is not run again.
 */
@Tag("e2e")
class ReadmeExamplesTest {
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w*)([^\\n]*)\\n(.*?)^```[ \\t]*$");
    private static final Pattern FILE = Pattern.compile("file=(\\S+)");
    private static final Pattern WFM = Pattern.compile("(?m)(?:^|&&|;|\\|\\|)\\s*(?:\\./)?wfm\\s");
    private static final Pattern BUILD = Pattern.compile("(?m)^\\./mvnw verify\\b.*$");

    @TempDir
    Path dir;

    @Test
    void everyCommandBlockRunsAsWritten() throws IOException, InterruptedException {
        Path repo = Path.of("").toAbsolutePath().getParent();
        String readme = Files.readString(repo.resolve("README.md"));
        Path samples = Files.createSymbolicLink(dir.resolve("data-samples"), repo.resolve("data-samples"));
        Path calls = dir.resolve(".wfm-calls.log");
        writeWfm(calls);
        int blocks = 0;
        try {
            Matcher m = BLOCK.matcher(readme);
            while (m.find()) {
                String language = m.group(1);
                String body = m.group(3);
                Matcher file = FILE.matcher(m.group(2));
                if (file.find()) {
                    Files.writeString(dir.resolve(file.group(1)), body);
                } else if (language.equals("bash")) {
                    run(body, calls);
                    blocks++;
                }
            }
        } finally {
            Files.delete(samples); // the link only: JUnit's clean-up warns about links that leave the folder
        }
        assertTrue(blocks >= 6, "README's bash blocks found: " + blocks);
    }

    private void run(String block, Path calls) throws IOException, InterruptedException {
        String script = BUILD.matcher(block).replaceAll("");
        assertFalse(script.contains("./mvnw"), "only './mvnw verify' is skipped:\n" + block);
        long expected = WFM.matcher(script).results().count();
        assertTrue(expected > 0, "a README block of bash that runs no wfm command:\n" + block);
        long before = lines(calls).size();
        Path output = dir.resolve(".block-output.txt");
        Process bash = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean done = bash.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            bash.destroyForcibly();
        }
        String said = "block:\n" + block + "\noutput (last 3,000 characters):\n" + tail(Files.readString(output));
        assertTrue(done, "timed out: " + said);
        assertEquals(0, bash.exitValue(), said);
        List<String> ran = lines(calls).subList((int) before, lines(calls).size());
        assertEquals(expected, ran.size(), "every wfm command of the block ran: " + ran + "\n" + said);
        for (String call : ran) {
            String[] codeTimeArgs = call.split("\t", 3);
            int code = Integer.parseInt(codeTimeArgs[0]);
            String args = codeTimeArgs[2];
            System.out.printf("README: %6.1f s  wfm %s%n", Long.parseLong(codeTimeArgs[1]) / 1000.0, args);
            boolean verdict = args.startsWith("plan ") || args.contains("--check");
            assertTrue(code == ExitCode.OK || code == ExitCode.TARGET_MISSED && verdict,
                    "wfm " + args + " exited " + code + "\n" + said);
        }
    }

    /**
     * {@code ./wfm}: this build's classes, logging each exit code and run time (milliseconds); 1 (a target missed)
     * lets the block go on.
     */
    private void writeWfm(Path calls) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path wfm = dir.resolve("wfm");
        Files.writeString(wfm, String.join("\n",
                "#!/usr/bin/env bash",
                "start=$(date +%s%N)",
                "'" + java + "' -Djava.awt.headless=true -cp '" + System.getProperty("java.class.path")
                        + "' wfm.cli.Main \"$@\"",
                "code=$?",
                "printf '%s\\t%s\\t%s\\n' \"$code\" \"$(( ($(date +%s%N) - start) / 1000000 ))\" \"$*\" >> '"
                        + calls + "'",
                "if [ \"$code\" -eq 1 ]; then exit 0; fi",
                "exit \"$code\"", ""));
        assertTrue(wfm.toFile().setExecutable(true));
        Files.writeString(calls, "");
    }

    private static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file));
    }

    private static String tail(String text) {
        return text.length() <= 3000 ? text : text.substring(text.length() - 3000);
    }
}
