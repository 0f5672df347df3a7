package wfm.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Horizon;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.domain.SlotDemand;

/**
 * Places the unpaid breaks after solving, deterministically, so coverage dips least ("staggering"). The solver
 * already counted each break as spread evenly over its window (see SlotCover); here every working agent in turn
 * (earliest window first, then agent id) takes the break start, on a 15-minute step inside the window, where the
 * queue's surplus of agents over the requirement is largest at its lowest point; the surplus is then lowered.
 * A greedy placement, not an optimum: it never moves a shift, and the order decides ties.
 */
public final class BreakPlanner {
    static final int STEP_MINUTES = 15;

    private BreakPlanner() {
    }

    public static List<ScheduledShift> place(Roster roster) {
        Horizon horizon = roster.getHorizon();
        int slotMinutes = horizon.slotMinutes();
        // agents on duty minus agents required, minute by minute, so breaks off the interval grid are exact
        double[][] surplus = new double[roster.getQueues().size()][horizon.endMinute()];
        for (SlotDemand d : roster.getDemands()) {
            java.util.Arrays.fill(surplus[d.queue().index()], d.slot() * slotMinutes, (d.slot() + 1) * slotMinutes,
                    -d.requiredAgents());
        }
        List<Assignment> working = roster.getAssignments().stream().filter(Assignment::isWorking)
                .sorted(Comparator.comparingInt((Assignment a) -> a.getShift().startMinute()
                                + a.getShift().template().breakEarliestOffsetMinutes())
                        .thenComparing(a -> a.getAgent().id()))
                .toList();
        for (Assignment a : working) {
            ShiftOption s = a.getShift();
            add(surplus[a.getQueue().index()], s.startMinute(), s.endMinute(), 1);
        }
        List<ScheduledShift> shifts = new ArrayList<>();
        for (Assignment a : working) {
            ShiftOption s = a.getShift();
            int breakMinutes = s.template().breakMinutes();
            List<ScheduledShift.BreakTime> breaks = new ArrayList<>();
            if (breakMinutes > 0) {
                double[] queueSurplus = surplus[a.getQueue().index()];
                int bestStart = -1;
                double bestLow = Double.NEGATIVE_INFINITY;
                double bestSum = Double.NEGATIVE_INFINITY;
                int earliest = s.startMinute() + s.template().breakEarliestOffsetMinutes();
                int latest = s.startMinute() + s.template().breakLatestOffsetMinutes();
                for (int start = earliest; start <= latest; start += STEP_MINUTES) {
                    double low = Double.POSITIVE_INFINITY;
                    double sum = 0;
                    for (int m = Math.max(0, start); m < Math.min(queueSurplus.length, start + breakMinutes); m++) {
                        low = Math.min(low, queueSurplus[m]);
                        sum += queueSurplus[m];
                    }
                    if (low > bestLow + 1e-9 || (Math.abs(low - bestLow) <= 1e-9 && sum > bestSum + 1e-9)) {
                        bestLow = low;
                        bestSum = sum;
                        bestStart = start;
                    }
                }
                add(queueSurplus, bestStart, bestStart + breakMinutes, -1);
                breaks.add(new ScheduledShift.BreakTime(horizon.time(bestStart), horizon.time(bestStart + breakMinutes)));
            }
            shifts.add(new ScheduledShift(a.getAgent().id(), a.getDate(), s.id(), a.getQueue().name(), s.start(),
                    s.end(), breaks));
        }
        shifts.sort(Comparator.comparing(ScheduledShift::date).thenComparing(ScheduledShift::start)
                .thenComparing(ScheduledShift::agentId));
        return shifts;
    }

    private static void add(double[] minutes, int from, int to, int sign) {
        for (int m = Math.max(0, from); m < Math.min(minutes.length, to); m++) {
            minutes[m] += sign;
        }
    }
}
