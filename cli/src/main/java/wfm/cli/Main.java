package wfm.cli;

import picocli.CommandLine;

/** Entry point of the {@code wfm} command. The only place that exits the JVM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = Wfm.commandLine();
        int code = Wfm.execute(cli, java.nio.file.Path.of(""), args);
        cli.getOut().flush(); // print() does not flush an autoflush PrintWriter, and exit() would drop what is buffered
        cli.getErr().flush();
        System.exit(code);
    }
}
