package wfm.simulation.model;

import java.util.List;

import wfm.simulation.engine.EventHandler;
import wfm.simulation.engine.Simulator;
import wfm.simulation.random.RandomStreams;

/**
 * One replication of a roster under random traffic: the calls of every queue arrive as a Poisson process whose
 * rate follows the forecast interval by interval, times the replication's forecast error (a day factor per queue
 * and an AHT factor resampled from the backtest, a gamma factor per interval: {@link DemandUncertainty}) and
 * optionally a random daily level; a share is served by IVR; handle times are exponential or lognormal; callers
 * hang up after their patience. Agents are on duty per the roster, off during breaks (a call in progress is
 * finished first, the break is shortened), absent for the whole shift with the absence probability (drawn per
 * agent-day, independently), and off the phones in off-phone blocks ({@link OffPhoneBlocks}: 15-30 minutes at
 * random times between the breaks, as many as make the expected share of on-phone time lost equal
 * {@link ReplayOptions#offPhoneShare()}; a call in progress is finished first and the block then lasts its full
 * length, so the off-phone time is not shortened; off-phone time still due when the shift ends is dropped). A
 * free agent takes the waiting call of highest queue priority among its skills, the longest-waiting one among
 * equals; calls waiting longer than a queue's overflow delay may also be taken by the agents of its overflow
 * queue. With callbacks on, every abandoned caller is called back by a free agent of that queue (after inbound
 * calls) unless the callback deadline has passed. Days run back to back, so calls waiting at midnight carry over.
 *
 * <p>As in {@link StationaryQueueSimulation}, nothing is allocated per call and there is no abandonment event:
 * callers whose patience ran out are dropped when an agent looks at the head of their queue, and every queue is
 * swept at each interval boundary so that abandoned callers become callback work within one interval of hanging
 * up (the callback deadline is counted from the exact hang-up time).
 *
 * <p>The parts: {@link TrafficSource} (who calls when, with the forecast error), {@link Workforce} (who is
 * rostered when, absence, off-phone blocks, idle lists), {@link CallerRing} (waiting calls and callback work),
 * {@link ReplayCounts} (measures); this class handles the events and makes the routing decisions.
 *
 * <p>Random streams (see {@link RandomStreams}, {@link #streamsFor}, {@link ReplayStreams}): per queue and day,
 * arrivals, handle times, patience and IVR choice; per queue, the daily levels; one for absences; then one for
 * off-phone blocks, one for the forecast-error day draws and one per queue for the intraday noise. Each caller's
 * handle time and patience are drawn on arrival so scenarios that share a seed see the same callers; with
 * off-phone time and forecast error off, a seed gives exactly the callers and results it gave before they existed.
 */
public final class RosterReplay implements EventHandler {
    private static final int ARRIVAL = 0;
    private static final int CALL_END = 1;
    private static final int SHIFT_START = 2;
    private static final int SHIFT_END = 3;
    private static final int BREAK_START = 4;
    private static final int BREAK_END = 5;
    private static final int INTERVAL_BOUNDARY = 6;
    private static final int OVERFLOW_CHECK = 7;
    private static final int OFF_PHONE_START = 8;
    private static final int OFF_PHONE_END = 9;

    // same-time order: bookkeeping, then people leaving, then people arriving, then callers
    private static final int P_BOUNDARY = 0;
    private static final int P_CALL_END = 1;
    private static final int P_LEAVE = 2;
    private static final int P_COME = 3;
    private static final int P_ARRIVAL = 4;
    private static final int P_OVERFLOW = 5;

    /** Off-phone blocks: shortest and longest block, seconds (uniform in between). */
    public static final double OFF_PHONE_BLOCK_MIN_SECONDS = 900;
    public static final double OFF_PHONE_BLOCK_MAX_SECONDS = 1800;

    /**
     * Streams a replay needs: one for absences, one per queue for its daily levels, and per queue and day one each
     * for arrivals, handle times, patience and the IVR choice; then (added later, after all of those, so that the
     * streams above keep their numbers and old seeds give the same callers) one for off-phone blocks, one for the
     * day draws of the forecast error and one per queue for the intraday noise. Fresh streams per day keep common
     * random numbers in step when a scenario changes the volume of one day only: the other days see exactly the
     * same callers.
     */
    public static int streamsFor(ArrivalProfile profile) {
        return ReplayStreams.count(profile);
    }

