package wfm.cli.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import wfm.cli.BadInputException;
import wfm.cli.io.AtomicFiles;

/**
 * The sample hotlines shipped inside the tool (from {@code data-samples/}, listed in its {@code samples.csv}).
 * A sample is unpacked into a folder before use, so every stage reads ordinary files.
 */
public final class Samples {
    /** The files a hotline folder may hold. */
    public static final List<String> FILES = List.of("README.md", "plan.yaml", "history.csv", "holidays.csv",
            "calls.csv", "agents.csv", "shifts.csv", "unavailability.csv");

    /** A sample's name and what it models. */
    public record Sample(String name, String description) {
    }

    private Samples() {
    }

    /** Every sample, in catalogue order ({@code samples.csv}: name, then the description after the first comma). */
    public static List<Sample> list() {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/samples.csv")) {
            if (in == null) {
                throw new IllegalStateException("the tool was built without its samples (/samples/samples.csv)");
            }
            List<Sample> samples = new ArrayList<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .forEach(l -> samples.add(new Sample(l.substring(0, l.indexOf(',')).trim(),
                            l.substring(l.indexOf(',') + 1).trim().replaceAll("^\"|\"$", ""))));
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacks a sample's files into {@code folder}; bad input naming the samples there are when it is unknown. */
    public static Path unpack(String name, Path folder) {
        if (list().stream().noneMatch(s -> s.name().equals(name))) {
            throw new BadInputException("--sample: '" + name + "' is not a sample hotline; there are: "
                    + String.join(", ", list().stream().map(Sample::name).toList()));
        }
        for (String file : FILES) {
            try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name + "/" + file)) {
                if (in != null) {
                    byte[] bytes = in.readAllBytes();
                    AtomicFiles.writeBytes(folder.resolve(file), out -> out.write(bytes));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
