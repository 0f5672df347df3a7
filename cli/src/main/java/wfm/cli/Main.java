package wfm.cli;

/** Entry point of the {@code wfm} command. The only place that exits the JVM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(Wfm.commandLine().execute(args));
    }
}
