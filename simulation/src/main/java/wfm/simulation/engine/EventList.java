package wfm.simulation.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap kept in primitive arrays, ordered by time, then priority (lower
 * first), then insertion order. An event is two ints (a kind and a payload) that the model interprets, so
 * scheduling allocates nothing: an event object per call roughly halves a Java engine's speed (DESIGN.md,
 * "Known traps").
 *
 * <p>The heap itself moves only a time and a slot number; the rest of an event (kind, payload, priority and
 * insertion number) stays in its slot, so a sift moves 12 bytes instead of 24. Removal sifts the hole down to a
 * leaf along the smaller children and then sifts the last event up from there (Floyd's bottom-up variant): the
 * last event usually belongs near the bottom, which saves about half of the comparisons.
 *
 * <p>Ties at equal time and priority leave in the order they were scheduled (FIFO), which makes a run
 * reproducible whatever the heap's internal layout. Not thread-safe: one list per simulator.
 */
public final class EventList {
    /** Largest priority; the priority shares a long with a 48-bit insertion counter. */
    public static final int MAX_PRIORITY = (1 << 15) - 1;
    private static final int SEQUENCE_BITS = 48;

    // the heap: times and slots, parallel
    private double[] times;
    private int[] slots;
    private int size;

    // the slots: what each event is; free slots form a stack
    private long[] orders;
    private int[] kinds;
    private int[] payloads;
    private int[] freeSlots;
    private int freeCount;
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
        slots = new int[capacity];
        orders = new long[capacity];
        kinds = new int[capacity];
        payloads = new int[capacity];
        freeSlots = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            freeSlots[i] = capacity - 1 - i;
        }
        freeCount = capacity;
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
        if (freeCount == 0) {
            grow();
        }
        int slot = freeSlots[--freeCount];
        long order = ((long) priority << SEQUENCE_BITS) | sequence++;
        orders[slot] = order;
        kinds[slot] = kind;
        payloads[slot] = payload;
        siftUp(size++, time, slot, order);
    }

    private void siftUp(int hole, double time, int slot, long order) {
        double[] t = times;
        int[] s = slots;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            double pt = t[parent];
            if (time > pt || (time == pt && order > orders[s[parent]])) {
                break;
            }
            t[hole] = pt;
            s[hole] = s[parent];
            hole = parent;
        }
        t[hole] = time;
        s[hole] = slot;
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
        double[] t = times;
        int[] s = slots;
        int top = s[0];
        polledTime = t[0];
        polledKind = kinds[top];
        polledPayload = payloads[top];
        freeSlots[freeCount++] = top;
        int last = --size;
        if (last == 0) {
            return;
        }
        // bottom-up: move the smaller child up until the hole reaches a leaf ...
        int hole = 0;
        int child;
        while ((child = 2 * hole + 1) < last) {
            int right = child + 1;
            if (right < last) {
                double tc = t[child];
                double tr = t[right];
                if (tr != tc) {
                    child = tr < tc ? right : child; // unpredictable: written so that the JIT can use a cmov
                } else if (orders[s[right]] < orders[s[child]]) {
                    child = right;
                }
            }
            t[hole] = t[child];
            s[hole] = s[child];
            hole = child;
        }
        // ... then put the last event there and let it rise to its place
        siftUp(hole, t[last], s[last], orders[s[last]]);
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
        for (int i = 0; i < size; i++) {
            freeSlots[freeCount++] = slots[i];
        }
        size = 0;
    }

    private void grow() {
        int old = times.length;
        int capacity = old * 2;
        times = Arrays.copyOf(times, capacity);
        slots = Arrays.copyOf(slots, capacity);
        orders = Arrays.copyOf(orders, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        payloads = Arrays.copyOf(payloads, capacity);
        freeSlots = Arrays.copyOf(freeSlots, capacity);
        for (int i = old; i < capacity; i++) {
            freeSlots[freeCount++] = capacity - 1 - (i - old);
        }
    }
}
