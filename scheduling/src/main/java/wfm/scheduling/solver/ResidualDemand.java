package wfm.scheduling.solver;

import java.util.List;

import wfm.scheduling.domain.Queue;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.domain.SlotCover;
import wfm.scheduling.domain.SlotDemand;

/**
 * What the requirement still needs once some shifts are placed, per queue and interval, in hundredths of an agent
 * (negative = over-covered). The gain of one more shift is counted exactly as the score's medium level counts
 * coverage: weighted agent-minutes ({@link SlotDemand#weight()}) of the requirement it newly covers.
 */
final class ResidualDemand {
    private final int[][] residualCentiAgents;
    /** Weighted agent-minutes per hundredth of an agent, per queue and interval. */
    private final double[][] weightedMinutesPerCenti;

    ResidualDemand(List<Queue> queues, int slots, List<SlotDemand> demands) {
        residualCentiAgents = new int[queues.size()][slots];
        weightedMinutesPerCenti = new double[queues.size()][slots];
        for (SlotDemand d : demands) {
            residualCentiAgents[d.queue().index()][d.slot()] += d.requiredCentiAgents();
            weightedMinutesPerCenti[d.queue().index()][d.slot()] = d.minutes() * d.weight() / 100;
        }
    }

    /** Weighted agent-minutes of still uncovered requirement that the shift would cover on the queue. */
    double gain(ShiftOption shift, Queue queue) {
        int q = queue.index();
        int[] residual = residualCentiAgents[q];
        double[] weights = weightedMinutesPerCenti[q];
        double gain = 0;
        for (SlotCover c : shift.covers(queue)) {
            int s = c.demand().slot();
            int r = residual[s];
            if (r > 0) {
                gain += Math.min(r, c.centiAgents()) * weights[s];
            }
        }
        return gain;
    }

    /** Agent-minutes the shift would add where the queue is already fully covered (the soft over-staffing). */
    long overMinutes(ShiftOption shift, Queue queue) {
        int[] residual = residualCentiAgents[queue.index()];
        long over = 0;
        for (SlotCover c : shift.covers(queue)) {
            int r = residual[c.demand().slot()];
            over += c.centiAgents() - Math.max(0, Math.min(r, c.centiAgents()));
        }
        return over;
    }

    void cover(ShiftOption shift, Queue queue) {
        add(shift, queue, -1);
    }

    void uncover(ShiftOption shift, Queue queue) {
        add(shift, queue, 1);
    }

    private void add(ShiftOption shift, Queue queue, int sign) {
        int[] residual = residualCentiAgents[queue.index()];
        for (SlotCover c : shift.covers(queue)) {
            residual[c.demand().slot()] += sign * c.centiAgents();
        }
    }

    /** Hundredths of an agent still needed (negative: over-covered). */
    int residualCentiAgents(Queue queue, int slot) {
        return residualCentiAgents[queue.index()][slot];
    }
}
