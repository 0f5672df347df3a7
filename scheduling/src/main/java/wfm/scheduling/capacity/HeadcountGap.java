package wfm.scheduling.capacity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import wfm.scheduling.solver.Coverage;

/**
 * What the agent pool cannot supply: the rostered agent-hours a requirement needs beyond what the roster puts on
 * shift, per day and time band, and what closes it: new full-time hires at the pool's typical contract, or overtime
 * of the agents already there.
 *
 * <p>The requirement is counted in rostered heads (agents on the phones grossed up by
 * {@link RosterShrinkage#grossUp()}), so the gap is in paid agent-hours on shift, the unit of contracts. Per queue
 * and interval the gap is {@code max(0, required - scheduled)} times the interval length (over-staffing of one queue
 * does not close another queue's gap: the roster gives each shift one queue).
 *
 * <p><b>Hires</b> = {@code ceil(gap / (typical weekly hours x days / 7))}, where the typical contract is the median
 * {@code max_hours_per_week} of the pool: a lower bound, since a new agent's shifts cover the short bands only as far
 * as the shift templates and rest rules allow. <b>Overtime</b> can close at most {@code agents x allowance over the
 * horizon} agent-hours ({@link OvertimeAllowance}); the roster re-planned with the allowance shows how much it really
 * closes.
 *
 * @param bands               agent-hours short per day and time band, only where some are short, in time order
 * @param shortAgentHours     total agent-hours short (rostered heads x hours)
 * @param days                days of the horizon
 * @param agents              agents in the pool
 * @param typicalHoursPerWeek median contract maximum of the pool (hours a week)
 * @param overtime            the overtime rule
 */
public record HeadcountGap(List<BandGap> bands, double shortAgentHours, int days, int agents,
                           double typicalHoursPerWeek, OvertimeAllowance overtime) {

    /** Below this many agent-hours a gap is rounding (a few minutes of one agent), not a gap. */
    public static final double NEGLIGIBLE_AGENT_HOURS = 0.5;

    /** The four six-hour bands of a day, as planners name them. */
    public enum TimeBand {
        NIGHT("00:00-06:00"), MORNING("06:00-12:00"), AFTERNOON("12:00-18:00"), EVENING("18:00-24:00");

        private final String hours;

        TimeBand(String hours) {
            this.hours = hours;
        }

        public String hours() {
            return hours;
        }

        static TimeBand of(LocalDateTime t) {
            return values()[t.getHour() / 6];
        }
    }

    /**
     * Agent-hours short in one band of one day, and its worst interval.
     *
     * @param worstShortAgents rostered heads missing in the worst interval of the band
     */
    public record BandGap(LocalDate date, TimeBand band, double shortAgentHours, LocalDateTime worstAt,
                          double worstShortAgents) {
    }

    public HeadcountGap {
        bands = List.copyOf(bands);
        if (days < 1) {
            throw new IllegalArgumentException("days (" + days + ") must be at least 1");
        }
        if (!(typicalHoursPerWeek > 0)) {
            throw new IllegalArgumentException("typical hours per week (" + typicalHoursPerWeek + ") must be > 0");
        }
    }

    /**
     * @param coverage        requirement (in rostered heads) against the roster, per queue and interval
     * @param maxHoursPerWeek each agent's contract maximum (paid hours a week; NaN = {@code defaultMaxHours})
     * @param defaultMaxHours the rules' maximum for agents whose contract does not say
     * @param days            days of the horizon
     */
    public static HeadcountGap of(Coverage coverage, List<Double> maxHoursPerWeek, double defaultMaxHours, int days,
                                  OvertimeAllowance overtime) {
        Map<LocalDate, double[][]> perDay = new TreeMap<>();
        Map<LocalDate, LocalDateTime[]> worstAt = new TreeMap<>();
        Map<LocalDateTime, Double> shortBySlot = new TreeMap<>();
        for (Coverage.Interval i : coverage.intervals()) {
            if (i.shortAgents() > 0) {
                shortBySlot.merge(i.start(), i.shortAgents(), Double::sum);
            }
        }
        double total = 0;
        int minutes = coverage.intervals().isEmpty() ? 0 : coverage.intervals().get(0).minutes();
        for (Map.Entry<LocalDateTime, Double> e : shortBySlot.entrySet()) {
            LocalDate date = e.getKey().toLocalDate();
            int band = TimeBand.of(e.getKey()).ordinal();
            double[][] d = perDay.computeIfAbsent(date, x -> new double[TimeBand.values().length][2]);
            double hours = e.getValue() * minutes / 60.0;
            d[band][0] += hours;
            total += hours;
            if (e.getValue() > d[band][1]) {
                d[band][1] = e.getValue();
                worstAt.computeIfAbsent(date, x -> new LocalDateTime[TimeBand.values().length])[band] = e.getKey();
            }
        }
        List<BandGap> bands = new ArrayList<>();
        perDay.forEach((date, d) -> {
            for (TimeBand b : TimeBand.values()) {
                if (d[b.ordinal()][0] > 0) {
                    bands.add(new BandGap(date, b, d[b.ordinal()][0], worstAt.get(date)[b.ordinal()],
                            d[b.ordinal()][1]));
                }
            }
        });
        return new HeadcountGap(bands, total, days, maxHoursPerWeek.size(), median(maxHoursPerWeek, defaultMaxHours),
                overtime);
    }

    /** Whether the pool leaves more than {@link #NEGLIGIBLE_AGENT_HOURS} of the requirement uncovered. */
    public boolean exists() {
        return shortAgentHours > NEGLIGIBLE_AGENT_HOURS;
    }

    /** Paid hours one full-time hire at the typical contract works over the horizon. */
    public double hoursPerHire() {
        return typicalHoursPerWeek * days / 7.0;
    }

    /** Full-time hires at the typical contract that would supply the missing hours (a lower bound, see above). */
    public int hires() {
        return hiresFor(shortAgentHours);
    }

    /** Agent-hours the pool's overtime allowance can add at most over the horizon. */
    public double overtimeAgentHours() {
        return agents * overtime.hoursOver(days);
    }

    /** Agent-hours that overtime could close at most: the gap, or the allowance if smaller. */
    public double closableByOvertime() {
        return Math.min(shortAgentHours, overtimeAgentHours());
    }

    /** Hires still needed when overtime closes {@link #closableByOvertime()}. */
    public int hiresAfterOvertime() {
        return hiresFor(shortAgentHours - closableByOvertime());
    }

    private int hiresFor(double agentHours) {
        return agentHours > NEGLIGIBLE_AGENT_HOURS ? (int) Math.ceil(agentHours / hoursPerHire() - 1e-9) : 0;
    }

    /** Contract maxima (hours a week) raised by the weekly overtime allowance: the pool as overtime lets it work. */
    public static List<Double> withOvertime(List<Double> maxHoursPerWeek, double defaultMaxHours,
                                            OvertimeAllowance overtime) {
        return maxHoursPerWeek.stream()
                .map(h -> (Double.isNaN(h) ? defaultMaxHours : h) + overtime.hoursPerWeek()).toList();
    }

    private static double median(List<Double> hours, double fallback) {
        double[] h = hours.stream().mapToDouble(x -> Double.isNaN(x) ? fallback : x).sorted().toArray();
        if (h.length == 0) {
            return fallback;
        }
        return h.length % 2 == 1 ? h[h.length / 2] : (h[h.length / 2 - 1] + h[h.length / 2]) / 2;
    }
}
