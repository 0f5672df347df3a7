package wfm.scheduling.domain;

/**
 * How much of one interval's demand a shift covers, in hundredths of an agent: 100 for a full interval on the
 * phones, less for an interval the shift only partly overlaps, and less inside the break window, where the
 * unpaid break is expected to fall evenly (breaks are staggered after solving, see the solver's BreakPlanner).
 */
public record SlotCover(SlotDemand demand, int centiAgents) {
    public SlotCover {
        if (centiAgents < 0 || centiAgents > 100) {
            throw new IllegalArgumentException("centiAgents (" + centiAgents + ") must be in 0..100");
        }
    }
}
