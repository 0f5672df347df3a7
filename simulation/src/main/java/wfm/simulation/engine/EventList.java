package wfm.simulation.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap kept in primitive arrays, ordered by time, then priority (lower
 * first), then insertion order. An event is two ints (a kind and a payload) that the model interprets, so
 * scheduling allocates nothing: an event object per call roughly halves a Java engine's speed (DESIGN.md,
 * "Known traps").
 *
 * <p>Ties at equal time and priority leave in the order they were scheduled (FIFO), which makes a run
 * reproducible whatever the heap's internal layout. Not thread-safe: one list per simulator.
 */
public final class EventList {
    /** Largest priority; the priority shares a long with a 48-bit insertion counter. */
    public static final int MAX_PRIORITY = (1 << 15) - 1;
    private static final int SEQUENCE_BITS = 48;

    private double[] times;
    private long[] orders;
    private int[] kinds;
    private int[] payloads;
    private int size;
    private long sequence;

    private double polledTime;
    private int polledKind;
    private int polledPayload;

    public EventList() {
        this(64);
    }

    public EventList(int initialCapacity) {
        int capacity = Math.max(4, initialCapacity);
        times = new double[capacity];
        orders = new long[capacity];
        kinds = new int[capacity];
        payloads = new int[capacity];
    }

    /**
     * Adds an event.
     *
     * @param time     simulation time in seconds (may equal the current time, never NaN)
     * @param priority 0..{@link #MAX_PRIORITY}; among events at the same time, lower runs first
     * @param kind     what happens, interpreted by the model
     * @param payload  which entity it concerns (an agent, a queue), interpreted by the model
     */
    public void schedule(double time, int priority, int kind, int payload) {
        if (time != time) {
            throw new IllegalArgumentException("time (NaN) must be a number");
        }
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority (" + priority + ") must be in 0.." + MAX_PRIORITY);
        }
        if (size == times.length) {
            grow();
        }
        long order = ((long) priority << SEQUENCE_BITS) | sequence++;
        int hole = size++;
        // sift up: move parents down until the new event's place is found
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (!before(time, order, times[parent], orders[parent])) {
                break;
            }
            move(parent, hole);
            hole = parent;
        }
        times[hole] = time;
        orders[hole] = order;
        kinds[hole] = kind;
        payloads[hole] = payload;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Time of the next event; {@code +Infinity} when the list is empty. */
    public double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : times[0];
    }

    /**
     * Removes the next event; read it with {@link #polledTime()}, {@link #polledKind()} and
     * {@link #polledPayload()}.
     *
     * @throws IllegalStateException when the list is empty
     */
    public void poll() {
        if (size == 0) {
            throw new IllegalStateException("the event list is empty");
        }
        polledTime = times[0];
        polledKind = kinds[0];
        polledPayload = payloads[0];
        int last = --size;
        if (last == 0) {
            return;
        }
        double t = times[last];
        long o = orders[last];
        int k = kinds[last];
        int p = payloads[last];
        int hole = 0;
        int half = last >>> 1;
        while (hole < half) {
            int child = 2 * hole + 1;
            int right = child + 1;
            if (right < last && before(times[right], orders[right], times[child], orders[child])) {
                child = right;
            }
            if (!before(times[child], orders[child], t, o)) {
                break;
            }
            move(child, hole);
            hole = child;
        }
        times[hole] = t;
        orders[hole] = o;
        kinds[hole] = k;
        payloads[hole] = p;
    }

    public double polledTime() {
        return polledTime;
    }

    public int polledKind() {
        return polledKind;
    }

    public int polledPayload() {
        return polledPayload;
    }

    /** Removes every event; the insertion counter keeps counting so order stays well defined. */
    public void clear() {
        size = 0;
    }

    private static boolean before(double t1, long o1, double t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        orders[to] = orders[from];
        kinds[to] = kinds[from];
        payloads[to] = payloads[from];
    }

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        orders = Arrays.copyOf(orders, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        payloads = Arrays.copyOf(payloads, capacity);
    }
}
