package wfm.scheduling.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import wfm.scheduling.domain.Agent;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Queue;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.domain.SlotDemand;

/**
 * Finds, before solving, what makes a roster impossible whatever the solver does, and says why: a contract
 * asking more weekly hours than the shifts and the consecutive-days rule allow, or a queue that needs agents
 * when nobody has its skill.
 */
public final class FeasibilityCheck {
    private FeasibilityCheck() {
    }

    /** The reasons the problem is infeasible; empty when none was found (which does not prove feasibility). */
    public static List<String> problems(Roster roster) {
        List<String> problems = new ArrayList<>();
        int longestPaid = roster.getAssignments().stream().flatMap(a -> a.getShiftRange().stream())
                .mapToInt(ShiftOption::paidMinutes).max().orElse(0);
        for (Agent agent : roster.getAgents()) {
            // with at most c days in a row, a week holds at most 7 - floor(7 / (c + 1)) working days
            int days = 7 - 7 / (agent.maxConsecutiveDays() + 1);
            long reachable = (long) days * longestPaid;
            if (agent.minMinutesPerWeek() > reachable) {
                problems.add(String.format(Locale.ROOT,
                        "agent %s must work at least %.1f h a week, but at most %d shifts of %.1f paid hours fit "
                                + "in a week (%.1f h)", agent.id(), agent.minMinutesPerWeek() / 60.0, days,
                        longestPaid / 60.0, reachable / 60.0));
            }
        }
        for (Queue queue : roster.getQueues()) {
            boolean skilled = roster.getAgents().stream().anyMatch(a -> a.hasSkill(queue));
            double needed = roster.getDemands().stream().filter(d -> d.queue() == queue)
                    .mapToDouble(d -> d.requiredAgents() * d.minutes() / 60.0).sum();
            if (!skilled && needed > 0) {
                problems.add(String.format(Locale.ROOT, "queue %s needs %.0f agent-hours, but no agent has the skill",
                        queue.name(), needed));
            }
        }
        boolean anyShift = roster.getAssignments().stream().anyMatch(a -> !a.getShiftRange().isEmpty());
        if (!anyShift) {
            problems.add("no shift template may be worked on any day of the horizon by any agent (check the days column of the shifts and the unavailability)");
        }
        return problems;
    }

    /** Intervals needing agents that no shift template can cover at all (a warning, not an infeasibility). */
    public static List<SlotDemand> uncoverable(Roster roster) {
        boolean[][] covered = new boolean[roster.getQueues().size()][roster.getHorizon().slots()];
        roster.getAssignments().stream().flatMap(a -> a.getShiftRange().stream()).distinct()
                .forEach(option -> roster.getQueues().forEach(q -> option.covers(q)
                        .forEach(c -> covered[q.index()][c.demand().slot()] = true)));
        return roster.getDemands().stream()
                .filter(d -> d.requiredAgents() > 0 && !covered[d.queue().index()][d.slot()]).toList();
    }
}
