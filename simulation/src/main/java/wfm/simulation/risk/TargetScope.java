package wfm.simulation.risk;

/** Whom the abandonment target binds. */
public enum TargetScope {
    /** Every queue on its own, every day: a queue that drops too many of its callers misses the day. */
    QUEUE,
    /** All queues together, every day (a centre-wide rule, as 95504's published one). */
    ALL
}
