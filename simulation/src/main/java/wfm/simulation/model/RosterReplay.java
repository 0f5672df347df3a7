package wfm.simulation.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import wfm.simulation.engine.EventHandler;
import wfm.simulation.engine.Simulator;
import wfm.simulation.random.Mrg32k3a;
import wfm.simulation.random.RandomStreams;
import wfm.simulation.random.Variates;

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
 * <p>Random streams (see {@link RandomStreams}, {@link #streamsFor}): per queue and day, arrivals, handle times,
 * patience and IVR choice; per queue, the daily levels; one for absences; then one for off-phone blocks, one for
 * the forecast-error day draws and one per queue for the intraday noise. Each caller's handle time and patience
 * are drawn on arrival so scenarios that share a seed see the same callers; with off-phone time and forecast
 * error off, a seed gives exactly the callers and results it gave before they existed.
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

    /** Per queue and day: arrivals, handle times, patience, IVR choice. */
    private static final int STREAMS_PER_QUEUE_DAY = 4;
    private static final int ABSENCE_STREAM = 0;

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
        return firstAddedStream(profile) + 2 + profile.queueCount();
    }

    /** The first stream after the original layout (absences, levels and per-day streams). */
    private static int firstAddedStream(ArrivalProfile profile) {
        return 1 + profile.queueCount() * (1 + STREAMS_PER_QUEUE_DAY * profile.days());
    }

    private final Simulator sim = new Simulator();
    private final ArrivalProfile profile;
    private final ReplayOptions options;
    private final QueueRules[] rules;
    private final int queues;
    private final int intervals;
    private final double intervalSeconds;
    private final double horizonSeconds;

    // random streams
    private final Mrg32k3a[][] arrivalStream; // [queue][day]
    private final Mrg32k3a[][] handleStream;
    private final Mrg32k3a[][] patienceStream;
    private final Mrg32k3a[][] ivrStream;
    private final int intervalsPerDay;
    private final double[][] ratePerSecond;
    private final double[][] meanHandleSeconds;
    private final boolean lognormal;

    // agents
    private final int agentCount;
    private final int[][] skills;
    private final int[][] eligible;        // queues an agent may take calls from
    private final boolean[][] viaOverflow; // ... and whether only after the overflow delay
    private final boolean[] available;     // on duty per roster right now
    private final boolean[] present;       // counted as staffed (available, or finishing a call)
    private final boolean[] busy;
    // idle agents per queue: intrusive doubly linked lists, longest idle first
    private final int[][] idleNext;
    private final int[][] idlePrev;
    private final int[] idleHead;
    private final int[] idleTail;
    private final boolean[] idle;

    // shifts and breaks, flattened
    private final int[] shiftAgent;
    private final double[] shiftStart;
    private final double[] shiftEnd;
    private final boolean[] shiftAbsent;
    private final int[][] shiftSkills;       // null: the agent's own skills
    private final int[][] shiftEligible;
    private final boolean[][] shiftViaOverflow;
    private final int[] breakShift;
    private final double[] breakStart;
    private final double[] breakEnd;
    // off-phone blocks (pieces between breaks), and the agents' state
    private final int[] offPhoneShift;
    private final double[] offPhoneStart;
    private final double[] offPhoneLength;
    private final boolean[] rostered;      // on a shift and not on a break
    private final boolean[] offPhone;      // in an off-phone block
    private final double[] offPhoneOwed;   // off-phone seconds due, taken as soon as the agent is free

    // waiting callers per queue: ring buffers
    private final CallerRing[] waiting;
    // callback work per queue: abandonment time, handle time, interval of the original call
    private final CallerRing[] callbackWork;

    // results
    private final long[][] offered;
    private final long[][] answered;
    private final long[][] answeredInTime;
    private final long[][] abandoned;
    private final double[][] waitSeconds;
    private final long[][] callbacks;
    private final long[][] ivrServed;
    private final double[] busySeconds;
    private final double[] staffedSeconds;
    private int busyCount;
    private int staffedCount;
    private double lastCountChange;
    private long callsSimulated;

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
        this.profile = profile;
        this.options = options;
        this.queues = profile.queueCount();
        this.intervals = profile.intervals();
        this.intervalSeconds = profile.intervalSeconds();
        this.horizonSeconds = intervals * intervalSeconds;
        if (streams.kinds() < streamsFor(profile)) {
            throw new IllegalArgumentException("streams (" + streams.kinds() + ") must be at least "
                    + streamsFor(profile));
        }
        this.intervalsPerDay = profile.intervalsPerDay();
        this.rules = new QueueRules[queues];
        for (int q = 0; q < queues; q++) {
            this.rules[q] = rules == null ? QueueRules.plain() : rules.get(q);
            int to = this.rules[q].overflowTo();
            if (to >= queues || to == q) {
                throw new IllegalArgumentException("overflowTo (" + to + ") of queue " + profile.queues().get(q)
                        + " must be another queue number below " + queues);
            }
        }
        int days = profile.days();
        arrivalStream = new Mrg32k3a[queues][days];
        handleStream = new Mrg32k3a[queues][days];
        patienceStream = new Mrg32k3a[queues][days];
        ivrStream = new Mrg32k3a[queues][days];
        Mrg32k3a[] levelStream = new Mrg32k3a[queues];
        for (int q = 0; q < queues; q++) {
            int base = 1 + q * (1 + STREAMS_PER_QUEUE_DAY * days);
            levelStream[q] = streams.stream(base, replication);
            for (int d = 0; d < days; d++) {
                int kind = base + 1 + STREAMS_PER_QUEUE_DAY * d;
                arrivalStream[q][d] = streams.stream(kind, replication);
                handleStream[q][d] = streams.stream(kind + 1, replication);
                patienceStream[q][d] = streams.stream(kind + 2, replication);
                ivrStream[q][d] = streams.stream(kind + 3, replication);
            }
        }
        lognormal = options.handleTimeCv() != 1.0;
        int perDay = profile.intervalsPerDay();
        DemandUncertainty demand = options.demand();
        if (!demand.queues().isEmpty() && demand.queues().size() != queues) {
            throw new IllegalArgumentException("demand uncertainty has " + demand.queues().size()
                    + " queues, the profile " + queues);
        }
        int added = firstAddedStream(profile);
        double[][] dayCalls = new double[queues][days];
        double[][] dayAht = new double[queues][days];
        Mrg32k3a origins = streams.stream(added + 1, replication);
        for (int d = 0; d < days; d++) {
            double u = origins.nextDouble(); // one backtest origin per day, shared by the queues
            for (int q = 0; q < queues; q++) {
                dayCalls[q][d] = demand.queue(q).callsRatio(d, u);
                dayAht[q][d] = demand.queue(q).ahtRatio(d, u);
            }
        }
        ratePerSecond = new double[queues][intervals];
        meanHandleSeconds = new double[queues][intervals];
        for (int q = 0; q < queues; q++) {
            double[] level = new double[profile.days()];
            for (int d = 0; d < level.length; d++) {
                // drawn even when the level is off, to keep streams in step across scenarios
                double g = Variates.gammaMeanOne(levelStream[q], Math.max(options.dailyLevelCv(), 1e-9));
                level[d] = options.dailyLevelCv() > 0 ? g : 1.0;
            }
            Mrg32k3a noise = streams.stream(added + 2 + q, replication);
            double intervalCv = demand.queue(q).intervalCv();
            for (int k = 0; k < intervals; k++) {
                int day = k / perDay;
                // the forecast-error factors are exactly 1 when off, so the products equal the old ones bit for bit
                ratePerSecond[q][k] = profile.calls()[q][k] * level[day] * options.volumeFactorOn(day)
                        * dayCalls[q][day] * Variates.gammaMeanOne(noise, intervalCv) / intervalSeconds;
                meanHandleSeconds[q][k] = profile.ahtSeconds()[q][k] * options.ahtFactor() * dayAht[q][day];
            }
        }

        agentCount = plan.agents().size();
        skills = new int[agentCount][];
        eligible = new int[agentCount][];
        viaOverflow = new boolean[agentCount][];
        for (int a = 0; a < agentCount; a++) {
            int[] s = plan.agents().get(a).skills();
            for (int q : s) {
                if (q < 0 || q >= queues) {
                    throw new IllegalArgumentException("agent " + plan.agents().get(a).agentId() + " has skill "
                            + q + ", expected a queue number below " + queues);
                }
            }
            skills[a] = s.clone();
            eligible[a] = eligibleQueues(s);
            viaOverflow[a] = overflowFlags(s, eligible[a]);
        }
        available = new boolean[agentCount];
        present = new boolean[agentCount];
        busy = new boolean[agentCount];
        idle = new boolean[agentCount];
        idleNext = new int[queues][agentCount];
        idlePrev = new int[queues][agentCount];
        idleHead = new int[queues];
        idleTail = new int[queues];
        Arrays.fill(idleHead, -1);
        Arrays.fill(idleTail, -1);

        int shifts = 0;
        int breaks = 0;
        for (StaffingPlan.Agent agent : plan.agents()) {
            shifts += agent.shifts().size();
            for (StaffingPlan.Shift s : agent.shifts()) {
                breaks += s.breaks().size();
            }
        }
        shiftAgent = new int[shifts];
        shiftStart = new double[shifts];
        shiftEnd = new double[shifts];
        shiftAbsent = new boolean[shifts];
        shiftSkills = new int[shifts][];
        shiftEligible = new int[shifts][];
        shiftViaOverflow = new boolean[shifts][];
        breakShift = new int[breaks];
        breakStart = new double[breaks];
        breakEnd = new double[breaks];
        Mrg32k3a absence = streams.stream(ABSENCE_STREAM, replication);
        OffPhoneBlocks blocks = new OffPhoneBlocks(options.offPhoneShare(), streams.stream(added, replication));
        int si = 0;
        int bi = 0;
        for (int a = 0; a < agentCount; a++) {
            for (StaffingPlan.Shift s : plan.agents().get(a).shifts()) {
                shiftAgent[si] = a;
                shiftStart[si] = s.startSeconds();
                shiftEnd[si] = s.endSeconds();
                shiftAbsent[si] = absence.nextDouble() < options.absenteeism();
                int[] own = s.queues() == null ? skills[a] : s.queues();
                for (int q : own) {
                    if (q < 0 || q >= queues) {
                        throw new IllegalArgumentException("a shift of agent " + plan.agents().get(a).agentId()
                                + " answers queue " + q + ", expected a queue number below " + queues);
                    }
                }
                shiftSkills[si] = own;
                shiftEligible[si] = s.queues() == null ? eligible[a] : eligibleQueues(own);
                shiftViaOverflow[si] = s.queues() == null ? viaOverflow[a] : overflowFlags(own, shiftEligible[si]);
                for (StaffingPlan.Break b : s.breaks()) {
                    breakShift[bi] = si;
                    breakStart[bi] = b.startSeconds();
                    breakEnd[bi] = b.endSeconds();
                    bi++;
                }
                blocks.place(si, s);
                si++;
            }
        }

        offPhoneShift = blocks.shifts();
        offPhoneStart = blocks.starts();
        offPhoneLength = blocks.lengths();
        rostered = new boolean[agentCount];
        offPhone = new boolean[agentCount];
        offPhoneOwed = new double[agentCount];

        waiting = new CallerRing[queues];
        callbackWork = new CallerRing[queues];
        for (int q = 0; q < queues; q++) {
            waiting[q] = new CallerRing();
            callbackWork[q] = new CallerRing();
        }
        offered = new long[queues][intervals];
        answered = new long[queues][intervals];
        answeredInTime = new long[queues][intervals];
        abandoned = new long[queues][intervals];
        waitSeconds = new double[queues][intervals];
        callbacks = new long[queues][intervals];
        ivrServed = new long[queues][intervals];
        busySeconds = new double[intervals];
        staffedSeconds = new double[intervals];
    }

    /** Runs the replication (once). */
    public ReplayRun run() {
        if (sim.eventsHandled() > 0) {
            throw new IllegalStateException("a replay runs once; make a new one per replication");
        }
        for (int k = 0; k <= intervals; k++) {
            sim.scheduleAt(k * intervalSeconds, P_BOUNDARY, INTERVAL_BOUNDARY, k);
        }
        for (int s = 0; s < shiftAgent.length; s++) {
            if (!shiftAbsent[s] && shiftEnd[s] > 0) {
                sim.scheduleAt(Math.max(0, shiftStart[s]), P_COME, SHIFT_START, s);
                sim.scheduleAt(shiftEnd[s], P_LEAVE, SHIFT_END, s);
            }
        }
        for (int b = 0; b < breakShift.length; b++) {
            if (!shiftAbsent[breakShift[b]] && breakEnd[b] > 0) {
                sim.scheduleAt(Math.max(0, breakStart[b]), P_LEAVE, BREAK_START, b);
                sim.scheduleAt(breakEnd[b], P_COME, BREAK_END, b);
            }
        }
        for (int b = 0; b < offPhoneShift.length; b++) {
            if (!shiftAbsent[offPhoneShift[b]] && offPhoneStart[b] >= 0) {
                sim.scheduleAt(offPhoneStart[b], P_LEAVE, OFF_PHONE_START, b);
            }
        }
        for (int q = 0; q < queues; q++) {
            double t = nextArrival(q, 0);
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
                abandoned[q][ring.interval[i]]++;
            }
        }
        return new ReplayRun(offered, answered, answeredInTime, abandoned, waitSeconds, callbacks, ivrServed,
                busySeconds, staffedSeconds, callsSimulated);
    }

    @Override
    public void handle(int kind, int payload) {
        switch (kind) {
            case ARRIVAL -> arrival(payload);
            case CALL_END -> callEnd(payload);
            case SHIFT_START -> startShift(payload);
            case SHIFT_END -> {
                offPhoneOwed[shiftAgent[payload]] = 0; // off-phone time not taken by the end of the shift is lost
                setRostered(shiftAgent[payload], false);
            }
            case BREAK_START -> setRostered(shiftAgent[breakShift[payload]], false);
            case BREAK_END -> {
                if (sim.now() < shiftEnd[breakShift[payload]]) {
                    setRostered(shiftAgent[breakShift[payload]], true);
                }
            }
            case OFF_PHONE_START -> {
                offPhoneOwed[shiftAgent[offPhoneShift[payload]]] += offPhoneLength[payload];
                updateDuty(shiftAgent[offPhoneShift[payload]]);
            }
            case OFF_PHONE_END -> {
                offPhone[payload] = false;
                updateDuty(payload);
            }
            case INTERVAL_BOUNDARY -> intervalBoundary(payload);
            case OVERFLOW_CHECK -> overflowCheck(payload);
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    // ---- callers

    /** Next arrival of queue q after time t: exponential gaps at the current interval's rate, restarted at each
     * interval boundary (exact for a piecewise-constant rate, by memorylessness). */
    private double nextArrival(int q, double t) {
        int k = (int) (t / intervalSeconds);
        while (k < intervals) {
            double rate = ratePerSecond[q][k];
            double boundary = (k + 1) * intervalSeconds;
            if (rate > 0) {
                double candidate = t + Variates.exponential(arrivalStream[q][k / intervalsPerDay], 1.0 / rate);
                if (candidate < boundary) {
                    return candidate;
                }
            }
            t = boundary;
            k++;
        }
        return Double.POSITIVE_INFINITY;
    }

    private void arrival(int q) {
        double now = sim.now();
        double next = nextArrival(q, now);
        if (next < horizonSeconds) {
            sim.scheduleAt(next, P_ARRIVAL, ARRIVAL, q);
        }
        callsSimulated++;
        int k = Math.min((int) (now / intervalSeconds), intervals - 1);
        int day = k / intervalsPerDay;
        double mean = meanHandleSeconds[q][k];
        double handle = lognormal
                ? Variates.lognormal(handleStream[q][day], mean, options.handleTimeCv())
                : Variates.exponential(handleStream[q][day], mean);
        double deadline = now + options.patience().draw(patienceStream[q][day]);
        if (ivrStream[q][day].nextDouble() < options.ivrShare()) {
            ivrServed[q][k]++;
            return;
        }
        offered[q][k]++;
        int agent = idleHead[q];
        if (agent >= 0) {
            answered[q][k]++;
            answeredInTime[q][k]++;
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
        abandoned[q][ring.interval[i]]++;
        if (options.callbacks()) {
            callbackWork[q].add(ring.deadline[i], ring.deadline[i] + options.callbackDeadlineSeconds(),
                    ring.handle[i], ring.interval[i]);
            int agent = idleHead[q];
            if (agent >= 0) {
                takeCallback(agent, q);
            }
        }
    }

    private void overflowCheck(int q) {
        int to = rules[q].overflowTo();
        int agent = idleHead[to];
        if (agent >= 0 && waiting[q].size > 0) {
            lookForWork(agent);
        }
    }

    private void intervalBoundary(int k) {
        double now = sim.now();
        flushCounts(now);
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
        int a = shiftAgent[s];
        if (skills[a] != shiftSkills[s]) {
            boolean wasIdle = idle[a];
            if (wasIdle) {
                leaveIdle(a); // idle lists are per skill: leave with the old skills, rejoin with the new ones
            }
            skills[a] = shiftSkills[s];
            eligible[a] = shiftEligible[s];
            viaOverflow[a] = shiftViaOverflow[s];
            if (wasIdle) {
                lookForWork(a);
            }
        }
        setRostered(a, true);
    }

    private void setRostered(int a, boolean on) {
        rostered[a] = on;
        updateDuty(a);
    }

    /**
     * Puts the agent on or off the phones: on when rostered (on a shift, not on a break) and not in an off-phone
     * block. A rostered agent who owes off-phone time and is not on a call starts the block now, for all of the
     * time owed (a call in progress is finished first: {@link #callEnd} comes back here).
     */
    private void updateDuty(int a) {
        if (rostered[a] && !offPhone[a] && offPhoneOwed[a] > 0 && !busy[a]) {
            offPhone[a] = true;
            sim.scheduleAt(sim.now() + offPhoneOwed[a], P_COME, OFF_PHONE_END, a);
            offPhoneOwed[a] = 0;
        }
        if (rostered[a] && !offPhone[a]) {
            comeOnDuty(a);
        } else {
            goOffDuty(a);
        }
    }

    private void comeOnDuty(int a) {
        double now = sim.now();
        available[a] = true;
        if (!present[a]) {
            setCounts(now, busyCount, staffedCount + 1);
            present[a] = true;
            lookForWork(a);
        }
    }

    private void goOffDuty(int a) {
        available[a] = false;
        if (present[a] && !busy[a]) {
            leaveIdle(a);
            present[a] = false;
            setCounts(sim.now(), busyCount, staffedCount - 1);
        }
        // a busy agent finishes the call first, see callEnd
    }

    private void callEnd(int a) {
        double now = sim.now();
        busy[a] = false;
        setCounts(now, busyCount - 1, staffedCount);
        if (offPhoneOwed[a] > 0 && available[a]) {
            updateDuty(a); // the off-phone block that waited for this call to end
            return;
        }
        if (!available[a]) {
            present[a] = false;
            setCounts(now, busyCount, staffedCount - 1);
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
        int[] el = eligible[a];
        boolean[] ov = viaOverflow[a];
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
            answered[bestQueue][k]++;
            waitSeconds[bestQueue][k] += wait;
            if (wait <= options.serviceLevelSeconds()) {
                answeredInTime[bestQueue][k]++;
            }
            startWork(a, ring.handle[i]);
            return;
        }
        if (options.callbacks()) {
            for (int q : skills[a]) {
                if (takeCallback(a, q)) {
                    return;
                }
            }
        }
        joinIdle(a);
    }

    /** Agent a calls back the oldest abandoned caller of queue q still within the deadline; false if none. */
    private boolean takeCallback(int a, int q) {
        CallerRing work = callbackWork[q];
        double now = sim.now();
        while (work.size > 0) {
            int i = work.pollIndex();
            if (work.deadline[i] >= now) { // the deadline field holds the callback deadline here
                callbacks[q][work.interval[i]]++;
                startWork(a, work.handle[i]);
                return true;
            }
        }
        return false;
    }

    private void startWork(int a, double seconds) {
        if (idle[a]) {
            leaveIdle(a);
        }
        busy[a] = true;
        setCounts(sim.now(), busyCount + 1, staffedCount);
        sim.scheduleAt(sim.now() + seconds, P_CALL_END, CALL_END, a);
    }

    private void joinIdle(int a) {
        if (idle[a]) {
            return;
        }
        idle[a] = true;
        for (int q : skills[a]) {
            idleNext[q][a] = -1;
            idlePrev[q][a] = idleTail[q];
            if (idleTail[q] >= 0) {
                idleNext[q][idleTail[q]] = a;
            } else {
                idleHead[q] = a;
            }
            idleTail[q] = a;
        }
    }

    private void leaveIdle(int a) {
        if (!idle[a]) {
            return;
        }
        idle[a] = false;
        for (int q : skills[a]) {
            int prev = idlePrev[q][a];
            int next = idleNext[q][a];
            if (prev >= 0) {
                idleNext[q][prev] = next;
            } else {
                idleHead[q] = next;
            }
            if (next >= 0) {
                idlePrev[q][next] = prev;
            } else {
                idleTail[q] = prev;
            }
        }
    }

    // ---- time-weighted counts

    private void setCounts(double now, int newBusy, int newStaffed) {
        accumulate(now);
        busyCount = newBusy;
        staffedCount = newStaffed;
    }

    private void flushCounts(double now) {
        accumulate(now);
    }

    private void accumulate(double now) {
        double from = lastCountChange;
        if (now > from) {
            int k = (int) (from / intervalSeconds);
            if (k < intervals) {
                // changes happen inside an interval: boundaries flush, so [from, now] lies in interval k
                double to = Math.min(now, horizonSeconds);
                busySeconds[k] += busyCount * (to - from);
                staffedSeconds[k] += staffedCount * (to - from);
            }
        }
        lastCountChange = now;
    }

    /** The queues an agent with these skills may take calls from: its skills, then queues overflowing into them. */
    private int[] eligibleQueues(int[] skillSet) {
        List<Integer> el = new ArrayList<>();
        for (int q : skillSet) {
            el.add(q);
        }
        for (int q = 0; q < queues; q++) {
            int to = rules[q].overflowTo();
            if (to >= 0 && contains(skillSet, to) && !contains(skillSet, q)) {
                el.add(q);
            }
        }
        return el.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean[] overflowFlags(int[] skillSet, int[] eligibleQueues) {
        boolean[] flags = new boolean[eligibleQueues.length];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = !contains(skillSet, eligibleQueues[i]);
        }
        return flags;
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    /** A FIFO of callers (or callback work) in primitive arrays. */
    private static final class CallerRing {
        double[] arrival = new double[64];
        double[] deadline = new double[64];
        double[] handle = new double[64];
        int[] interval = new int[64];
        int head;
        int size;

        void add(double arrivalTime, double deadlineTime, double handleSeconds, int intervalIndex) {
            if (size == arrival.length) {
                grow();
            }
            int tail = (head + size) & (arrival.length - 1);
            arrival[tail] = arrivalTime;
            deadline[tail] = deadlineTime;
            handle[tail] = handleSeconds;
            interval[tail] = intervalIndex;
            size++;
        }

        /** Removes the head and returns its slot, valid until the next add. */
        int pollIndex() {
            int i = head;
            head = (head + 1) & (arrival.length - 1);
            size--;
            return i;
        }

        private void grow() {
            int n = arrival.length;
            double[] a = new double[2 * n];
            double[] d = new double[2 * n];
            double[] h = new double[2 * n];
            int[] k = new int[2 * n];
            for (int j = 0; j < size; j++) {
                int i = (head + j) & (n - 1);
                a[j] = arrival[i];
                d[j] = deadline[i];
                h[j] = handle[i];
                k[j] = interval[i];
            }
            arrival = a;
            deadline = d;
            handle = h;
            interval = k;
            head = 0;
        }
    }
}
