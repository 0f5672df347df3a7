package wfm.cli.commands;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wfm.cli.ExitCode;
import wfm.cli.io.Numbers;
import wfm.cli.options.AgentRange;
import wfm.cli.options.Percent;
import wfm.forecasting.erlang.BlockingRecursion;
import wfm.forecasting.erlang.Performance;
import wfm.forecasting.erlang.QueueModel;
import wfm.forecasting.erlang.Requirement;
import wfm.forecasting.erlang.Shrinkage;
import wfm.forecasting.erlang.StaffingSolver;

/** {@code wfm erlang}: agents needed for one interval, and how given agent counts perform. */
@Command(name = "erlang",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "Agents needed on the phones for one interval (Erlang C, or Erlang A with --patience), and how "
                        + "given agent counts perform.",
                "",
                "The required agents are the fewest that meet every target given (--target, --max-asa, "
                        + "--max-occupancy, --max-abandon) and only those: no target applies by default. "
                        + "--agents alone evaluates the given counts.",
                "",
                "Measures: P(wait) = share of callers who find every agent busy; service level = share of ALL "
                        + "offered callers answered within the target time (under Erlang A, callers who hang up "
                        + "count as not answered in time); ASA = mean wait of answered callers, in seconds; "
                        + "occupancy = share of agent time on calls; abandoned = share of callers who hang up "
                        + "(Erlang A). Under Erlang C, agents at or below the load give unbounded waits.",
                ""},
        footer = {"",
                "Example: wfm erlang --calls 100 --period 30m --aht 180s --target 80/20s --max-occupancy 85%% "
                        + "--shrinkage 30%%",
                "Exit codes: 0 ok, 2 bad input, 3 no agent count can meet the targets."})
public final class ErlangCommand implements Callable<Integer> {

    @CommandLine.Mixin
    StaffingOptions staffing;

    @Option(names = "--calls", required = true, paramLabel = "N",
            description = "Calls offered in the period (a number >= 0; may be fractional, e.g. a forecast).")
    double calls;

    @Option(names = "--period", required = true, paramLabel = "DURATION",
            converter = wfm.cli.options.DurationConverter.class,
            description = "Length of the period the calls arrive in, e.g. 30m, 15m, 1h.")
    Duration period;

    @Option(names = "--aht", required = true, paramLabel = "DURATION",
            converter = wfm.cli.options.DurationConverter.class,
            description = "Average handle time per call (talk + hold + wrap-up), e.g. 180s or 3m.")
    Duration aht;

    @Option(names = "--agents", paramLabel = "FROM..TO", converter = AgentRange.Converter.class,
            description = "Agent counts to show, e.g. 11..14 or 13 (default: a few counts around the "
                    + "requirement, or around the load when no target is given).")
    AgentRange agents;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: table (for people), csv or json (one object on standard output). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Output formats. */
    public enum Format { table, csv, json }

    @Override
    public Integer call() throws Exception {
        if (!(calls >= 0) || Double.isInfinite(calls)) {
            throw bad("--calls", Numbers.format(calls), "a number of calls of at least 0");
        }
        StaffingOptions.requirePositive(spec, "--period", period);
        StaffingOptions.requirePositive(spec, "--aht", aht);
        staffing.validate(spec);
        double periodSeconds = period.toNanos() / 1e9;
        double ahtSeconds = aht.toNanos() / 1e9;
        double load = calls * ahtSeconds / periodSeconds;

        Integer required = null;
        if (staffing.hasTargets() && load > 0) {
            QueueModel model = staffing.model(load, ahtSeconds);
            required = StaffingOptions.solve(model, staffing.targets()).agents();
        } else if (staffing.hasTargets()) {
            required = 0;
        }
        List<Performance> rows = new ArrayList<>();
        if (load > 0) {
            QueueModel model = staffing.model(load, ahtSeconds);
            AgentRange shown = agents != null ? agents : window(required, load);
            BlockingRecursion cursor = BlockingRecursion.at(load, shown.from());
            for (int n = shown.from(); ; n++) {
                rows.add(model.performance(cursor));
                if (n == shown.to()) {
                    break;
                }
                cursor.advance();
            }
        }
        Shrinkage shrinkage = staffing.shrinkage();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> printJson(out, load, required, shrinkage, rows);
            case csv -> printCsv(out, rows);
            default -> printTable(out, load, ahtSeconds, required, shrinkage, rows);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Two counts either side of the requirement; without targets, the first counts above the load. */
    private static AgentRange window(Integer required, double load) {
        int centre = required != null ? required : (int) Math.floor(load) + 3;
        int from = Math.max(1, centre - 2);
        return new AgentRange(from, from + 4);
    }

    private CommandLine.ParameterException bad(String option, String value, String expected) {
        return new CommandLine.ParameterException(spec.commandLine(),
                "Invalid value for option '" + option + "': '" + value + "': expected " + expected);
    }

    private void printJson(PrintWriter out, double load, Integer required, Shrinkage shrinkage,
                           List<Performance> rows) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("model", staffing.modelName());
        root.put("offered_load_erlangs", load);
        if (required == null) {
            root.putNull("required_agents");
            root.putNull("scheduled_agents");
            root.putNull("scheduled_agents_rounded_up");
        } else {
            root.put("required_agents", required);
            root.put("scheduled_agents", shrinkage.scheduledAgents(required));
            root.put("scheduled_agents_rounded_up", shrinkage.scheduledAgentsRoundedUp(required));
        }
        root.put("shrinkage", shrinkage.share());
        ArrayNode array = root.putArray("rows");
        for (Performance p : rows) {
            ObjectNode row = array.addObject();
            row.put("agents", p.agents());
            row.put("p_wait", p.pWait());
            row.put("service_level", p.serviceLevel());
            putFinite(row, "asa_seconds", p.asaSeconds());
            row.put("occupancy", p.occupancy());
            row.put("answered_immediately", p.answeredImmediately());
            if (staffing.isErlangA()) {
                row.put("abandon_rate", p.abandonRate());
            } else {
                row.putNull("abandon_rate");
            }
        }
        out.println(mapper.writeValueAsString(root));
    }

