package wfm.cli.commands;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;
import wfm.cli.BadInputException;
import wfm.cli.workspace.Workspace;

/** {@code --workspace DIR}: where the workspace is; by default the current folder or its nearest parent with one. */
public final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
            description = "The workspace folder (holding " + Workspace.FILE_NAME + "). "
                    + "Default: the current folder or its nearest parent that has one.")
    Path dir;

    /** The workspace folder, if one was named or the current folder is inside one. */
    public Optional<Path> find() {
        if (dir != null) {
            return Optional.of(dir);
        }
        return Workspace.find(Path.of(""));
    }

    /** The workspace folder; bad input when there is none. */
    public Path require() {
        return find().orElseThrow(() -> new BadInputException(
                "no workspace here: create one with 'wfm init DIR' and run inside it, or name it with --workspace DIR"));
    }
}
