package wfm.forecasting.erlang;

/** A steady-state queue model that tells how a given number of agents performs: Erlang C or Erlang A. */
public sealed interface QueueModel permits ErlangC, ErlangA {

    /** Offered load in Erlangs: calls per second times mean handle time in seconds. */
    double loadErlangs();

    /** Mean handle time in seconds. */
    double ahtSeconds();

    /** The answer time the service level counts against, in seconds. */
    double answerWithinSeconds();

    /** Short name used in outputs: {@code erlang-c} or {@code erlang-a}. */
    String name();

    /** Performance with {@code agents} agents (at least 1). */
    default Performance performance(int agents) {
        return performance(BlockingRecursion.at(loadErlangs(), agents));
    }

    /**
     * Performance at the cursor's agent count, reusing its Erlang B recursion (the staffing search advances one
     * cursor instead of restarting the recursion for every candidate).
     */
    Performance performance(BlockingRecursion cursor);
}
