package wfm.benchmarks.erlang;

/**
 * The baseline: what popular Erlang calculators do — for every candidate agent count from just above the load,
 * run the Erlang B recursion again from zero agents, turn it into Erlang C and the service level, and stop at
 * the first count that meets the target. Quadratic in the load. Only for comparison.
 */
final class NaiveErlangCSearch {
    private NaiveErlangCSearch() {
    }

    static int requiredAgents(double load, double ahtSeconds, double withinSeconds, double serviceLevel) {
        for (int n = (int) Math.floor(load) + 1; ; n++) {
            double b = 1.0;
            for (int m = 1; m <= n; m++) {
                b = load * b / (m + load * b);
            }
            double c = n * b / (n - load * (1 - b));
            double sl = 1 - c * Math.exp(-(n - load) * withinSeconds / ahtSeconds);
            if (sl >= serviceLevel) {
                return n;
            }
        }
    }
}
