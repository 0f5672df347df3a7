package wfm.cli.commands;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wfm.cli.BadInputException;
import wfm.cli.io.AgentsCsv;
import wfm.cli.io.RosterCsv;
import wfm.cli.io.RosterExports;

/** {@code wfm export}: results in the formats supervisors open. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export results for supervisors (spreadsheets, calendars).",
        subcommands = {ExportCommand.Roster.class, CommandLine.HelpCommand.class})
public final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Formats of {@code wfm export roster}. */
    public enum Format { csv, xlsx, ics }

    @Command(name = "roster", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Export a roster.csv as a grid of agents x days (CSV), an Excel workbook with one sheet "
                    + "per week, or an iCalendar file with one event per shift per agent."},
            footer = {"", "Examples:",
                    "  wfm export roster --roster roster.csv --format xlsx --out roster.xlsx",
                    "  wfm export roster --roster roster.csv --format ics --tzid Asia/Shanghai --agent A007 --out A007.ics"})
    static final class Roster implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--roster", required = true, paramLabel = "FILE", description = "roster.csv to export.")
        Path roster;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, xlsx or ics.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: roster-export.FORMAT).")
        Path out;

        @Option(names = "--agents", paramLabel = "FILE",
                description = "agents.csv, for names (and to list agents with no shift).")
        Path agents;

        @Option(names = "--agent", paramLabel = "ID", description = "Only this agent's shifts (e.g. a personal calendar).")
        String agent;

        @Option(names = "--tzid", paramLabel = "ZONE",
                description = "iCalendar: time zone of the times, e.g. Asia/Shanghai; the file then embeds the zone's "
                        + "VTIMEZONE (default: floating local time).")
        String tzid;

        @Override
        public Integer call() {
            List<RosterCsv.Row> rows = RosterCsv.read(roster);
            Map<String, String> names = new LinkedHashMap<>();
            if (agents != null) {
                AgentsCsv.read(agents).forEach(a -> names.put(a.agentId(), a.name()));
            }
            if (agent != null) {
                rows = rows.stream().filter(r -> r.agentId().equals(agent)).toList();
                if (rows.isEmpty()) {
                    throw new BadInputException("--agent " + agent + ": the roster " + roster + " has no shift for this agent");
                }
                names.keySet().retainAll(List.of(agent));
            }
            if (tzid != null) {
                try {
                    java.time.ZoneId.of(tzid);
                } catch (java.time.DateTimeException e) {
                    throw new BadInputException("--tzid '" + tzid + "' is not a time zone (expected e.g. Asia/Shanghai)");
                }
            }
            Path target = out != null ? out : Path.of("roster-export." + format.name().toLowerCase(Locale.ROOT));
            switch (format) {
                case csv -> RosterExports.writeGridCsv(target, rows, names);
                case xlsx -> RosterExports.writeXlsx(target, rows, names);
                case ics -> RosterExports.writeIcs(target, rows, names, tzid, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "Exported %d shifts to %s%n", rows.size(), target);
            return 0;
        }
    }
}
