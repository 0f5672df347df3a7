package wfm.simulation.model;

/**
 * The counts of one replication of a {@link StationaryQueue}, per batch of observed time (calls are attributed
 * to the batch in which they arrived; each call is followed to its end, answered or abandoned).
 *
 * @param offered        calls arrived per batch
 * @param delayed        calls that found every agent busy, per batch
 * @param answered       calls answered per batch
 * @param answeredInTime calls answered within the threshold, per batch
 * @param abandoned      calls abandoned per batch
 * @param waitSeconds    total wait of the answered calls per batch, seconds
 * @param busySeconds    busy agent-seconds per batch (time-weighted)
 * @param agentSeconds   agent-seconds available per batch
 * @param callsSimulated every call generated, warm-up included
 */
public record StationaryRun(long[] offered, long[] delayed, long[] answered, long[] answeredInTime,
                            long[] abandoned, double[] waitSeconds, double[] busySeconds, double agentSeconds,
                            long callsSimulated) {

    public int batches() {
        return offered.length;
    }

    /** The measure over the whole observed time of this replication. */
    public double value(QueueMeasure measure) {
        return value(measure, 0, batches());
    }

    /** The measure over one batch. */
    public double batchValue(QueueMeasure measure, int batch) {
        return value(measure, batch, batch + 1);
    }

    public long callsOffered() {
        long n = 0;
        for (long o : offered) {
            n += o;
        }
        return n;
    }

    private double value(QueueMeasure measure, int from, int to) {
        double off = 0, del = 0, ans = 0, inTime = 0, ab = 0, wait = 0, busy = 0;
        for (int b = from; b < to; b++) {
            off += offered[b];
            del += delayed[b];
            ans += answered[b];
            inTime += answeredInTime[b];
            ab += abandoned[b];
            wait += waitSeconds[b];
            busy += busySeconds[b];
        }
        return switch (measure) {
            case ABANDON_RATE -> off == 0 ? Double.NaN : ab / off;
            case SERVICE_LEVEL -> off == 0 ? Double.NaN : inTime / off;
            case ASA_SECONDS -> ans == 0 ? Double.NaN : wait / ans;
            case OCCUPANCY -> busy / (agentSeconds * (to - from));
            case P_WAIT -> off == 0 ? Double.NaN : del / off;
        };
    }
}
