package wfm.simulation.model;

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

    private static final int ARRIVAL = 0;
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

    private int busy;
    private double busyIntegral;
    private double lastBusyChange;
    private long callsSimulated;

    // waiting callers: a ring buffer of primitive arrays
    private double[] waitingArrival = new double[1024];
    private double[] waitingDeadline = new double[1024];
    private double[] waitingHandle = new double[1024];
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
        int b = queue.batches();
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
        sim.scheduleAt(Variates.exponential(arrivals, meanInterarrivalSeconds), 1, ARRIVAL, 0);
        sim.run(this);
        return new StationaryRun(offered, delayed, answered, answeredInTime, abandoned, waitSeconds, busySeconds,
                queue.agents() * batchSeconds, callsSimulated);
    }

    public long eventsHandled() {
        return sim.eventsHandled();
    }

    @Override
    public void handle(int kind, int payload) {
        switch (kind) {
            case ARRIVAL -> arrival();
            case CALL_END -> callEnd();
            case BATCH_BOUNDARY -> batchBoundary(payload);
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    private void arrival() {
        double now = sim.now();
        if (now >= endSeconds) {
            return;
        }
        callsSimulated++;
        sim.scheduleAt(now + Variates.exponential(arrivals, meanInterarrivalSeconds), 1, ARRIVAL, 0);
        double handle = Variates.exponential(handleTimes, queue.ahtSeconds());
        double deadline = queue.abandons()
                ? now + Variates.exponential(patiences, queue.patienceSeconds())
                : Double.POSITIVE_INFINITY;
        int batch = batchOf(now);
        if (batch >= 0) {
            offered[batch]++;
        }
        if (busy < queue.agents()) {
            setBusy(now, busy + 1);
            if (batch >= 0) {
                answered[batch]++;
                answeredInTime[batch]++;
            }
            sim.scheduleAt(now + handle, 1, CALL_END, 0);
        } else {
            if (batch >= 0) {
                delayed[batch]++;
            }
            enqueue(now, deadline, handle);
        }
    }

    private void callEnd() {
        double now = sim.now();
        while (waiting > 0) {
            int i = head;
            head = (head + 1) & (waitingArrival.length - 1);
            waiting--;
            double arrival = waitingArrival[i];
            int batch = batchOf(arrival);
            if (waitingDeadline[i] <= now) {
                if (batch >= 0) {
                    abandoned[batch]++;
                }
                continue;
            }
            double wait = now - arrival;
            if (batch >= 0) {
                answered[batch]++;
                waitSeconds[batch] += wait;
                if (wait <= queue.serviceLevelSeconds()) {
                    answeredInTime[batch]++;
                }
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
            busySeconds[k - 1] = busyIntegral;
        }
        busyIntegral = 0;
    }

    private void setBusy(double now, int newBusy) {
        busyIntegral += busy * (now - lastBusyChange);
        lastBusyChange = now;
        busy = newBusy;
    }

    private int batchOf(double arrival) {
        double offset = arrival - queue.warmupSeconds();
        if (offset < 0) {
            return -1;
        }
        return Math.min((int) (offset / batchSeconds), offered.length - 1);
    }

    private void enqueue(double arrival, double deadline, double handle) {
        if (waiting == waitingArrival.length) {
            growRing();
        }
        int tail = (head + waiting) & (waitingArrival.length - 1);
        waitingArrival[tail] = arrival;
        waitingDeadline[tail] = deadline;
        waitingHandle[tail] = handle;
        waiting++;
    }

    private void growRing() {
        int n = waitingArrival.length;
        double[] a = new double[2 * n];
        double[] d = new double[2 * n];
        double[] h = new double[2 * n];
        for (int k = 0; k < waiting; k++) {
            int i = (head + k) & (n - 1);
            a[k] = waitingArrival[i];
            d[k] = waitingDeadline[i];
            h[k] = waitingHandle[i];
        }
        waitingArrival = a;
        waitingDeadline = d;
        waitingHandle = h;
        head = 0;
    }
}
