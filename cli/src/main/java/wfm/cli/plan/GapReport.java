package wfm.cli.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import wfm.cli.io.TextTable;
import wfm.scheduling.capacity.HeadcountGap;

/** The headcount gap in the planner's words: what is missing, when, and what closes it (hires, overtime). */
final class GapReport {
    private GapReport() {
    }

    static String text(Certification.Outcome certified, double maxAbandon) {
        HeadcountGap gap = certified.gap();
        if (!gap.exists()) {
            return String.format(Locale.ROOT, "The roster covers the requirement (in rostered heads) everywhere, yet "
                    + "the risk stays too high on those days: allow more re-planning rounds (--rounds), or check the "
                    + "patience and forecast assumptions.%n");
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "The agent pool cannot supply the hours: %,.0f rostered agent-hours of "
                        + "the requirement are uncovered over the %d days (the requirement grossed up x %.3f for "
                        + "absence and off-phone time).%n", gap.shortAgentHours(), gap.days(), certified.grossUp()));
        s.append(byDayAndBand(gap));
        s.append(String.format(Locale.ROOT, "To close it: at least %d full-time hire(s) at the pool's typical "
                        + "contract (%.0f h a week, %.0f h each over the %d days), or overtime: the %d agents may add "
                        + "up to %.1f h a week each (%.0f h a month, PRC Labour Law art. 41), at most %,.0f "
                        + "agent-hours, which could close %,.0f of the gap and leave %d hire(s).%n", gap.hires(),
                gap.typicalHoursPerWeek(), gap.hoursPerHire(), gap.days(), gap.agents(),
                gap.overtime().hoursPerWeek(), gap.overtime().hoursPerMonth(), gap.overtimeAgentHours(),
                gap.closableByOvertime(), gap.hiresAfterOvertime()));
        certified.overtime().ifPresent(o -> {
            HeadcountGap left = o.gapLeft();
            s.append(String.format(Locale.ROOT, "Overtime option (%s, NOT the plan's roster: every contract's "
                            + "maximum raised by the allowance): %,.0f agent-hours still uncovered%s; re-simulated, ",
                    o.roster().getFileName(), left.shortAgentHours(), left.exists()
                            ? String.format(Locale.ROOT, " (%d more full-time hire(s))", left.hires()) : ""));
            s.append(o.judged().holds()
                    ? String.format(Locale.ROOT, "it holds: abandonment stays under %s on every day.%n",
                    pct(maxAbandon))
                    : String.format(Locale.ROOT, "it still misses on %s.%n", String.join(", ",
                    o.judged().missedDays().stream().map(LocalDate::toString).toList())));
        });
        return s.toString();
    }

    /** Agent-hours short per day and band: one row per day with a gap. */
    static String byDayAndBand(HeadcountGap gap) {
        Map<LocalDate, double[]> days = new TreeMap<>();
        Map<LocalDate, String> worst = new TreeMap<>();
        Map<LocalDate, Double> worstAgents = new TreeMap<>();
        for (HeadcountGap.BandGap b : gap.bands()) {
            days.computeIfAbsent(b.date(), d -> new double[HeadcountGap.TimeBand.values().length])[b.band().ordinal()]
                    = b.shortAgentHours();
            if (b.worstShortAgents() > worstAgents.getOrDefault(b.date(), 0.0)) {
                worstAgents.put(b.date(), b.worstShortAgents());
                worst.put(b.date(), String.format(Locale.ROOT, "%s (%.1f)", b.worstAt().toLocalTime(),
                        b.worstShortAgents()));
            }
        }
        List<String> header = new ArrayList<>(List.of("date"));
        for (HeadcountGap.TimeBand band : HeadcountGap.TimeBand.values()) {
            header.add(band.hours());
        }
        header.addAll(List.of("agent-h short", "most short at (agents)"));
        TextTable t = new TextTable(header);
        days.forEach((date, h) -> {
            List<String> row = new ArrayList<>(List.of(date.toString()));
            double total = 0;
            for (double v : h) {
                row.add(v > 0 ? String.format(Locale.ROOT, "%.1f", v) : "");
                total += v;
            }
            row.add(String.format(Locale.ROOT, "%.1f", total));
            row.add(worst.getOrDefault(date, ""));
            t.add(row);
        });
        return t.toString() + "\n";
    }

    private static String pct(double share) {
        return wfm.cli.io.Numbers.percent(share);
    }
}
