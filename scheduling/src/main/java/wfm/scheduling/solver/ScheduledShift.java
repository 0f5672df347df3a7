package wfm.scheduling.solver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One agent's working day in the solved roster, with its unpaid breaks placed. */
public record ScheduledShift(String agentId, LocalDate date, String shiftId, String queue, LocalDateTime start,
                             LocalDateTime end, List<BreakTime> breaks) {
    public ScheduledShift {
        breaks = List.copyOf(breaks);
    }

    /** An unpaid break. */
    public record BreakTime(LocalDateTime start, LocalDateTime end) {
    }
}
