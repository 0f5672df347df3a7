package wfm.cli.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files atomically: into a temporary file beside the target, then renamed over it, so a failed or
 * interrupted write never leaves a half-written file and never destroys the previous one.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Body<T> {
        void writeTo(T out) throws IOException;
    }

    public static void writeText(Path target, Body<BufferedWriter> body) {
        writeBytes(target, out -> {
            BufferedWriter writer = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.writeTo(writer);
            writer.flush();
        });
    }

    /** Temporary files are private (rw-------); the file a user asked for gets the target's or the usual rw-r--r--. */
    private static void readableLikeAnyNewFile(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    public static void writeBytes(Path target, Body<OutputStream> body) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            readableLikeAnyNewFile(temp, absolute);
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the rename succeeded or the write failed; either way nothing else to do
                }
            }
        }
    }
}
