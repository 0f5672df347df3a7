package wfm.forecasting.erlang;

/**
 * The smallest number of agents on the phones that meets every staffing target, and how the queue performs with
 * them.
 *
 * @param agents      agents needed on the phones (before shrinkage)
 * @param performance the performance with exactly that many agents
 * @param evaluations how many agent counts the search evaluated (a diagnostic for the search's cost)
 */
public record Requirement(int agents, Performance performance, int evaluations) {
    public Requirement {
        if (agents < 1) {
            throw new IllegalArgumentException("agents (" + agents + ") must be at least 1");
        }
        if (performance.agents() != agents) {
            throw new IllegalArgumentException("performance is for " + performance.agents() + " agents, not " + agents);
        }
    }
}
