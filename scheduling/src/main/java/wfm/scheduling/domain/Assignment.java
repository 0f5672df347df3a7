package wfm.scheduling.domain;

import java.time.LocalDate;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One agent's day: which shift the agent works ({@code null} = day off) and which queue the agent answers that
 * day. One entity per agent per day makes "one shift per agent per day" hold by construction.
 *
 * <p>Multi-skill simplification: a multi-skilled agent answers one queue for a whole day, chosen by the solver
 * among the agent's skills where it helps coverage most. Real routing shares agents minute by minute; a
 * per-day choice keeps the score incremental and is what many centres publish anyway ("today you are on
 * complaints").
 *
 * <p>The lead-in day: with night shifts that cross midnight, each agent also has an assignment for the day before
 * the horizon ({@link #getDayIndex()} = -1) whose only options are those night shifts, so the first hours of the
 * first day can be covered. Its shift counts, like every shift, on the day and in the ISO week it starts in: the
 * week's maximum grows by that day's share, its minimum does not (the lead-in day is a chance, never a duty).
 */
@PlanningEntity
public class Assignment {
    @PlanningId
    private String id;
    private Agent agent;
    private int dayIndex;
    private LocalDate date;
    private int weekIndex;
    private int daysInWeek;
    private int leaveDaysInWeek;
    private int leadInDaysInWeek;
    private boolean weekend;
    private boolean surgeDay;
    private List<ShiftOption> shiftRange;
    /** The shift of the published roster for this day (null when off or nothing was published). */
    private ShiftOption publishedShift;
    private boolean published;
    /** The published roster had a shift here that can no longer be worked (new unavailability, template gone). */
    private boolean publishedShiftLost;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "shiftRange", nullable = true)
    private ShiftOption shift;
    @PlanningVariable(valueRangeProviderRefs = "queueRange")
    private Queue queue;

    public Assignment() {
        // for OptaPlanner's cloning
    }

    public Assignment(Agent agent, int dayIndex, LocalDate date, int weekIndex, int daysInWeek, boolean weekend,
                      boolean surgeDay, List<ShiftOption> shiftRange) {
        this.id = agent.id() + "@" + date;
        this.agent = agent;
        this.dayIndex = dayIndex;
        this.date = date;
        this.weekIndex = weekIndex;
        this.daysInWeek = daysInWeek;
        this.weekend = weekend;
        this.surgeDay = surgeDay;
        this.shiftRange = List.copyOf(shiftRange);
        this.queue = agent.skills().get(0);
    }

    @ValueRangeProvider(id = "shiftRange")
    public List<ShiftOption> getShiftRange() {
        return shiftRange;
    }

    @ValueRangeProvider(id = "queueRange")
    public List<Queue> getQueueRange() {
        return agent.skills();
    }

    public String getId() {
        return id;
    }

    public Agent getAgent() {
        return agent;
    }

    public int getDayIndex() {
        return dayIndex;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getWeekIndex() {
        return weekIndex;
    }

    /** Days of this week that can be planned: the horizon's days in it, plus the lead-in day when it falls in it. */
    public int getDaysInWeek() {
        return daysInWeek;
    }

    /** Days of this agent's week that unavailability takes whole (leave): they count as worked for the minimum. */
    public int getLeaveDaysInWeek() {
        return leaveDaysInWeek;
    }

    public void setLeaveDaysInWeek(int leaveDaysInWeek) {
        this.leaveDaysInWeek = leaveDaysInWeek;
    }

    /** 1 when this agent-day's week holds the lead-in day (the day before the horizon), else 0. */
    public int getLeadInDaysInWeek() {
        return leadInDaysInWeek;
    }

    public void setLeadInDaysInWeek(int leadInDaysInWeek) {
        this.leadInDaysInWeek = leadInDaysInWeek;
    }

    /**
     * Days of the week credited towards the weekly minimum, not to be worked here: outside the horizon, on leave,
     * or the lead-in day (the day before the horizon, which {@link #getDaysInWeek()} counts for the maximum).
     */
    public int getCreditedDaysInWeek() {
        return 7 - daysInWeek + leaveDaysInWeek + leadInDaysInWeek;
    }

    /** The day before the horizon, offered only night shifts that reach into the first day. */
    public boolean isLeadIn() {
        return dayIndex < 0;
    }

    public boolean isWeekend() {
        return weekend;
    }

    public boolean isSurgeDay() {
        return surgeDay;
    }

    public ShiftOption getShift() {
        return shift;
    }

    public void setShift(ShiftOption shift) {
        this.shift = shift;
    }

    public Queue getQueue() {
        return queue;
    }

    public void setQueue(Queue queue) {
        this.queue = queue;
    }

    public ShiftOption getPublishedShift() {
        return publishedShift;
    }

    public boolean isPublished() {
        return published;
    }

    /**
     * The published roster had a shift on this day that is not among today's options (the agent is now unavailable,
     * or the template is gone): the day starts off and counts as changed whatever the solver does.
     */
    public void publishLostShift() {
        publish(null, null);
        this.publishedShiftLost = true;
    }

    /** Records what the published roster said for this day ({@code null} = off) and starts from it. */
    public void publish(ShiftOption publishedShift, Queue publishedQueue) {
        this.published = true;
        this.publishedShift = publishedShift;
        this.shift = publishedShift;
        if (publishedQueue != null) {
            this.queue = publishedQueue;
        }
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    // ---- derived values used by the constraints

    public boolean isWorking() {
        return shift != null;
    }

    public int paidMinutes() {
        return shift == null ? 0 : shift.paidMinutes();
    }

    public boolean isNight() {
        return shift != null && shift.night();
    }

    /** The intervals this day's shift covers on this day's queue (empty on a day off). */
    public List<SlotCover> covers() {
        return shift == null ? List.of() : shift.covers(queue);
    }

    public boolean changedFromPublished() {
        return published && (shift != publishedShift || publishedShiftLost);
    }

    @Override
    public String toString() {
        return id + (shift == null ? " off" : " " + shift.id() + " on " + queue);
    }
}
