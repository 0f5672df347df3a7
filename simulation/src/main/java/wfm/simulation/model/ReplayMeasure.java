package wfm.simulation.model;

/** What a roster replay reports per interval, day and queue. */
public enum ReplayMeasure {
    /** Calls that reached the queue (IVR self-service excluded). */
    OFFERED("offered"),
    ANSWERED("answered"),
    ABANDONED("abandoned"),
    /** Abandoned / offered. */
    ABANDON_RATE("abandon_rate"),
    /** Answered within the threshold / offered. */
    SERVICE_LEVEL("service_level"),
    /** Mean wait of the answered calls, seconds. */
    ASA_SECONDS("asa_seconds"),
    /** Busy agent time / staffed agent time (all agents together). */
    OCCUPANCY("occupancy"),
    /** Abandoned callers called back within the deadline. */
    CALLBACKS("callbacks");

    private final String key;

    ReplayMeasure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The measure's value from summed counts; NaN where it is undefined (no calls). */
    public double of(double offered, double answered, double answeredInTime, double abandoned, double waitSeconds,
                     double busySeconds, double staffedSeconds, double callbacks) {
        return switch (this) {
            case OFFERED -> offered;
            case ANSWERED -> answered;
            case ABANDONED -> abandoned;
            case ABANDON_RATE -> offered > 0 ? abandoned / offered : Double.NaN;
            case SERVICE_LEVEL -> offered > 0 ? answeredInTime / offered : Double.NaN;
            case ASA_SECONDS -> answered > 0 ? waitSeconds / answered : Double.NaN;
            case OCCUPANCY -> staffedSeconds > 0 ? busySeconds / staffedSeconds : Double.NaN;
            case CALLBACKS -> callbacks;
        };
    }
}
