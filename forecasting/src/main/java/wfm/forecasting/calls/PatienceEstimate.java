package wfm.forecasting.calls;

/**
 * How long a queue's callers are willing to wait, in seconds.
 *
 * @param calls                  calls that waited (answered or abandoned)
 * @param abandoned              calls that hung up before an answer
 * @param medianSeconds          Kaplan-Meier median patience; NaN when fewer than half would ever abandon within
 *                               the longest observed wait (usual in a well-staffed queue)
 * @param restrictedMeanSeconds  Kaplan-Meier mean patience restricted to the longest observed wait (a lower bound
 *                               of the mean)
 * @param exponentialMeanSeconds maximum-likelihood mean of an exponential patience (total waiting time of all
 *                               calls / number abandoned): the parameter Erlang A takes; infinite without abandons
 */
public record PatienceEstimate(String queue, long calls, long abandoned, double medianSeconds,
                               double restrictedMeanSeconds, double exponentialMeanSeconds) {
}
