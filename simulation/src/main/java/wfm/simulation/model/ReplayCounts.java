package wfm.simulation.model;

/**
 * What one replication measures: counts per queue and interval of arrival, and the time-weighted busy and staffed
 * agents per interval of time. Changes of the agent counts happen inside an interval, because every interval
 * boundary {@link #flush}es, so each accumulated span lies in one interval.
 */
final class ReplayCounts {
    final long[][] offered;
    final long[][] answered;
    final long[][] answeredInTime;
    final long[][] abandoned;
    final double[][] waitSeconds;
    final long[][] callbacks;
    final long[][] ivrServed;
    private final double[] busySeconds;
    private final double[] staffedSeconds;
    private final int intervals;
    private final double intervalSeconds;
    private final double horizonSeconds;
    private int busy;
    private int staffed;
    private double lastChange;
    long callsSimulated;

    ReplayCounts(int queues, int intervals, double intervalSeconds) {
        this.intervals = intervals;
        this.intervalSeconds = intervalSeconds;
        this.horizonSeconds = intervals * intervalSeconds;
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

    /** One more agent starts work (call or callback) at {@code now}. */
    void busyUp(double now) {
        accumulate(now);
        busy++;
    }

    void busyDown(double now) {
        accumulate(now);
        busy--;
    }

    /** One more agent is on the phones (present) from {@code now}. */
    void staffedUp(double now) {
        accumulate(now);
        staffed++;
    }

    void staffedDown(double now) {
        accumulate(now);
        staffed--;
    }

    /** Closes the span up to an interval boundary. */
    void flush(double now) {
        accumulate(now);
    }

    private void accumulate(double now) {
        double from = lastChange;
        if (now > from) {
            int k = (int) (from / intervalSeconds);
            if (k < intervals) {
                double to = Math.min(now, horizonSeconds);
                busySeconds[k] += busy * (to - from);
                staffedSeconds[k] += staffed * (to - from);
            }
        }
        lastChange = now;
    }

    ReplayRun toRun() {
        return new ReplayRun(offered, answered, answeredInTime, abandoned, waitSeconds, callbacks, ivrServed,
                busySeconds, staffedSeconds, callsSimulated);
    }
}