    /** JSON has no infinity: an unbounded wait is written as null. */
    private static void putFinite(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private void printCsv(PrintWriter out, List<Performance> rows) {
        out.println("agents,p_wait,service_level,asa_seconds,occupancy,answered_immediately,abandon_rate");
        for (Performance p : rows) {
            out.println(p.agents() + "," + csv(p.pWait()) + "," + csv(p.serviceLevel()) + ","
                    + (Double.isFinite(p.asaSeconds()) ? csv(p.asaSeconds()) : "") + "," + csv(p.occupancy()) + ","
                    + csv(p.answeredImmediately()) + "," + (staffing.isErlangA() ? csv(p.abandonRate()) : ""));
        }
    }

    private static String csv(double value) {
        return Double.toString(value);
    }

    private void printTable(PrintWriter out, double load, double ahtSeconds, Integer required, Shrinkage shrinkage,
                            List<Performance> rows) {
        out.printf(Locale.ROOT, "%s: %s calls in %s, AHT %s -> offered load %s Erlangs%n",
                staffing.isErlangA() ? "Erlang A" : "Erlang C", Numbers.format(calls), StaffingOptions.human(period),
                StaffingOptions.human(aht), Numbers.format(load));
        if (staffing.isErlangA()) {
            out.printf(Locale.ROOT, "Mean patience: %s%n", StaffingOptions.human(staffing.patience()));
        }
        out.println("Targets: " + staffing.describeTargets());
        if (required != null) {
            String scheduled = shrinkage.share() > 0
                    ? String.format(Locale.ROOT, "; %d to schedule with %s shrinkage (%s unrounded)",
                    shrinkage.scheduledAgentsRoundedUp(required), Percent.format(shrinkage.share()),
                    Numbers.format(shrinkage.scheduledAgents(required)))
                    : "";
            out.printf(Locale.ROOT, "Required: %d agents on the phones%s%n", required, scheduled);
        }
        if (rows.isEmpty()) {
            return;
        }
        out.println();
        String serviceLevel = "within " + StaffingOptions.human(Duration.ofNanos(
                Math.round(staffing.model(load, ahtSeconds).answerWithinSeconds() * 1e9)));
        out.printf(Locale.ROOT, "%7s %8s %14s %9s %10s %21s %10s%n", "agents", "P(wait)", serviceLevel,
                "ASA", "occupancy", "answered immediately", "abandoned");
        for (Performance p : rows) {
            String asa = Double.isFinite(p.asaSeconds())
                    ? String.format(Locale.ROOT, "%.2f s", p.asaSeconds()) : "unbounded";
            out.printf(Locale.ROOT, "%7d %8s %14s %9s %10s %21s %10s%s%n", p.agents(), pct(p.pWait()),
                    pct(p.serviceLevel()), asa, pct(p.occupancy()), pct(p.answeredImmediately()),
                    staffing.isErlangA() ? pct(p.abandonRate()) : "-",
                    required != null && p.agents() == required ? "  <- required" : "");
        }
        if (!staffing.isErlangA() && rows.get(0).agents() <= load) {
            out.println("(agents at or below the offered load: under Erlang C the queue grows without bound)");
        }
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }
}
