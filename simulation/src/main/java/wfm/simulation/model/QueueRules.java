package wfm.simulation.model;

/**
 * How one queue is served.
 *
 * @param priority             among the queues an agent answers, higher is served first; ties go to the
 *                             longest-waiting call
 * @param overflowTo           queue number whose agents may also take this queue's calls, or -1
 * @param overflowAfterSeconds how long a call waits before those agents may take it (>= 0)
 */
public record QueueRules(int priority, int overflowTo, double overflowAfterSeconds) {
    public QueueRules {
        if (overflowTo < -1) {
            throw new IllegalArgumentException("overflowTo (" + overflowTo + ") must be a queue number or -1");
        }
        if (!(overflowAfterSeconds >= 0)) {
            throw new IllegalArgumentException("overflowAfterSeconds (" + overflowAfterSeconds + ") must be >= 0");
        }
    }

    /** Priority 0, no overflow. */
    public static QueueRules plain() {
        return new QueueRules(0, -1, 0);
    }
}
