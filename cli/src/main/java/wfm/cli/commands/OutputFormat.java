package wfm.cli.commands;

/** How a command prints its result on standard output. */
public enum OutputFormat {
    /** Aligned columns for people. */
    TABLE,
    /** RFC 4180 CSV with a header row. */
    CSV,
    /** One JSON object and nothing else on standard output. */
    JSON
}
