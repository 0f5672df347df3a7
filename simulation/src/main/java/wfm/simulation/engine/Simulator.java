package wfm.simulation.engine;

/**
 * A clock and an event list: one instance per replication (never shared between threads, never static), as in
 * SSJ's {@code Simulator}. Time is a {@code double} in seconds from the start of the run.
 */
public final class Simulator {
    private final EventList events;
    private double now;
    private boolean stopped;
    private long eventsHandled;

    public Simulator() {
        this(new EventList());
    }

    public Simulator(EventList events) {
        this.events = events;
    }

    /** The current simulation time in seconds. */
    public double now() {
        return now;
    }

    /** Schedules an event {@code delaySeconds} from now (>= 0) at the default priority 0. */
    public void scheduleIn(double delaySeconds, int kind, int payload) {
        if (!(delaySeconds >= 0)) {
            throw new IllegalArgumentException("delaySeconds (" + delaySeconds + ") must be >= 0");
        }
        events.schedule(now + delaySeconds, 0, kind, payload);
    }

    /** Schedules an event at an absolute time, not in the past. */
    public void scheduleAt(double timeSeconds, int priority, int kind, int payload) {
        if (!(timeSeconds >= now)) {
            throw new IllegalArgumentException("timeSeconds (" + timeSeconds + ") is before now (" + now + ")");
        }
        events.schedule(timeSeconds, priority, kind, payload);
    }

    /**
     * Runs events in order until the list is empty or the model calls {@link #stop()}.
     *
     * @return the number of events handled by this call
     */
    public long run(EventHandler model) {
        stopped = false;
        long count = 0;
        EventList list = events;
        while (!stopped && !list.isEmpty()) {
            list.poll();
            now = list.polledTime();
            count++;
            model.handle(list.polledKind(), list.polledPayload());
        }
        eventsHandled += count;
        return count;
    }

    /**
     * Handles the events due at or before {@code timeSeconds}, in order, then moves the clock to
     * {@code timeSeconds}: the way to merge a pre-sorted stream of external events (arrivals) with the event list
     * without inserting each of them into it. An external event handled right after this call comes after the
     * list's events of the same time, whatever their priority.
     *
     * @return the number of events handled by this call
     */
    public long runUntil(double timeSeconds, EventHandler model) {
        if (!(timeSeconds >= now)) {
            throw new IllegalArgumentException("timeSeconds (" + timeSeconds + ") is before now (" + now + ")");
        }
        stopped = false;
        long count = 0;
        EventList list = events;
        while (!stopped && list.peekTime() <= timeSeconds) {
            list.poll();
            now = list.polledTime();
            count++;
            model.handle(list.polledKind(), list.polledPayload());
        }
        eventsHandled += count;
        if (!stopped) {
            now = timeSeconds;
        }
        return count;
    }

    /** Ends {@link #run} after the current event. */
    public void stop() {
        stopped = true;
    }

    /** Events handled since this simulator was made. */
    public long eventsHandled() {
        return eventsHandled;
    }

    public int pendingEvents() {
        return events.size();
    }
}
