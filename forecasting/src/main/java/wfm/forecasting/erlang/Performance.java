package wfm.forecasting.erlang;

/**
 * How a queue performs in steady state with a given number of agents. Shares are in [0, 1].
 *
 * @param agents              agents on the phones
 * @param pWait               share of callers who find every agent busy and must wait (probability of waiting)
 * @param serviceLevel        share of all offered callers answered within the target answer time (see the model
 *                            for exactly which callers count)
 * @param asaSeconds          average speed of answer: mean wait of the answered callers, in seconds (callers
 *                            answered at once count with zero); +infinity under Erlang C when agents do not exceed
 *                            the load (waits unbounded)
 * @param occupancy           share of the agents' time spent handling calls
 * @param answeredImmediately share of callers answered without waiting ({@code 1 - pWait})
 * @param abandonRate         share of offered callers who hang up before being answered (0 under Erlang C)
 */
public record Performance(int agents, double pWait, double serviceLevel, double asaSeconds, double occupancy,
                          double answeredImmediately, double abandonRate) {
    public Performance {
        if (agents < 1) {
            throw new IllegalArgumentException("agents (" + agents + ") must be at least 1");
        }
        requireShare("pWait", pWait);
        requireShare("serviceLevel", serviceLevel);
        requireShare("occupancy", occupancy);
        requireShare("answeredImmediately", answeredImmediately);
        requireShare("abandonRate", abandonRate);
        if (!(asaSeconds >= 0)) {
            throw new IllegalArgumentException("asaSeconds (" + asaSeconds + ") must be at least 0");
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be within 0..1");
        }
    }
}
