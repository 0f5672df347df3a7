package wfm.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.io.AtomicFiles;
import wfm.cli.io.CallsCsv;
import wfm.cli.io.CsvWriter;
import wfm.cli.io.HistoryCsv;
import wfm.cli.io.Numbers;
import wfm.cli.io.TextTable;
import wfm.cli.options.DurationConverter;
import wfm.forecasting.calls.CallAggregator;
import wfm.forecasting.calls.CallRecord;
import wfm.forecasting.calls.PatienceEstimate;

@Command(name = "calls", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turn call-by-call records into interval history (offered, handled, abandoned, AHT per "
                + "queue and interval, by arrival time) and estimate each queue's patience.",
                "Patience is a Kaplan-Meier estimate: a call that abandoned after waiting w shows patience w, an "
                        + "answered call only shows patience > w (censored). The exponential mean (total wait / "
                        + "abandoned calls) is the patience to give 'wfm erlang --model erlang-a --patience'."},
        footer = {"", "Example:", "  wfm calls --calls calls.csv --interval 30m --out history.csv",
                "  wfm forecast --history history.csv --horizon 7d"})
public final class CallsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--calls", required = true, paramLabel = "FILE",
            description = "Call records: call_id, queue, arrival_time, answer_time, end_time, outcome.")
    Path calls;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class,
            description = "Interval length of the history (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "history.csv",
            description = "Where to write the interval history (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "How to print the per-queue summary: table, csv or json.")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        long minutes = interval.toMinutes();
        if (minutes <= 0 || interval.toSeconds() % 60 != 0 || 1440 % minutes != 0) {
            throw new BadInputException("--interval: expected whole minutes that divide a day, e.g. 15m or 30m");
        }
        List<CallRecord> records = CallsCsv.read(calls);
        if (records.isEmpty()) {
            throw new BadInputException(calls + ": no call records");
        }
        List<CallAggregator.IntervalRow> rows = CallAggregator.aggregate(records, (int) minutes);
        AtomicFiles.writeText(out, w -> {
            CsvWriter csv = new CsvWriter(w).row(HistoryCsv.COLUMNS);
            for (CallAggregator.IntervalRow r : rows) {
                csv.row(r.intervalStart(), r.queue(), r.offered(), r.handled(), r.abandoned(),
                        Double.isNaN(r.ahtSeconds()) ? "" : Numbers.format(Math.round(r.ahtSeconds() * 10) / 10.0));
            }
        });
        List<PatienceEstimate> patience = CallAggregator.patience(records);
        print(patience);
        return ExitCode.OK;
    }

    private void print(List<PatienceEstimate> patience) throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        switch (format) {
            case CSV -> {
                java.io.StringWriter text = new java.io.StringWriter();
                CsvWriter csv = new CsvWriter(text).row("queue", "calls", "abandoned", "abandon_rate",
                        "patience_median_seconds", "patience_restricted_mean_seconds", "patience_exponential_mean_seconds");
                for (PatienceEstimate p : patience) {
                    csv.row(p.queue(), p.calls(), p.abandoned(), Numbers.format(p.abandoned() / (double) p.calls()),
                            Numbers.format(p.medianSeconds()), Numbers.format(p.restrictedMeanSeconds()),
                            Double.isInfinite(p.exponentialMeanSeconds()) ? "" : Numbers.format(p.exponentialMeanSeconds()));
                }
                o.print(text);
            }
            case JSON -> {
                List<Object> queues = new ArrayList<>();
                for (PatienceEstimate p : patience) {
                    Map<String, Object> q = new LinkedHashMap<>();
                    q.put("queue", p.queue());
                    q.put("calls", p.calls());
                    q.put("abandoned", p.abandoned());
                    q.put("abandon_rate", p.abandoned() / (double) p.calls());
                    q.put("patience_median_seconds", finite(p.medianSeconds()));
                    q.put("patience_restricted_mean_seconds", finite(p.restrictedMeanSeconds()));
                    q.put("patience_exponential_mean_seconds", finite(p.exponentialMeanSeconds()));
                    queues.add(q);
                }
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("out", out.toString());
                json.put("queues", queues);
                o.println(new ObjectMapper().writeValueAsString(json));
            }
            default -> {
                TextTable t = new TextTable(List.of("queue", "calls", "abandoned", "abandon rate",
                        "patience median (KM)", "patience exp. mean"));
                for (PatienceEstimate p : patience) {
                    t.add(List.of(p.queue(), String.format("%,d", p.calls()), String.format("%,d", p.abandoned()),
                            String.format("%.1f%%", 100.0 * p.abandoned() / p.calls()),
                            Double.isNaN(p.medianSeconds()) ? "not reached" : String.format("%.0fs", p.medianSeconds()),
                            Double.isInfinite(p.exponentialMeanSeconds()) ? "no abandons"
                                    : String.format("%.0fs", p.exponentialMeanSeconds())));
                }
                o.print(t);
            }
        }
        o.flush();
        spec.commandLine().getErr().println("wrote " + out);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
