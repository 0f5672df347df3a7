package wfm.cli.commands;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import wfm.cli.BadInputException;
import wfm.cli.io.CallsCsv;
import wfm.forecasting.calls.CallRecord;
import wfm.forecasting.calls.KaplanMeier;
import wfm.simulation.model.Patience;

/**
 * The empirical patience distribution of call-by-call records: the Kaplan-Meier estimate (abandoned calls are
 * events, answered ones right-censored at their wait), turned into {@value #QUANTILES} equally likely quantiles so
 * that the simulator draws from it by inversion. Callers beyond the longest observed abandonment (the part of the
 * distribution the data cannot see) are taken as never hanging up; all queues are pooled.
 */
final class PatienceFromCalls {
    static final int QUANTILES = 1000;

    private PatienceFromCalls() {
    }

    static Patience read(Path file) {
        List<CallRecord> calls = CallsCsv.read(file);
        double[] waits = new double[calls.size()];
        boolean[] abandoned = new boolean[calls.size()];
        int events = 0;
        for (int i = 0; i < waits.length; i++) {
            waits[i] = calls.get(i).waitSeconds();
            abandoned[i] = !calls.get(i).answered();
            events += abandoned[i] ? 1 : 0;
        }
        if (events == 0) {
            throw new BadInputException(file + ": no abandoned call, so patience cannot be estimated "
                    + "(use --patience instead)");
        }
        KaplanMeier km = KaplanMeier.fit(waits, abandoned);
        double[] eventTimes = new double[events];
        int k = 0;
        for (int i = 0; i < waits.length; i++) {
            if (abandoned[i]) {
                eventTimes[k++] = waits[i];
            }
        }
        Arrays.sort(eventTimes);
        double[] quantiles = new double[QUANTILES];
        for (int j = 0; j < QUANTILES; j++) {
            double p = (j + 0.5) / QUANTILES; // P(patience <= q) = p
            quantiles[j] = inverse(km, eventTimes, 1 - p);
        }
        return new Patience.Empirical(quantiles);
    }

    /** The smallest event time t with survival(t) <= s, or +Infinity when survival never falls that low. */
    private static double inverse(KaplanMeier km, double[] eventTimes, double s) {
        int lo = 0;
        int hi = eventTimes.length - 1;
        if (km.survival(eventTimes[hi]) > s) {
            return Double.POSITIVE_INFINITY;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (km.survival(eventTimes[mid]) <= s) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return eventTimes[lo];
    }
}
