package wfm.simulation.model;

import java.util.Arrays;

import wfm.simulation.engine.EventHandler;
import wfm.simulation.engine.Simulator;
import wfm.simulation.random.Mrg32k3a;
import wfm.simulation.random.Variates;

/**
 * One replication of a {@link StationaryQueue}: M/M/n or M/M/n+M, FIFO.
 *
 * <p>Speed matters here (it is the benchmark and the check against theory), so nothing is allocated per call:
 * events are ints in the primitive event list, waiting callers live in a ring of primitive arrays, and there is
 * no abandonment event. A caller's patience deadline is drawn on arrival and an agent looking for the next call
 * drops the callers at the head whose deadline has passed (they abandoned at their deadline, which is exact for
 * FIFO: a caller can only be answered from the head). Handle time and patience are drawn on arrival from their
 * own streams so that scenarios sharing a seed see the same callers.
 *
 * <p>Arrivals stop at the end of the observed time; the callers then waiting are followed to their end, which
 * is exact because later arrivals cannot overtake them.
 */
public final class StationaryQueueSimulation implements EventHandler {
    /** Stream indexes in {@link wfm.simulation.random.RandomStreams}. */
    public static final int ARRIVAL_STREAM = 0;
    public static final int HANDLE_TIME_STREAM = 1;
    public static final int PATIENCE_STREAM = 2;
    public static final int STREAMS = 3;

    private static final int CALL_END = 1;
    private static final int BATCH_BOUNDARY = 2;

    private final Simulator sim = new Simulator();
    private final StationaryQueue queue;
    private final Mrg32k3a arrivals;
    private final Mrg32k3a handleTimes;
    private final Mrg32k3a patiences;
    private final double meanInterarrivalSeconds;
    private final double batchSeconds;
    private final double endSeconds;

    private final long[] offered;
    private final long[] delayed;
    private final long[] answered;
    private final long[] answeredInTime;
    private final long[] abandoned;
    private final double[] waitSeconds;
    private final double[] busySeconds;

    private final int agents;
    private final double ahtSeconds;
    private final double patienceSeconds;
    private final boolean abandons;
    private final double serviceLevelSeconds;
    /** Counter slot of calls arriving now: 0 during the warm-up, b + 1 in batch b (kept by the boundary events). */
    private int currentSlot;
    private int busy;
    private double busyIntegral;
    private double lastBusyChange;
    private long callsSimulated;

    // waiting callers: a ring buffer of primitive arrays
    private double[] waitingArrival = new double[1024];
    private double[] waitingDeadline = new double[1024];
    private double[] waitingHandle = new double[1024];
    private int[] waitingSlot = new int[1024];
    private int head;
    private int waiting;

    /**
     * @param streams the replication's generators, indexed by {@link #ARRIVAL_STREAM}, {@link #HANDLE_TIME_STREAM},
     *                {@link #PATIENCE_STREAM}
     */
    public StationaryQueueSimulation(StationaryQueue queue, Mrg32k3a[] streams) {
        if (streams.length < STREAMS) {
            throw new IllegalArgumentException("streams (" + streams.length + ") must hold " + STREAMS);
        }
        this.queue = queue;
        this.arrivals = streams[ARRIVAL_STREAM];
        this.handleTimes = streams[HANDLE_TIME_STREAM];
        this.patiences = streams[PATIENCE_STREAM];
        this.meanInterarrivalSeconds = 3600.0 / queue.arrivalRatePerHour();
        this.batchSeconds = queue.durationSeconds() / queue.batches();
        this.endSeconds = queue.warmupSeconds() + queue.durationSeconds();
        this.agents = queue.agents();
        this.ahtSeconds = queue.ahtSeconds();
        this.patienceSeconds = queue.patienceSeconds();
        this.abandons = queue.abandons();
        this.serviceLevelSeconds = queue.serviceLevelSeconds();
        // slot 0 collects the warm-up (discarded), slot b + 1 batch b: no branch per call
        int b = queue.batches() + 1;
        offered = new long[b];
        delayed = new long[b];
        answered = new long[b];
        answeredInTime = new long[b];
        abandoned = new long[b];
        waitSeconds = new double[b];
        busySeconds = new double[b];
    }

