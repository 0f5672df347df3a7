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
    private boolean weekend;
    private boolean surgeDay;
    private List<ShiftOption> shiftRange;
    /** The shift of the published roster for this day (null when off or nothing was published). */
    private ShiftOption publishedShift;
    private boolean published;
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

    /** Days of the week not available for work here: outside the horizon or on leave. */
    public int getCreditedDaysInWeek() {
        return 7 - daysInWeek + leaveDaysInWeek;
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
        return published && shift != publishedShift;
    }

    @Override
    public String toString() {
        return id + (shift == null ? " off" : " " + shift.id() + " on " + queue);
    }
}
