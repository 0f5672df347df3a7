package wfm.cli.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import wfm.cli.io.RosterCsv;

/**
 * What a roster puts on the floor, read back from {@code roster.csv}: agents on duty (on shift and not on a
 * break) per interval, and paid agent-hours per day. Partial presence counts pro rata, so an agent who starts
 * 15 minutes into a 30-minute interval counts as half an agent there.
 */
public final class RosterCoverage {
    private RosterCoverage() {
    }

    /** Agents on duty in each interval {@code [t, t + length)} from {@code first} for {@code count} intervals. */
    public static double[] onDuty(List<RosterCsv.Row> roster, LocalDateTime first, Duration length, int count) {
        double[] agents = new double[count];
        double len = length.toSeconds();
        for (RosterCsv.Row r : roster) {
            addPresence(agents, first, len, r.start(), r.end(), +1);
            for (RosterCsv.Break b : r.breaks()) {
                addPresence(agents, first, len, b.start(), b.end(), -1);
            }
        }
        return agents;
    }

    private static void addPresence(double[] agents, LocalDateTime first, double len, LocalDateTime from,
                                    LocalDateTime to, int sign) {
        double a = Duration.between(first, from).toSeconds() / len;
        double b = Duration.between(first, to).toSeconds() / len;
        for (int i = Math.max(0, (int) Math.floor(a)); i < Math.min(agents.length, Math.ceil(b)); i++) {
            agents[i] += sign * (Math.min(b, i + 1) - Math.max(a, i));
        }
    }

    /** Paid hours (shift less unpaid breaks) per working day, by the roster row's date. */
    public static Map<LocalDate, Double> paidHoursPerDay(List<RosterCsv.Row> roster) {
        Map<LocalDate, Double> hours = new TreeMap<>();
        for (RosterCsv.Row r : roster) {
            double seconds = Duration.between(r.start(), r.end()).toSeconds();
            for (RosterCsv.Break b : r.breaks()) {
                seconds -= Duration.between(b.start(), b.end()).toSeconds();
            }
            hours.merge(r.date(), seconds / 3600.0, Double::sum);
        }
        return hours;
    }
}
