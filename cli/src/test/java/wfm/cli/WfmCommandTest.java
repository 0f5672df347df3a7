package wfm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WfmCommandTest {

    @Test
    void versionPrintsTheToolName() {
        Run run = Run.wfm("--version");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().startsWith("wfm "), run.out());
    }

    @Test
    void unknownOptionIsBadUsageWithOneLineAndAHint() {
        Run run = Run.wfm("--no-such-option");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("wfm: Unknown option: '--no-such-option'"), run.err());
        assertTrue(run.err().contains("Try 'wfm --help'"), run.err());
        assertFalse(run.err().contains("at wfm."), "no stack trace without --verbose: " + run.err());
    }

    @Test
    void helpListsTheCommands() {
        Run run = Run.wfm("--help");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("Usage: wfm"), run.out());
    }
}
