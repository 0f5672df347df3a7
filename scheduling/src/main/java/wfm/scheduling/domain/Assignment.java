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
 * first day can be covered. Its shift counts, like every shift, on the day and in the schedule week it starts in:
 * the week's maximum grows by that day's share, its minimum does not (the lead-in day is a chance, never a duty).
 * The week's limits are in {@link ContractWeek}.
 */
@PlanningEntity
public class Assignment {
    @PlanningId
    private String id;
    private Agent agent;
    private int dayIndex;
    private LocalDate date;
    private int weekIndex;
    private ContractWeek week;
    private long weekMinMinutes;
    private long weekMaxMinutes;
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
        setWeek(ContractWeek.prorated(daysInWeek));
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

    /** This agent's schedule week as the horizon cuts it; every agent-day of one week must agree. */
    public ContractWeek getWeek() {
        return week;
    }

    public void setWeek(ContractWeek week) {
        this.week = week;
        this.weekMinMinutes = week.minMinutes(agent);
        this.weekMaxMinutes = week.maxMinutes(agent);
    }

    /** Days of this week that can be planned: the horizon's days in it, plus the lead-in day when it falls in it. */
    public int getDaysInWeek() {
        return week.plannedDays();
    }

    /** Paid minutes this agent's planned days of the week must hold at least ({@link ContractWeek#minMinutes}). */
    public long getWeekMinMinutes() {
        return weekMinMinutes;
    }

    /** Paid minutes this agent's planned days of the week may hold at most ({@link ContractWeek#maxMinutes}). */
    public long getWeekMaxMinutes() {
        return weekMaxMinutes;
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
