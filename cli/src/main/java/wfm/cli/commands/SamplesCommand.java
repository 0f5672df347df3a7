package wfm.cli.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wfm.cli.BadInputException;
import wfm.cli.ExitCode;
import wfm.cli.io.AtomicFiles;
import wfm.cli.io.CsvWriter;
import wfm.cli.io.Numbers;
import wfm.forecasting.samples.ChineseHolidays;
import wfm.forecasting.samples.SampleHotline;
import wfm.forecasting.samples.TrafficGenerator;
import wfm.forecasting.series.HolidayCalendar;

@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "The sample hotlines in data-samples/: regenerate them from the seeded traffic generator.",
        subcommands = {SamplesListCommand.class, SamplesCommand.Generate.class, CommandLine.HelpCommand.class})
public final class SamplesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Write history.csv (30-minute intervals), holidays.csv and README.md of the sample "
                    + "hotlines into DIR/NAME/. The same seed always gives the same files."},
            footer = {"", "Example:", "  wfm samples generate --dir data-samples --seed 1"})
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--sample", paramLabel = "NAME", split = ",",
                description = "Which samples, comma-separated: hotline-95504, hotline-10086, hotline-10010, "
                        + "hotline-crgas, hotline-hebei (default: all).")
        List<String> samples;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = "data-samples",
                description = "Parent folder (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--from", paramLabel = "DATE", defaultValue = "2024-12-01",
                description = "First day of history (default: ${DEFAULT-VALUE}).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", defaultValue = "2026-11-30",
                description = "Last day of history (default: ${DEFAULT-VALUE}).")
        LocalDate to;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
                description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            if (to.isBefore(from)) {
                throw new BadInputException("--to " + to + " is before --from " + from);
            }
            List<SampleHotline> chosen = new ArrayList<>();
            for (SampleHotline h : SampleHotline.all()) {
                if (samples == null || samples.contains(h.name())) {
                    chosen.add(h);
                }
            }
            if (samples != null && chosen.size() != samples.size()) {
                throw new BadInputException("--sample " + String.join(",", samples) + ": expected names among "
                        + String.join(", ", SampleHotline.all().stream().map(SampleHotline::name).toList()));
            }
            HolidayCalendar holidays = TrafficGenerator.chineseCalendar();
            for (SampleHotline h : chosen) {
                Path folder = dir.resolve(h.name());
                long[] rows = {0};
                long[] calls = {0};
                AtomicFiles.writeText(folder.resolve("history.csv"), out -> {
                    CsvWriter csv = new CsvWriter(out).row("interval_start", "queue", "offered", "handled",
                            "abandoned", "aht_seconds");
                    TrafficGenerator.generate(h, from, to, 30, holidays, seed, r -> {
                        try {
                            csv.row(r.intervalStart(), r.queue(), r.offered(), r.handled(), r.abandoned(),
                                    Double.isNaN(r.ahtSeconds()) ? "" : Numbers.format(Math.round(r.ahtSeconds() * 10) / 10.0));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        rows[0]++;
                        calls[0] += r.offered();
                    });
                });
                AtomicFiles.writeText(folder.resolve("holidays.csv"), out -> {
                    CsvWriter csv = new CsvWriter(out).row("date", "name", "kind");
                    for (ChineseHolidays.Day d : ChineseHolidays.all()) {
                        csv.row(d.date(), d.name(), d.kind().name().toLowerCase(java.util.Locale.ROOT));
                    }
                });
                long days = to.toEpochDay() - from.toEpochDay() + 1;
                AtomicFiles.writeText(folder.resolve("README.md"), out -> out.write(readme(h, days, rows[0], calls[0])));
                spec.commandLine().getOut().printf("%s: %,d rows, %,d calls (%,.0f a day), %s .. %s, seed %d%n", folder,
                        rows[0], calls[0], calls[0] / (double) days, from, to, seed);
            }
            return ExitCode.OK;
        }

        private String readme(SampleHotline h, long days, long rows, long calls) {
            StringBuilder q = new StringBuilder();
            for (SampleHotline.Queue queue : h.queues()) {
                q.append(String.format("| `%s` | %.0f%% | %.0f s |%n", queue.name(), 100 * queue.share(),
                        queue.ahtSeconds()));
            }
            String hours = h.closeHour() - h.openHour() == 24 ? "24 hours" : String.format("%02d:00-%02d:00",
                    h.openHour(), h.closeHour());
            double[] w = h.weekdayFactors();
            return "# " + h.name() + " (synthetic)\n\n"
                    + "A synthetic sample: " + h.description() + ". Made by the project's seeded traffic generator "
                    + "(`wfm.forecasting.samples.TrafficGenerator`), not real data. Regenerate with:\n\n"
                    + "```bash\n./wfm samples generate --sample " + h.name() + " --dir data-samples --from " + from
                    + " --to " + to + " --seed " + seed + "\n```\n\n"
                    + "| file | what |\n|---|---|\n"
                    + String.format("| `history.csv` | %,d rows: %d days (%s .. %s) of 30-minute intervals, open %s, "
                    + "%,d calls (%,.0f a day, %,.0f a month) |%n", rows, days, from, to, hours, calls,
                    calls / (double) days, calls / (double) days * 30.44)
                    + "| `holidays.csv` | Chinese public holidays and make-up workdays (调休) 2024-2026, as announced by "
                    + "the State Council (`kind` = holiday or workday) |\n\n"
                    + "## Queues\n\n| queue | share of calls | mean handle time |\n|---|---|---|\n" + q + "\n"
                    + "## What the generator puts in (so a forecast can be checked against it)\n\n"
                    + String.format("- Ordinary Wednesday: %,.0f calls (all queues) at the start, growing %.0f%% a "
                    + "year.%n", h.wednesdayCalls(), 100 * h.trendPerYear())
                    + String.format("- Day of week (Mon..Sun): %.2f %.2f %.2f %.2f %.2f %.2f %.2f.%n", w[0], w[1], w[2],
                    w[3], w[4], w[5], w[6])
                    + (h.lastDayFactors()[1] > 1 ? String.format("- Billing surge: second-last and last day of the "
                    + "month x%.2f, x%.2f; first three days x%.2f, x%.2f, x%.2f (abandonment rises on these days).%n",
                    h.lastDayFactors()[0], h.lastDayFactors()[1], h.firstDayFactors()[0], h.firstDayFactors()[1],
                    h.firstDayFactors()[2]) : "- No month-edge surge.\n")
                    + String.format("- Public holidays: x%.2f of a Wednesday; make-up workdays behave like a Monday; "
                    + "the month-edge surge multiplies on top.%n", h.holidayFactor())
                    + String.format("- Over-dispersion: each day's level is gamma-distributed with mean 1 and "
                    + "coefficient of variation %.0f%%; interval counts are Poisson around it.%n", 100 * h.dailyCv())
                    + String.format("- Abandonment %.0f%% of offered calls; interval AHT is the mean of lognormal "
                    + "handle times (CV 0.8) of the handled calls, empty when none was handled.%n",
                    100 * h.abandonRate())
                    + "\nThe history ends on " + to + ", so a planner can forecast the next month:\n\n```bash\n"
                    + "./wfm forecast --history data-samples/" + h.name() + "/history.csv --holidays data-samples/"
                    + h.name() + "/holidays.csv --start " + to.plusDays(1) + " --horizon "
                    + to.plusDays(1).lengthOfMonth() + "d --out forecast.csv --chart forecast.png\n```\n";
        }
    }
}
