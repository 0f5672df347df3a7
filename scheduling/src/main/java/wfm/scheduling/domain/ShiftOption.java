package wfm.scheduling.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A shift template placed on one day of the horizon: a value of {@link Assignment#getShift()}. It knows, per
 * queue, which intervals it covers and by how much ({@link SlotCover}), computed once here so the score never
 * joins assignments with intervals.
 */
public final class ShiftOption {
    private final ShiftTemplate template;
    private final int dayIndex;
    private final LocalDate date;
    private final int startMinute;
    private final int endMinute;
    private final boolean night;
    private final List<List<SlotCover>> coversByQueue;

    /**
     * @param demands {@code demands[queue][slot]} for every queue and interval of the horizon
     */
    public ShiftOption(ShiftTemplate template, int dayIndex, Horizon horizon, SlotDemand[][] demands) {
        this.template = template;
        this.dayIndex = dayIndex;
        this.date = horizon.date(dayIndex);
        this.startMinute = dayIndex * 1440 + template.start().toSecondOfDay() / 60;
        this.endMinute = startMinute + template.durationMinutes();
        this.night = nightMinutes(startMinute, endMinute) >= 120;
        List<List<SlotCover>> covers = new ArrayList<>();
        for (SlotDemand[] queueDemands : demands) {
            covers.add(covers(horizon, queueDemands));
        }
        this.coversByQueue = List.copyOf(covers);
    }

    private List<SlotCover> covers(Horizon horizon, SlotDemand[] queueDemands) {
        int slotMinutes = horizon.slotMinutes();
        int breakFrom = startMinute + template.breakEarliestOffsetMinutes();
        int breakTo = startMinute + template.breakLatestOffsetMinutes() + template.breakMinutes();
        double breakShare = template.breakMinutes() == 0 ? 0
                : (double) template.breakMinutes() / (breakTo - breakFrom);
        List<SlotCover> list = new ArrayList<>();
        int first = Math.max(0, startMinute / slotMinutes);
        int last = Math.min(horizon.slots() - 1, (endMinute - 1) / slotMinutes);
        for (int s = first; s <= last; s++) {
            int from = s * slotMinutes;
            int to = from + slotMinutes;
            double onDuty = overlap(from, to, startMinute, endMinute)
                    - breakShare * overlap(from, to, breakFrom, breakTo);
            int centi = (int) Math.round(100 * onDuty / slotMinutes);
            if (centi > 0) {
                list.add(new SlotCover(queueDemands[s], centi));
            }
        }
        return List.copyOf(list);
    }

    private static int overlap(int from, int to, int otherFrom, int otherTo) {
        return Math.max(0, Math.min(to, otherTo) - Math.max(from, otherFrom));
    }

    /** Minutes of the shift between 22:00 and 06:00. */
    private static int nightMinutes(int start, int end) {
        int minutes = 0;
        for (int day = Math.floorDiv(start, 1440) - 1; day * 1440 < end; day++) {
            minutes += overlap(start, end, day * 1440 + 22 * 60, day * 1440 + 30 * 60);
        }
        return minutes;
    }

    public ShiftTemplate template() {
        return template;
    }

    public String id() {
        return template.id();
    }

    public int dayIndex() {
        return dayIndex;
    }

    public LocalDate date() {
        return date;
    }

    /** Minutes from the horizon start. */
    public int startMinute() {
        return startMinute;
    }

    public int endMinute() {
        return endMinute;
    }

    public LocalDateTime start() {
        return date.atTime(template.start());
    }

    public LocalDateTime end() {
        return start().plusMinutes(template.durationMinutes());
    }

    public int paidMinutes() {
        return template.paidMinutes();
    }

    /** At least two hours between 22:00 and 06:00. */
    public boolean night() {
        return night;
    }

    public List<SlotCover> covers(Queue queue) {
        return coversByQueue.get(queue.index());
    }

    @Override
    public String toString() {
        return template.id() + "@" + date;
    }
}
