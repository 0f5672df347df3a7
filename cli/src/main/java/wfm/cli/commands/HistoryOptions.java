package wfm.cli.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import picocli.CommandLine.Option;
import wfm.cli.BadInputException;
import wfm.cli.io.HistoryCsv;
import wfm.cli.io.HolidaysCsv;
import wfm.cli.options.DurationConverter;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

/** The inputs every forecasting command reads: interval history, holidays, and an optional coarser interval. */
public final class HistoryOptions {
    @Option(names = "--history", required = true, paramLabel = "FILE",
            description = "Interval history (interval_start, queue, offered, handled, abandoned, aht_seconds); "
                    + "any interval length, several queues.")
    Path history;

    @Option(names = "--holidays", paramLabel = "FILE",
            description = "Holidays file (date, name, kind = holiday|workday); workday = make-up working day.")
    Path holidays;

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Aggregate the history to this coarser interval first, e.g. 30m (default: the file's own).")
    Duration interval;

    @Option(names = "--queue", paramLabel = "NAME", split = ",",
            description = "Only these queues (comma-separated; default: every queue in the history).")
    List<String> queues;

    /** The history's series, aggregated and filtered as asked. */
    public List<IntervalSeries> series() {
        int minutes = 0;
        if (interval != null) {
            long m = interval.toMinutes();
            if (m <= 0 || interval.toSeconds() % 60 != 0 || 1440 % m != 0) {
                throw new BadInputException("--interval " + interval.toMinutes() + "m: expected whole minutes that "
                        + "divide a day, e.g. 15m, 30m or 1h");
            }
            minutes = (int) m;
        }
        List<IntervalSeries> all = HistoryCsv.read(history, minutes);
        if (queues == null) {
            return all;
        }
        for (String q : queues) {
            if (all.stream().noneMatch(s -> s.queue().equals(q))) {
                throw new BadInputException("--queue " + q + ": not in " + history + " (queues: "
                        + String.join(", ", all.stream().map(IntervalSeries::queue).toList()) + ")");
            }
        }
        return all.stream().filter(s -> queues.contains(s.queue())).toList();
    }

    public HolidayCalendar calendar() {
        return holidays == null ? HolidayCalendar.NONE : HolidaysCsv.read(holidays);
    }

    /** A whole number of days from a duration option. */
    static int days(String option, Duration d) {
        if (d.isNegative() || d.isZero() || d.toHours() % 24 != 0 || d.toSeconds() % 3600 != 0) {
            throw new BadInputException(option + " " + d.toHours() + "h: expected a whole number of days, e.g. 7d or 31d");
        }
        return (int) d.toDays();
    }
}
