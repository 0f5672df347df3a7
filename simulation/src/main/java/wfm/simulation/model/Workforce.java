package wfm.simulation.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import wfm.simulation.random.Mrg32k3a;

/**
 * The agents of one replication: what each answers, when each is rostered (shifts, breaks, absent agent-days,
 * off-phone blocks, flattened into arrays), the state each is in, and the idle agents per queue. The decisions
 * (who goes on or off the phones, who takes which call) are {@link RosterReplay}'s; this class keeps the state in
 * primitive arrays so that nothing is allocated per call.
 *
 * <p>Absence: each shift (an agent-day) is lost with probability {@link ReplayOptions#absenteeism()}, one uniform
 * per shift in roster order, independently; the other agents' shifts, skills and breaks are unchanged.
 */
final class Workforce {
    final int agentCount;
    // what an agent answers now (the current shift's queues, or all of its skills)
    final int[][] skills;
    final int[][] eligible;         // queues an agent may take calls from
    final boolean[][] viaOverflow;  // ... and whether only after the overflow delay
    // the agent's state
    final boolean[] available;      // on the phones by roster and off-phone blocks right now
    final boolean[] present;        // counted as staffed (available, or finishing a call)
    final boolean[] busy;
    final boolean[] rostered;       // on a shift and not on a break
    final boolean[] offPhone;       // in an off-phone block
    final double[] offPhoneOwed;    // off-phone seconds due, taken as soon as the agent is free
    // idle agents per queue: intrusive doubly linked lists, longest idle first
    final int[] idleHead;
    private final int[] idleTail;
    private final int[][] idleNext;
    private final int[][] idlePrev;
    private final boolean[] idle;

    // shifts, breaks and off-phone blocks, flattened
    final int[] shiftAgent;
    final double[] shiftStart;
    final double[] shiftEnd;
    final boolean[] shiftAbsent;
    private final int[][] shiftSkills; // the agent's own skills array when the shift does not name queues
    private final int[][] shiftEligible;
    private final boolean[][] shiftViaOverflow;
    final int[] breakShift;
    final double[] breakStart;
    final double[] breakEnd;
    final int[] offPhoneShift;
    final double[] offPhoneStart;
    final double[] offPhoneLength;

    private final QueueRules[] rules;

    Workforce(StaffingPlan plan, QueueRules[] rules, ReplayOptions options, ReplayStreams streams) {
        this.rules = rules;
        int queues = rules.length;
        agentCount = plan.agents().size();
        skills = new int[agentCount][];
        eligible = new int[agentCount][];
        viaOverflow = new boolean[agentCount][];
        for (int a = 0; a < agentCount; a++) {
            int[] s = plan.agents().get(a).skills();
            checkQueues(s, queues, "agent " + plan.agents().get(a).agentId() + " has skill ");
            skills[a] = s.clone();
            eligible[a] = eligibleQueues(s);
            viaOverflow[a] = overflowFlags(s, eligible[a]);
        }
        available = new boolean[agentCount];
        present = new boolean[agentCount];
        busy = new boolean[agentCount];
        rostered = new boolean[agentCount];
        offPhone = new boolean[agentCount];
        offPhoneOwed = new double[agentCount];
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
        Mrg32k3a absence = streams.absence();
        OffPhoneBlocks blocks = new OffPhoneBlocks(options.offPhoneShare(), streams.offPhoneBlocks());
        int si = 0;
        int bi = 0;
        for (int a = 0; a < agentCount; a++) {
            for (StaffingPlan.Shift s : plan.agents().get(a).shifts()) {
                shiftAgent[si] = a;
                shiftStart[si] = s.startSeconds();
                shiftEnd[si] = s.endSeconds();
                shiftAbsent[si] = absence.nextDouble() < options.absenteeism();
                int[] own = s.queues() == null ? skills[a] : s.queues();
                checkQueues(own, queues, "a shift of agent " + plan.agents().get(a).agentId() + " answers queue ");
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
    }

    /** True when shift s names other queues than the agent answers now (the roster's assignment of the day). */
    boolean changesQueues(int s) {
        return skills[shiftAgent[s]] != shiftSkills[s];
    }

    /** The agent of shift s answers that shift's queues from now on (call while not idle). */
    void takeQueuesOf(int s) {
        int a = shiftAgent[s];
        skills[a] = shiftSkills[s];
        eligible[a] = shiftEligible[s];
        viaOverflow[a] = shiftViaOverflow[s];
    }

    boolean isIdle(int a) {
        return idle[a];
    }

    /** The agent waits for work at the end of the idle list of each queue it answers. */
    void joinIdle(int a) {
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

    void leaveIdle(int a) {
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

    private static void checkQueues(int[] queueNumbers, int queues, String what) {
        for (int q : queueNumbers) {
            if (q < 0 || q >= queues) {
                throw new IllegalArgumentException(what + q + ", expected a queue number below " + queues);
            }
        }
    }

    /** The queues an agent with these skills may take calls from: its skills, then queues overflowing into them. */
    private int[] eligibleQueues(int[] skillSet) {
        List<Integer> el = new ArrayList<>();
        for (int q : skillSet) {
            el.add(q);
        }
        for (int q = 0; q < rules.length; q++) {
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
}