    private final Simulator sim = new Simulator();
    private final ReplayOptions options;
    private final QueueRules[] rules;
    private final int queues;
    private final int intervals;
    private final double intervalSeconds;
    private final double horizonSeconds;
    private final TrafficSource traffic;
    private final Workforce agents;
    private final CallerRing[] waiting;      // callers per queue
    private final CallerRing[] callbackWork; // abandoned callers to call back, per queue
    private final ReplayCounts counts;

    /**
     * @param profile     expected traffic
     * @param plan        the roster (skills must be queue numbers of the profile)
     * @param rules       per queue; {@code null} for plain FIFO without overflow
     * @param options     behaviour and what-if adjustments
     * @param streams     the run's streams, made with {@link #streamsFor(ArrivalProfile)} kinds
     * @param replication the replication number (substream)
     */
    public RosterReplay(ArrivalProfile profile, StaffingPlan plan, List<QueueRules> rules, ReplayOptions options,
                        RandomStreams streams, int replication) {
        this.options = options;
        this.queues = profile.queueCount();
        this.intervals = profile.intervals();
        this.intervalSeconds = profile.intervalSeconds();
        this.horizonSeconds = intervals * intervalSeconds;
        ReplayStreams replayStreams = new ReplayStreams(profile, streams, replication);
        this.rules = new QueueRules[queues];
        for (int q = 0; q < queues; q++) {
            this.rules[q] = rules == null ? QueueRules.plain() : rules.get(q);
            int to = this.rules[q].overflowTo();
            if (to >= queues || to == q) {
                throw new IllegalArgumentException("overflowTo (" + to + ") of queue " + profile.queues().get(q)
                        + " must be another queue number below " + queues);
            }
        }
        traffic = new TrafficSource(profile, options, replayStreams);
        agents = new Workforce(plan, this.rules, options, replayStreams);
        waiting = new CallerRing[queues];
        callbackWork = new CallerRing[queues];
        for (int q = 0; q < queues; q++) {
            waiting[q] = new CallerRing();
            callbackWork[q] = new CallerRing();
        }
        counts = new ReplayCounts(queues, intervals, intervalSeconds);
    }

    /** Runs the replication (once). */
    public ReplayRun run() {
        if (sim.eventsHandled() > 0) {
            throw new IllegalStateException("a replay runs once; make a new one per replication");
        }
        for (int k = 0; k <= intervals; k++) {
            sim.scheduleAt(k * intervalSeconds, P_BOUNDARY, INTERVAL_BOUNDARY, k);
        }
        Workforce w = agents;
        for (int s = 0; s < w.shiftAgent.length; s++) {
            if (!w.shiftAbsent[s] && w.shiftEnd[s] > 0) {
                sim.scheduleAt(Math.max(0, w.shiftStart[s]), P_COME, SHIFT_START, s);
                sim.scheduleAt(w.shiftEnd[s], P_LEAVE, SHIFT_END, s);
            }
        }
        for (int b = 0; b < w.breakShift.length; b++) {
            if (!w.shiftAbsent[w.breakShift[b]] && w.breakEnd[b] > 0) {
                sim.scheduleAt(Math.max(0, w.breakStart[b]), P_LEAVE, BREAK_START, b);
                sim.scheduleAt(w.breakEnd[b], P_COME, BREAK_END, b);
            }
        }
        for (int b = 0; b < w.offPhoneShift.length; b++) {
            if (!w.shiftAbsent[w.offPhoneShift[b]] && w.offPhoneStart[b] >= 0) {
                sim.scheduleAt(w.offPhoneStart[b], P_LEAVE, OFF_PHONE_START, b);
            }
        }
        for (int q = 0; q < queues; q++) {
            double t = traffic.nextArrival(q, 0);
            if (t < horizonSeconds) {
                sim.scheduleAt(t, P_ARRIVAL, ARRIVAL, q);
            }
        }
        sim.run(this);
        // callers still waiting when the last agent has gone never get an answer
        for (int q = 0; q < queues; q++) {
            CallerRing ring = waiting[q];
            while (ring.size > 0) {
                int i = ring.pollIndex();
                counts.abandoned[q][ring.interval[i]]++;
            }
        }
        return counts.toRun();
    }

