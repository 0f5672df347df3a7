package wfm.simulation.model;

/** What a planner reads off a queue's simulation. */
public enum QueueMeasure {
    /** Abandoned calls / offered calls. */
    ABANDON_RATE("abandon_rate"),
    /** Calls answered within the threshold T / offered calls (an abandoned call counts as not answered in time). */
    SERVICE_LEVEL("service_level"),
    /** Average speed of answer: mean wait of the answered calls, seconds. */
    ASA_SECONDS("asa_seconds"),
    /** Busy agent time / agent time on duty. */
    OCCUPANCY("occupancy"),
    /** Calls that found every agent busy and had to wait / offered calls (Erlang C's "probability of waiting"). */
    P_WAIT("p_wait");

    private final String key;

    QueueMeasure(String key) {
        this.key = key;
    }

    /** The name used in files and JSON. */
    public String key() {
        return key;
    }
}
