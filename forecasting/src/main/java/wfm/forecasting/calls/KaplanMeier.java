package wfm.forecasting.calls;

import java.util.Arrays;

/**
 * Kaplan-Meier estimate of the patience distribution from waiting times. A caller who abandons after waiting w
 * reveals patience = w (an event); a caller answered after waiting w only reveals patience &gt; w (right-censored).
 * Taking the mean wait of those who hung up instead would be biased low, because impatient callers are
 * over-represented among them (Brown et al. 2005, section 5).
 */
public final class KaplanMeier {
    private final double[] times;
    private final double[] survival;

    private KaplanMeier(double[] times, double[] survival) {
        this.times = times;
        this.survival = survival;
    }

    /**
     * @param waits     seconds waited by each call
     * @param abandoned true where the call abandoned (event), false where it was answered (censored)
     */
    public static KaplanMeier fit(double[] waits, boolean[] abandoned) {
        int n = waits.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // at equal times, events come before censorings (the usual convention)
        Arrays.sort(order, (a, b) -> waits[a] != waits[b] ? Double.compare(waits[a], waits[b])
                : Boolean.compare(abandoned[b], abandoned[a]));
        double[] t = new double[n];
        double[] s = new double[n];
        int k = 0;
        double surv = 1;
        int atRisk = n;
        int i = 0;
        while (i < n) {
            double time = waits[order[i]];
            int events = 0;
            int leaving = 0;
            while (i < n && waits[order[i]] == time) {
                events += abandoned[order[i]] ? 1 : 0;
                leaving++;
                i++;
            }
            if (events > 0) {
                surv *= 1 - events / (double) atRisk;
                t[k] = time;
                s[k] = surv;
                k++;
            }
            atRisk -= leaving;
        }
        return new KaplanMeier(Arrays.copyOf(t, k), Arrays.copyOf(s, k));
    }

    /** P(patience &gt; t). */
    public double survival(double t) {
        int i = Arrays.binarySearch(times, t);
        int idx = i >= 0 ? i : -i - 2;
        return idx < 0 ? 1 : survival[idx];
    }

    /** The smallest event time where survival drops to 0.5 or below; NaN when it never does. */
    public double median() {
        for (int i = 0; i < times.length; i++) {
            if (survival[i] <= 0.5) {
                return times[i];
            }
        }
        return Double.NaN;
    }

    /** The area under the survival curve up to {@code horizon} seconds. */
    public double restrictedMean(double horizon) {
        double area = 0;
        double prevT = 0;
        double prevS = 1;
        for (int i = 0; i < times.length && times[i] <= horizon; i++) {
            area += prevS * (times[i] - prevT);
            prevT = times[i];
            prevS = survival[i];
        }
        return area + prevS * Math.max(0, horizon - prevT);
    }

    /** Patience of one queue's calls. */
    public static PatienceEstimate estimate(String queue, double[] waits, boolean[] abandoned) {
        KaplanMeier km = fit(waits, abandoned);
        long events = 0;
        double total = 0;
        double longest = 0;
        for (int i = 0; i < waits.length; i++) {
            events += abandoned[i] ? 1 : 0;
            total += waits[i];
            longest = Math.max(longest, waits[i]);
        }
        return new PatienceEstimate(queue, waits.length, events, km.median(), km.restrictedMean(longest),
                events > 0 ? total / events : Double.POSITIVE_INFINITY);
    }
}