    @Override
    public void handle(int kind, int payload) {
        Workforce w = agents;
        switch (kind) {
            case ARRIVAL -> arrival(payload);
            case CALL_END -> callEnd(payload);
            case SHIFT_START -> startShift(payload);
            case SHIFT_END -> {
                w.offPhoneOwed[w.shiftAgent[payload]] = 0; // off-phone time not taken by the shift's end is lost
                setRostered(w.shiftAgent[payload], false);
            }
            case BREAK_START -> setRostered(w.shiftAgent[w.breakShift[payload]], false);
            case BREAK_END -> {
                if (sim.now() < w.shiftEnd[w.breakShift[payload]]) {
                    setRostered(w.shiftAgent[w.breakShift[payload]], true);
                }
            }
            case OFF_PHONE_START -> {
                w.offPhoneOwed[w.shiftAgent[w.offPhoneShift[payload]]] += w.offPhoneLength[payload];
                updateDuty(w.shiftAgent[w.offPhoneShift[payload]]);
            }
            case OFF_PHONE_END -> {
                w.offPhone[payload] = false;
                updateDuty(payload);
            }
            case INTERVAL_BOUNDARY -> intervalBoundary(payload);
            case OVERFLOW_CHECK -> overflowCheck(payload);
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    // ---- callers

    private void arrival(int q) {
        double now = sim.now();
        double next = traffic.nextArrival(q, now);
        if (next < horizonSeconds) {
            sim.scheduleAt(next, P_ARRIVAL, ARRIVAL, q);
        }
        counts.callsSimulated++;
        int k = Math.min((int) (now / intervalSeconds), intervals - 1);
        int day = traffic.dayOf(k);
        double handle = traffic.handleSeconds(q, k, day);
        double deadline = now + traffic.patienceSeconds(q, day);
        if (traffic.servedByIvr(q, day)) {
            counts.ivrServed[q][k]++;
            return;
        }
        counts.offered[q][k]++;
        int agent = agents.idleHead[q];
        if (agent >= 0) {
            counts.answered[q][k]++;
            counts.answeredInTime[q][k]++;
            startWork(agent, handle);
            return;
        }
        waiting[q].add(now, deadline, handle, k);
        QueueRules r = rules[q];
        if (r.overflowTo() >= 0) {
            sim.scheduleAt(now + r.overflowAfterSeconds(), P_OVERFLOW, OVERFLOW_CHECK, q);
        }
    }

    /** Drops the callers at the head of queue q whose patience ran out before now. */
    private void dropExpiredHead(int q, double now) {
        CallerRing ring = waiting[q];
        while (ring.size > 0 && ring.deadline[ring.head] <= now) {
            int i = ring.pollIndex();
            abandon(q, i, ring);
        }
    }

    private void abandon(int q, int i, CallerRing ring) {
        counts.abandoned[q][ring.interval[i]]++;
        if (options.callbacks()) {
            callbackWork[q].add(ring.deadline[i], ring.deadline[i] + options.callbackDeadlineSeconds(),
                    ring.handle[i], ring.interval[i]);
            int agent = agents.idleHead[q];
            if (agent >= 0) {
                takeCallback(agent, q);
            }
        }
    }

    private void overflowCheck(int q) {
        int to = rules[q].overflowTo();
        int agent = agents.idleHead[to];
        if (agent >= 0 && waiting[q].size > 0) {
            lookForWork(agent);
        }
    }

    private void intervalBoundary(int k) {
        double now = sim.now();
        counts.flush(now);
        // sweep every queue so that abandoned callers become callback work and queues do not hold the dead
        for (int q = 0; q < queues; q++) {
            CallerRing ring = waiting[q];
            if (ring.size == 0) {
                continue;
            }
            int n = ring.size;
            for (int j = 0; j < n; j++) {
                int i = ring.pollIndex();
                if (ring.deadline[i] <= now) {
                    abandon(q, i, ring);
                } else {
                    ring.add(ring.arrival[i], ring.deadline[i], ring.handle[i], ring.interval[i]);
                }
            }
        }
    }

    // ---- agents

    /** The agent starts shift s, answering the queues the roster assigns to it (or all of its skills). */
    private void startShift(int s) {
        int a = agents.shiftAgent[s];
        if (agents.changesQueues(s)) {
            boolean wasIdle = agents.isIdle(a);
            if (wasIdle) {
                agents.leaveIdle(a); // idle lists are per skill: leave with the old skills, rejoin with the new ones
            }
            agents.takeQueuesOf(s);
            if (wasIdle) {
                lookForWork(a);
            }
        }
        setRostered(a, true);
    }

    private void setRostered(int a, boolean on) {
        agents.rostered[a] = on;
        updateDuty(a);
    }

    /**
     * Puts the agent on or off the phones: on when rostered (on a shift, not on a break) and not in an off-phone
     * block. A rostered agent who owes off-phone time and is not on a call starts the block now, for all of the
     * time owed (a call in progress is finished first: {@link #callEnd} comes back here).
     */
    private void updateDuty(int a) {
        Workforce w = agents;
        if (w.rostered[a] && !w.offPhone[a] && w.offPhoneOwed[a] > 0 && !w.busy[a]) {
            w.offPhone[a] = true;
            sim.scheduleAt(sim.now() + w.offPhoneOwed[a], P_COME, OFF_PHONE_END, a);
            w.offPhoneOwed[a] = 0;
        }
        if (w.rostered[a] && !w.offPhone[a]) {
            comeOnDuty(a);
        } else {
            goOffDuty(a);
        }
    }

    private void comeOnDuty(int a) {
        agents.available[a] = true;
        if (!agents.present[a]) {
            counts.staffedUp(sim.now());
            agents.present[a] = true;
            lookForWork(a);
        }
    }

    private void goOffDuty(int a) {
        agents.available[a] = false;
        if (agents.present[a] && !agents.busy[a]) {
            agents.leaveIdle(a);
            agents.present[a] = false;
            counts.staffedDown(sim.now());
        }
        // a busy agent finishes the call first, see callEnd
    }

    private void callEnd(int a) {
        double now = sim.now();
        agents.busy[a] = false;
        counts.busyDown(now);
        if (agents.offPhoneOwed[a] > 0 && agents.available[a]) {
            updateDuty(a); // the off-phone block that waited for this call to end
            return;
        }
        if (!agents.available[a]) {
            agents.present[a] = false;
            counts.staffedDown(now);
            return;
        }
        lookForWork(a);
    }

    /**
     * A free agent takes the waiting call of highest priority among the queues it may serve, the longest-waiting
     * among equals; else callback work; else waits idle.
     */
    private void lookForWork(int a) {
        double now = sim.now();
        int bestQueue = -1;
        int bestPriority = Integer.MIN_VALUE;
        double bestArrival = Double.POSITIVE_INFINITY;
        int[] el = agents.eligible[a];
        boolean[] ov = agents.viaOverflow[a];
        for (int j = 0; j < el.length; j++) {
            int q = el[j];
            dropExpiredHead(q, now);
            CallerRing ring = waiting[q];
            if (ring.size == 0) {
                continue;
            }
            double arrival = ring.arrival[ring.head];
            if (ov[j] && arrival + rules[q].overflowAfterSeconds() > now) {
                continue;
            }
            int p = rules[q].priority();
            if (p > bestPriority || (p == bestPriority && arrival < bestArrival)) {
                bestQueue = q;
                bestPriority = p;
                bestArrival = arrival;
            }
        }
        if (bestQueue >= 0) {
            CallerRing ring = waiting[bestQueue];
            int i = ring.pollIndex();
            int k = ring.interval[i];
            double wait = now - ring.arrival[i];
            counts.answered[bestQueue][k]++;
            counts.waitSeconds[bestQueue][k] += wait;
            if (wait <= options.serviceLevelSeconds()) {
                counts.answeredInTime[bestQueue][k]++;
            }
            startWork(a, ring.handle[i]);
            return;
        }
        if (options.callbacks()) {
            for (int q : agents.skills[a]) {
                if (takeCallback(a, q)) {
                    return;
                }
            }
        }
        agents.joinIdle(a);
    }

    /** Agent a calls back the oldest abandoned caller of queue q still within the deadline; false if none. */
    private boolean takeCallback(int a, int q) {
        CallerRing work = callbackWork[q];
        double now = sim.now();
        while (work.size > 0) {
            int i = work.pollIndex();
            if (work.deadline[i] >= now) { // the deadline field holds the callback deadline here
                counts.callbacks[q][work.interval[i]]++;
                startWork(a, work.handle[i]);
                return true;
            }
        }
        return false;
    }

    private void startWork(int a, double seconds) {
        agents.leaveIdle(a);
        agents.busy[a] = true;
        counts.busyUp(sim.now());
        sim.scheduleAt(sim.now() + seconds, P_CALL_END, CALL_END, a);
    }
}
