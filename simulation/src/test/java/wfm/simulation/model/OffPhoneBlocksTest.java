package wfm.simulation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import wfm.simulation.random.RandomStreams;
import wfm.simulation.stats.Tally;

/** Where off-phone blocks fall: inside the shift, outside breaks and each other, with the expected total. */
class OffPhoneBlocksTest {

    @Test
    void blocksAvoidBreaksAndEachOtherAndAddUpToTheShareOnAverage() {
        // 08:00-17:00 with breaks 10:00-10:15 and 12:00-13:00: 7.75 h on the phones by the roster
        StaffingPlan.Shift shift = new StaffingPlan.Shift(8 * 3600, 17 * 3600, List.of(
                new StaffingPlan.Break(12 * 3600, 13 * 3600), new StaffingPlan.Break(10 * 3600, 10.25 * 3600)));
        double onPhone = 7.75 * 3600;
        int shifts = 4000;
        OffPhoneBlocks blocks = new OffPhoneBlocks(0.15, new RandomStreams(3, 1).stream(0, 0));
        for (int s = 0; s < shifts; s++) {
            blocks.place(s, shift);
        }
        int[] owner = blocks.shifts();
        double[] start = blocks.starts();
        double[] length = blocks.lengths();
        double[] total = new double[shifts];
        for (int i = 0; i < owner.length; i++) {
            double from = start[i];
            double to = start[i] + length[i];
            assertTrue(from >= 8 * 3600 - 1e-6 && to <= 17 * 3600 + 1e-6, "inside the shift: " + from + ".." + to);
            assertTrue(to <= 10 * 3600 + 1e-6 || from >= 10.25 * 3600 - 1e-6, "clear of the first break");
            assertTrue(to <= 12 * 3600 + 1e-6 || from >= 13 * 3600 - 1e-6, "clear of lunch");
            assertTrue(length[i] <= RosterReplay.OFF_PHONE_BLOCK_MAX_SECONDS + 1e-9);
            if (i > 0 && owner[i - 1] == owner[i]) {
                assertTrue(from >= start[i - 1] + length[i - 1] - 1e-6, "blocks do not overlap");
            }
            total[owner[i]] += length[i];
        }
        Tally t = Tally.of(total);
        // E = 0.15 * 27,900 s = 4,185 s; per shift sd ~ 1,000 s, so the mean of 4,000 shifts is +- 16 s
        assertEquals(0.15 * onPhone, t.mean(), 4 * Math.sqrt(t.variance() / shifts));
        assertTrue(t.variance() > 0);
    }

    @Test
    void agentsOffThePhonesAreNotStaffedForTheShareOfTheirTime() {
        // ample agents, light traffic: the staffed time is the roster's on-phone time less the off-phone share
        ArrivalProfile p = DemandUncertaintyReplayTest.constant(1, 10, 20, 120);
        StaffingPlan plan = DemandUncertaintyReplayTest.roundTheClock(20, 10, 0);
        ReplayRun run = DemandUncertaintyReplayTest.once(p, plan, ReplayOptions.defaults(90).withOffPhoneShare(0.2),
                11, 0);
        double staffed = java.util.Arrays.stream(run.staffedSeconds()).sum();
        double rostered = 20 * 10 * 86400.0;
        // 200 agent-days, ~77 blocks each: the share's sd is about 0.2 * 0.3 / sqrt(200 * 77) = 0.0005
        assertEquals(0.8, staffed / rostered, 0.004);
    }
}
