package wfm.simulation.model;

/**
 * The counts of one replication of a roster replay, per queue and interval of arrival ({@code [queue][interval]});
 * occupancy per interval of time ({@code [interval]}, all agents together).
 *
 * @param offered          calls that reached the queue (after IVR self-service)
 * @param answered         calls answered by an agent
 * @param answeredInTime   calls answered within the service level threshold
 * @param abandoned        calls whose caller hung up before an answer (or still waiting when the run ended)
 * @param waitSeconds      total wait of the answered calls, seconds
 * @param callbacks        abandoned callers called back within the deadline
 * @param ivrServed        callers served by IVR self-service
 * @param busySeconds      agent-seconds busy with calls or callbacks, per interval
 * @param staffedSeconds   agent-seconds on duty (present, not on break), per interval
 * @param callsSimulated   callers generated (IVR included)
 */
public record ReplayRun(long[][] offered, long[][] answered, long[][] answeredInTime, long[][] abandoned,
                        double[][] waitSeconds, long[][] callbacks, long[][] ivrServed, double[] busySeconds,
                        double[] staffedSeconds, long callsSimulated) {

    public int queues() {
        return offered.length;
    }

    public int intervals() {
        return busySeconds.length;
    }
}
