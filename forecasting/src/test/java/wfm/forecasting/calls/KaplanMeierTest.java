package wfm.forecasting.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    @Test
    void handComputedCurve() {
        // waits 1 (abandoned), 2 (answered), 3 (ab), 4 (ab), 5 (answered):
        // S(1) = 4/5 = 0.8; S(3) = 0.8 * 2/3; S(4) = S(3) * 1/2
        KaplanMeier km = KaplanMeier.fit(new double[] {3, 1, 5, 2, 4}, new boolean[] {true, true, false, false, true});
        assertEquals(1.0, km.survival(0.5), 1e-12);
        assertEquals(0.8, km.survival(2.5), 1e-12);
        assertEquals(0.8 * 2 / 3, km.survival(3), 1e-12);
        assertEquals(0.8 / 3, km.survival(4.5), 1e-12);
        assertEquals(4, km.median(), 1e-12);
        assertEquals(1 + 0.8 * 2 + 0.8 * 2 / 3 + 0.8 / 3, km.restrictedMean(5), 1e-12);
        PatienceEstimate p = KaplanMeier.estimate("q", new double[] {3, 1, 5, 2, 4},
                new boolean[] {true, true, false, false, true});
        assertEquals(15 / 3.0, p.exponentialMeanSeconds(), 1e-12);
    }

    @Test
    void recoversExponentialPatienceWhereTheMeanWaitOfAbandonersIsFarTooLow() {
        Random rnd = new Random(1);
        int n = 20000;
        double[] waits = new double[n];
        boolean[] abandoned = new boolean[n];
        double abandonersWait = 0;
        int abandoners = 0;
        for (int i = 0; i < n; i++) {
            double patience = -100 * Math.log(rnd.nextDouble());
            double untilAnswer = -60 * Math.log(rnd.nextDouble());
            abandoned[i] = patience < untilAnswer;
            waits[i] = Math.min(patience, untilAnswer);
            if (abandoned[i]) {
                abandonersWait += waits[i];
                abandoners++;
            }
        }
        PatienceEstimate p = KaplanMeier.estimate("q", waits, abandoned);
        assertEquals(100 * Math.log(2), p.medianSeconds(), 4.0, "true median 69.3 s");
        assertEquals(100, p.exponentialMeanSeconds(), 4.0, "true mean 100 s");
        assertTrue(abandonersWait / abandoners < 45, "the naive estimate (37.5 s in theory) is far too low");
    }

    @Test
    void aggregatesCallsIntoIntervalsWithZerosInsideOpeningHours() {
        LocalDateTime t = LocalDateTime.of(2026, 11, 2, 8, 0);
        List<CallRecord> calls = new ArrayList<>();
        calls.add(new CallRecord("1", "a", t.plusMinutes(1), t.plusMinutes(2), t.plusMinutes(5), true));
        calls.add(new CallRecord("2", "a", t.plusMinutes(10), null, t.plusMinutes(11), false));
        calls.add(new CallRecord("3", "a", t.plusMinutes(20), t.plusMinutes(20), t.plusMinutes(21), true));
        calls.add(new CallRecord("4", "a", t.plusDays(1).plusMinutes(31), t.plusDays(1).plusMinutes(32),
                t.plusDays(1).plusMinutes(36), true));
        List<CallAggregator.IntervalRow> rows = CallAggregator.aggregate(calls, 30);
        assertEquals(4, rows.size(), "08:00 and 08:30 on both days");
        CallAggregator.IntervalRow first = rows.get(0);
        assertEquals(3, first.offered());
        assertEquals(2, first.handled());
        assertEquals(1, first.abandoned());
        assertEquals((180 + 60) / 2.0, first.ahtSeconds(), 1e-9);
        assertEquals(0, rows.get(1).offered(), "08:30 on the first day: open, no calls");
        assertEquals(1, rows.get(3).offered());
    }
}
