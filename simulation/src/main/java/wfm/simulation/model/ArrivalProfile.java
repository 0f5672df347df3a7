package wfm.simulation.model;

import java.util.List;

/**
 * Expected traffic per queue and interval on a grid that starts at time 0 (midnight of the first day), back to
 * back: interval {@code k} covers [k L, (k+1) L) seconds with L = {@code intervalSeconds}.
 *
 * @param queues          queue names, index = queue number
 * @param intervalSeconds interval length L in seconds (divides a day)
 * @param calls           expected calls per queue and interval ({@code [queue][interval]}, >= 0)
 * @param ahtSeconds      mean handle time per queue and interval, seconds (> 0 where calls > 0)
 */
public record ArrivalProfile(List<String> queues, double intervalSeconds, double[][] calls, double[][] ahtSeconds) {
    public ArrivalProfile {
        queues = List.copyOf(queues);
        if (queues.isEmpty()) {
            throw new IllegalArgumentException("queues must not be empty");
        }
        if (!(intervalSeconds > 0) || 86400 % intervalSeconds != 0) {
            throw new IllegalArgumentException("intervalSeconds (" + intervalSeconds + ") must divide a day");
        }
        if (calls.length != queues.size() || ahtSeconds.length != queues.size()) {
            throw new IllegalArgumentException("calls and ahtSeconds need one row per queue (" + queues.size() + ")");
        }
        int n = calls[0].length;
        for (int q = 0; q < calls.length; q++) {
            if (calls[q].length != n || ahtSeconds[q].length != n) {
                throw new IllegalArgumentException("queue " + queues.get(q) + " has " + calls[q].length
                        + " intervals, expected " + n);
            }
            for (int k = 0; k < n; k++) {
                if (!(calls[q][k] >= 0) || Double.isInfinite(calls[q][k])) {
                    throw new IllegalArgumentException("calls (" + calls[q][k] + ") of queue " + queues.get(q)
                            + " interval " + k + " must be >= 0");
                }
                if (calls[q][k] > 0 && !(ahtSeconds[q][k] > 0)) {
                    throw new IllegalArgumentException("ahtSeconds (" + ahtSeconds[q][k] + ") of queue "
                            + queues.get(q) + " interval " + k + " must be positive where calls are expected");
                }
            }
        }
    }

    public int intervals() {
        return calls[0].length;
    }

    public int queueCount() {
        return queues.size();
    }

    public int intervalsPerDay() {
        return (int) Math.round(86400 / intervalSeconds);
    }

    /** Days covered by the grid (the last one possibly partial). */
    public int days() {
        return (intervals() + intervalsPerDay() - 1) / intervalsPerDay();
    }
}
