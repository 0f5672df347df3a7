package wfm.simulation.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import wfm.simulation.random.RandomStreams;

/**
 * Fixed-seed golden values of a small, deliberately short-staffed two-day replay that exercises every feature at
 * once (skills, priority and overflow, staggered breaks, absenteeism, IVR, callbacks, lognormal handle times,
 * daily level). Guards against accidental changes; after a deliberate one, rerun the theory tests first.
 */
class RosterReplayGoldenTest {

    @Test
    void seedOneGivesTheRecordedCounts() {
        double[][] calls = new double[2][96];
        double[][] aht = new double[2][96];
        for (int k = 0; k < 96; k++) {
            calls[0][k] = 30 + 20 * Math.sin(k / 96.0 * 2 * Math.PI);
            calls[1][k] = 8;
            aht[0][k] = 180;
            aht[1][k] = 300;
        }
        ArrivalProfile p = new ArrivalProfile(List.of("enquiry", "complaint"), 1800, calls, aht);
        List<StaffingPlan.Agent> agents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<StaffingPlan.Shift> shifts = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                double s = d * 86400 + (i % 2) * 43200;
                double b = s + 14400 + (i % 4) * 1800;
                shifts.add(new StaffingPlan.Shift(s, s + 43200, List.of(new StaffingPlan.Break(b, b + 1800))));
            }
            agents.add(new StaffingPlan.Agent("A" + i, i % 3 == 0 ? new int[] {0, 1} : new int[] {0}, shifts));
        }
        ReplayOptions o = ReplayOptions.defaults(120).withAbsenteeism(0.1).withIvrShare(0.1)
                .withCallbacks(true, 7200).withHandleTimeCv(0.8).withDailyLevelCv(0.1);
        ReplayRun r = new RosterReplay(p, new StaffingPlan(agents), List.of(QueueRules.plain(),
                new QueueRules(1, 0, 60)), o, new RandomStreams(1, RosterReplay.streamsFor(p)), 0).run();
        assertArrayEquals(new long[] {2539, 712}, totals(r.offered()));
        assertArrayEquals(new long[] {1468, 400}, totals(r.answered()));
        assertArrayEquals(new long[] {1071, 312}, totals(r.abandoned()));
        assertArrayEquals(new long[] {665, 129}, totals(r.callbacks()));
        assertArrayEquals(new long[] {264, 78}, totals(r.ivrServed()));
        assertEquals(3593, r.callsSimulated());
        assertEquals(546928.5533359954, Arrays.stream(r.busySeconds()).sum(), 1e-6);
    }

    private static long[] totals(long[][] perQueue) {
        return Arrays.stream(perQueue).mapToLong(a -> Arrays.stream(a).sum()).toArray();
    }
}