    /** Runs the replication (once) and returns its counts. */
    public StationaryRun run() {
        if (callsSimulated > 0) {
            throw new IllegalStateException("a simulation runs once; make a new one per replication");
        }
        for (int k = 0; k <= queue.batches(); k++) {
            sim.scheduleAt(queue.warmupSeconds() + k * batchSeconds, 0, BATCH_BOUNDARY, k);
        }
        // the arrival stream is merged with the event list rather than inserted into it: one heap operation per
        // call instead of two
        double next = Variates.exponential(arrivals, meanInterarrivalSeconds);
        while (next < endSeconds) {
            sim.runUntil(next, this);
            arrival();
            next = sim.now() + Variates.exponential(arrivals, meanInterarrivalSeconds);
        }
        sim.run(this);
        int b = queue.batches() + 1;
        return new StationaryRun(Arrays.copyOfRange(offered, 1, b), Arrays.copyOfRange(delayed, 1, b),
                Arrays.copyOfRange(answered, 1, b), Arrays.copyOfRange(answeredInTime, 1, b),
                Arrays.copyOfRange(abandoned, 1, b), Arrays.copyOfRange(waitSeconds, 1, b),
                Arrays.copyOfRange(busySeconds, 1, b), queue.agents() * batchSeconds, callsSimulated);
    }

    public long eventsHandled() {
        return sim.eventsHandled();
    }

    @Override
    public void handle(int kind, int payload) {
        switch (kind) {
            case CALL_END -> callEnd();
            case BATCH_BOUNDARY -> batchBoundary(payload);
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    private void arrival() {
        double now = sim.now();
        callsSimulated++;
        double handle = Variates.exponential(handleTimes, ahtSeconds);
        double deadline = abandons
                ? now + Variates.exponential(patiences, patienceSeconds)
                : Double.POSITIVE_INFINITY;
        int slot = currentSlot;
        offered[slot]++;
        if (busy < agents) {
            setBusy(now, busy + 1);
            answered[slot]++;
            answeredInTime[slot]++;
            sim.scheduleAt(now + handle, 1, CALL_END, 0);
        } else {
            delayed[slot]++;
            enqueue(now, deadline, handle, slot);
        }
    }

    private void callEnd() {
        double now = sim.now();
        while (waiting > 0) {
            int i = head;
            head = (head + 1) & (waitingArrival.length - 1);
            waiting--;
            int slot = waitingSlot[i];
            if (waitingDeadline[i] <= now) {
                abandoned[slot]++;
                continue;
            }
            double wait = now - waitingArrival[i];
            answered[slot]++;
            waitSeconds[slot] += wait;
            if (wait <= serviceLevelSeconds) {
                answeredInTime[slot]++;
            }
            sim.scheduleAt(now + waitingHandle[i], 1, CALL_END, 0);
            return;
        }
        setBusy(now, busy - 1);
    }

    private void batchBoundary(int k) {
        double now = sim.now();
        busyIntegral += busy * (now - lastBusyChange);
        lastBusyChange = now;
        if (k > 0) {
            busySeconds[k] = busyIntegral; // slot k = batch k - 1
        }
        busyIntegral = 0;
        currentSlot = Math.min(k + 1, queue.batches());
    }

    private void setBusy(double now, int newBusy) {
        busyIntegral += busy * (now - lastBusyChange);
        lastBusyChange = now;
        busy = newBusy;
    }

    private void enqueue(double arrival, double deadline, double handle, int slot) {
        if (waiting == waitingArrival.length) {
            growRing();
        }
        int tail = (head + waiting) & (waitingArrival.length - 1);
        waitingArrival[tail] = arrival;
        waitingDeadline[tail] = deadline;
        waitingHandle[tail] = handle;
        waitingSlot[tail] = slot;
        waiting++;
    }

    private void growRing() {
        int n = waitingArrival.length;
        double[] a = new double[2 * n];
        double[] d = new double[2 * n];
        double[] h = new double[2 * n];
        int[] s = new int[2 * n];
        for (int k = 0; k < waiting; k++) {
            int i = (head + k) & (n - 1);
            a[k] = waitingArrival[i];
            d[k] = waitingDeadline[i];
            h[k] = waitingHandle[i];
            s[k] = waitingSlot[i];
        }
        waitingArrival = a;
        waitingDeadline = d;
        waitingHandle = h;
        waitingSlot = s;
        head = 0;
    }
}
