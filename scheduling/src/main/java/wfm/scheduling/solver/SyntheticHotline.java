package wfm.scheduling.solver;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import wfm.scheduling.domain.ShiftTemplate;

/**
 * A reproducible made-up hotline for tests, benchmarks and comparisons: a 24-hour or day-time intraday curve
 * (night trough, peaks at 10:00 and 15:00, weekends lighter, month-end surge) per queue, agents with 32–40 h
 * contracts, some multi-skilled, and a set of shift templates. The requirement is scaled so the agents can
 * cover about {@code loadShare} of it: above 1 the centre is short-staffed, as real ones often are.
 */
public final class SyntheticHotline {
    private SyntheticHotline() {
    }

    /**
     * @param agents     number of agents
     * @param days       horizon length from {@code firstDay}
     * @param slotMinutes 15 or 30
     * @param queues     queue names; the first carries 70% of the work when there are two or more
     * @param allDay     24-hour operation (night shifts) or 08:00–20:00
     * @param loadShare  required agent-hours / what the agents' maximum contract hours can cover
     */
    public static RosterRequest request(int agents, LocalDate firstDay, int days, int slotMinutes, List<String> queues,
                                        boolean allDay, double loadShare, long seed) {
        Random random = new Random(seed);
        List<ShiftTemplate> shifts = shifts(allDay);
        List<RosterRequest.AgentContract> contracts = new ArrayList<>();
        double supplyHoursPerDay = 0;
        for (int i = 0; i < agents; i++) {
            List<String> skills;
            if (queues.size() == 1) {
                skills = List.of(queues.get(0));
            } else if (i % 10 < 3) {
                skills = List.of(queues.get(0), queues.get(1 + i % (queues.size() - 1)));
            } else {
                skills = List.of(queues.get(i % 10 < 8 ? 0 : 1 + i % (queues.size() - 1)));
            }
            double max = i % 5 == 0 ? 32 : 40;
            contracts.add(new RosterRequest.AgentContract(String.format("A%03d", i + 1), null, skills, max - 8, max, 6));
            supplyHoursPerDay += max / 7;
        }
        int slotsPerDay = 1440 / slotMinutes;
        double[] profile = new double[slotsPerDay];
        double profileSum = 0;
        for (int s = 0; s < slotsPerDay; s++) {
            double hour = (s + 0.5) * slotMinutes / 60.0;
            double shape = 0.08 + Math.exp(-Math.pow((hour - 10.5) / 2.2, 2)) + 0.85 * Math.exp(-Math.pow((hour - 15) / 2.5, 2))
                    + 0.35 * Math.exp(-Math.pow((hour - 20) / 1.8, 2));
            if (!allDay && (hour < 8 || hour >= 20)) {
                shape = 0;
            }
            profile[s] = shape;
            profileSum += shape;
        }
        List<RosterRequest.Requirement> requirements = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate date = firstDay.plusDays(d);
            double dayFactor = switch (date.getDayOfWeek()) {
                case SATURDAY -> 0.8;
                case SUNDAY -> 0.7;
                default -> 1.0;
            };
            int dom = date.getDayOfMonth();
            if (dom <= 2 || dom >= date.lengthOfMonth() - 1) {
                dayFactor *= 1.3;
            }
            double dayHours = supplyHoursPerDay * loadShare * dayFactor;
            for (int s = 0; s < slotsPerDay; s++) {
                double agentsNeeded = dayHours * profile[s] / profileSum / (slotMinutes / 60.0);
                for (int q = 0; q < queues.size(); q++) {
                    double share = queues.size() == 1 ? 1 : q == 0 ? 0.7 : 0.3 / (queues.size() - 1);
                    double noisy = agentsNeeded * share * (1 + 0.05 * random.nextGaussian());
                    requirements.add(new RosterRequest.Requirement(date.atStartOfDay().plusMinutes((long) s * slotMinutes),
                            queues.get(q), Math.max(0, Math.round(noisy * 10) / 10.0)));
                }
            }
        }
        return new RosterRequest(requirements, contracts, shifts, List.of(), List.of(), RosterRequest.Rules.DEFAULT);
    }

    /** Eight-hour paid shifts (9 h with a 1 h unpaid break); with 24-hour operation also a night shift. */
    public static List<ShiftTemplate> shifts(boolean allDay) {
        List<ShiftTemplate> list = new ArrayList<>();
        int[] starts = allDay ? new int[] {6, 7, 8, 9, 10, 11, 12, 13, 14, 15} : new int[] {8, 9, 10, 11};
        for (int h : starts) {
            list.add(new ShiftTemplate(String.format("S%02d", h), LocalTime.of(h, 0), 9 * 60, 60));
        }
        if (allDay) {
            list.add(new ShiftTemplate("N22", LocalTime.of(22, 0), 9 * 60, 60));
            list.add(new ShiftTemplate("E18", LocalTime.of(18, 0), 9 * 60, 60));
        } else {
            list.add(new ShiftTemplate("P14", LocalTime.of(14, 0), 6 * 60, 0));
        }
        return list;
    }
}
