package wfm.simulation.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import wfm.simulation.random.Mrg32k3a;

/**
 * Where a replication's off-phone blocks fall: work the roster does not show (after-call admin, coaching,
 * outages) taken in blocks of {@link RosterReplay#OFF_PHONE_BLOCK_MIN_SECONDS} to
 * {@link RosterReplay#OFF_PHONE_BLOCK_MAX_SECONDS} (uniform) at random times inside the shift, never overlapping
 * each other nor the shift's breaks.
 *
 * <p>Per shift with W seconds on the phones by the roster (shift less breaks) and off-phone share s, the number of
 * blocks is x = sW / m rounded down or up at random (up with probability frac(x)), m the mean block length, so the
 * expected off-phone time is exactly sW. The blocks are laid out on the shift's on-phone time line (breaks cut
 * out) uniformly at random without overlap (uniform spacings), then mapped back to clock time; a block that meets
 * a break continues after it. When the drawn blocks exceed W (a share near the maximum on a short shift), they
 * fill the shift back to back and the excess is dropped.
 *
 * <p>Draws per shift from one stream, in roster order, whether or not the agent turns up that day (so absence
 * scenarios see the same blocks); nothing is drawn with share 0.
 */
final class OffPhoneBlocks {
    private static final double MIN = RosterReplay.OFF_PHONE_BLOCK_MIN_SECONDS;
    private static final double MAX = RosterReplay.OFF_PHONE_BLOCK_MAX_SECONDS;

    private final double share;
    private final Mrg32k3a stream;
    private int[] shift = new int[16];
    private double[] start = new double[16];
    private double[] length = new double[16];
    private int size;

    OffPhoneBlocks(double share, Mrg32k3a stream) {
        this.share = share;
        this.stream = stream;
    }

    /** Draws the blocks of shift number {@code s}. */
    void place(int s, StaffingPlan.Shift shiftOnRoster) {
        if (share <= 0) {
            return;
        }
        double[][] segments = onPhoneSegments(shiftOnRoster);
        double w = 0;
        for (double[] seg : segments) {
            w += seg[1] - seg[0];
        }
        double x = share * w / ((MIN + MAX) / 2);
        int n = (int) x + (stream.nextDouble() < x - (int) x ? 1 : 0);
        if (n == 0) {
            return;
        }
        double[] len = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            len[i] = MIN + (MAX - MIN) * stream.nextDouble();
            total += len[i];
        }
        double[] gap = new double[n];
        double slack = Math.max(0, w - total);
        for (int i = 0; i < n; i++) {
            gap[i] = slack * stream.nextDouble();
        }
        Arrays.sort(gap);
        double before = 0; // block lengths laid out before block i
        for (int i = 0; i < n && gap[i] + before < w; i++) {
            double from = gap[i] + before;
            double to = Math.min(w, from + len[i]);
            addPieces(s, segments, from, to);
            before += len[i];
        }
    }

    /** The roster's on-phone time of a shift: [start, end) pieces between its breaks, in time order. */
    private static double[][] onPhoneSegments(StaffingPlan.Shift s) {
        List<StaffingPlan.Break> breaks = new ArrayList<>(s.breaks());
        breaks.sort(Comparator.comparingDouble(StaffingPlan.Break::startSeconds));
        List<double[]> segs = new ArrayList<>();
        double t = s.startSeconds();
        for (StaffingPlan.Break b : breaks) {
            if (b.startSeconds() > t) {
                segs.add(new double[] {t, b.startSeconds()});
            }
            t = Math.max(t, b.endSeconds());
        }
        if (s.endSeconds() > t) {
            segs.add(new double[] {t, s.endSeconds()});
        }
        return segs.toArray(new double[0][]);
    }

    /** Adds the clock-time pieces of the on-phone time line span [from, to). */
    private void addPieces(int s, double[][] segments, double from, double to) {
        double offset = 0; // on-phone time before the segment
        for (double[] seg : segments) {
            double segLength = seg[1] - seg[0];
            double lo = Math.max(from, offset);
            double hi = Math.min(to, offset + segLength);
            if (hi > lo) {
                add(s, seg[0] + (lo - offset), hi - lo);
            }
            offset += segLength;
        }
    }

    private void add(int s, double at, double seconds) {
        if (size == shift.length) {
            shift = Arrays.copyOf(shift, 2 * size);
            start = Arrays.copyOf(start, 2 * size);
            length = Arrays.copyOf(length, 2 * size);
        }
        shift[size] = s;
        start[size] = at;
        length[size] = seconds;
        size++;
    }

    int[] shifts() {
        return Arrays.copyOf(shift, size);
    }

    double[] starts() {
        return Arrays.copyOf(start, size);
    }

    double[] lengths() {
        return Arrays.copyOf(length, size);
    }
}
