package wfm.scheduling.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftTemplate;

class BreakPlannerTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    /** Three agents on the same 08:00-17:00 shift, two needed all day: no two breaks may overlap. */
    @Test
    void breaksOfAgentsOnTheSameShiftAreStaggeredInsideTheWindow() {
        List<RosterRequest.Requirement> reqs = new ArrayList<>();
        for (int s = 16; s < 34; s++) {
            reqs.add(new RosterRequest.Requirement(DAY.atStartOfDay().plusMinutes(30L * s), "enquiry", 2));
        }
        List<RosterRequest.AgentContract> agents = List.of(
                new RosterRequest.AgentContract("A", null, List.of(), Double.NaN, Double.NaN, 0),
                new RosterRequest.AgentContract("B", null, List.of(), Double.NaN, Double.NaN, 0),
                new RosterRequest.AgentContract("C", null, List.of(), Double.NaN, Double.NaN, 0));
        ShiftTemplate e08 = new ShiftTemplate("E08", LocalTime.of(8, 0), 540, 60);
        Roster roster = RosterBuilder.build(new RosterRequest(reqs, agents, List.of(e08), List.of(), List.of(), null));
        for (Assignment a : roster.getAssignments()) {
            a.setShift(a.getShiftRange().get(0));
        }
        List<ScheduledShift> shifts = BreakPlanner.place(roster);
        assertEquals(3, shifts.size());
        Set<LocalDateTime> starts = new HashSet<>();
        for (ScheduledShift s : shifts) {
            ScheduledShift.BreakTime b = s.breaks().get(0);
            assertEquals(Duration.ofMinutes(60), Duration.between(b.start(), b.end()));
            assertTrue(!b.start().isBefore(DAY.atTime(11, 0)) && !b.start().isAfter(DAY.atTime(13, 0)), b.toString());
            starts.add(b.start());
        }
        List<LocalDateTime> sorted = starts.stream().sorted().toList();
        assertEquals(3, sorted.size(), "three different break starts: " + sorted);
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(!sorted.get(i).isBefore(sorted.get(i - 1).plusMinutes(60)), "breaks do not overlap: " + sorted);
        }
        // with breaks staggered, 2 of 3 agents stay on the phones all day: nothing short
        Coverage coverage = RosterSolver.coverage(roster, shifts);
        assertEquals(0, coverage.shortAgentHours(), 1e-9);
    }
}
