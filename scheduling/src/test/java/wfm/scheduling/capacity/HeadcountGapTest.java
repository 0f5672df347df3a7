package wfm.scheduling.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import wfm.scheduling.solver.Coverage;

class HeadcountGapTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static Coverage.Interval slot(int hour, int minute, String queue, double required, double scheduled) {
        return new Coverage.Interval(DAY.atTime(hour, minute), 30, queue, required, scheduled);
    }

    @Test
    void shrinkageGrossesUpTheTwoSharesTogether() {
        // 8% absence and 10% off-phone: 1 / (0.92 * 0.90) = 1.20773
        assertEquals(1.207729, new RosterShrinkage(0.08, 0.10).grossUp(), 1e-6);
        assertEquals(24.15459, new RosterShrinkage(0.08, 0.10).rosteredHeads(20), 1e-5);
        assertEquals(1.0, RosterShrinkage.NONE.grossUp());
        assertThrows(IllegalArgumentException.class, () -> new RosterShrinkage(1.0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RosterShrinkage(0, -0.1));
    }

    @Test
    void overtimeAllowanceSpreadsTheMonthlyCapOverTheWeeks() {
        // 36 h a month over 52/12 weeks = 8.3077 h a week; over 31 days 36.79 h
        assertEquals(8.307692, OvertimeAllowance.CHINA_LABOUR_LAW.hoursPerWeek(), 1e-6);
        assertEquals(8.307692 * 31 / 7, OvertimeAllowance.CHINA_LABOUR_LAW.hoursOver(31), 1e-5);
    }

    @Test
    void gapIsCountedPerQueueAndBandWithHiresAndOvertimeByHand() {
        Coverage coverage = new Coverage(List.of(
                slot(2, 0, "enquiry", 4, 2),      // night: 2 short x 0.5 h = 1.0 h
                slot(2, 30, "enquiry", 4, 1),     // night: 3 short x 0.5 h = 1.5 h (worst)
                slot(9, 0, "enquiry", 10, 6),     // morning: 4 short = 2.0 h
                slot(9, 0, "complaint", 2, 5),    // over-staffed: closes nothing for enquiry
                slot(13, 0, "enquiry", 5, 5),     // afternoon: covered
                slot(20, 0, "complaint", 3, 2.5)  // evening: 0.5 short = 0.25 h
        ));
        // contracts 40, 40, 36 and one unspecified (default 40): median 40 h a week
        HeadcountGap gap = HeadcountGap.of(coverage, List.of(40.0, 36.0, Double.NaN, 40.0), 40, 7,
                OvertimeAllowance.CHINA_LABOUR_LAW);
        assertEquals(4.75, gap.shortAgentHours(), 1e-9);
        assertEquals(3, gap.bands().size());
        HeadcountGap.BandGap night = gap.bands().get(0);
        assertEquals(HeadcountGap.TimeBand.NIGHT, night.band());
        assertEquals(2.5, night.shortAgentHours(), 1e-9);
        assertEquals(DAY.atTime(2, 30), night.worstAt());
        assertEquals(3.0, night.worstShortAgents(), 1e-9);
        assertEquals(2.0, gap.bands().get(1).shortAgentHours(), 1e-9);
        assertEquals(HeadcountGap.TimeBand.EVENING, gap.bands().get(2).band());
        assertEquals(40.0, gap.typicalHoursPerWeek());
        // one hire works 40 h over 7 days: 4.75 h needs 1
        assertEquals(1, gap.hires());
        // 4 agents x 8.3077 h = 33.2 h of overtime: closes all 4.75 h, no hire left
        assertEquals(4.75, gap.closableByOvertime(), 1e-9);
        assertEquals(0, gap.hiresAfterOvertime());
        assertTrue(gap.exists());
    }

    @Test
    void aMonthShortOfMoreThanOvertimeNeedsHiresForTheRest() {
        // 31 days, 100 agents at 40 h: 1,000 agent-hours short; overtime 100 x 36.79 = 3,679 h would close it;
        // with 10 agents: 367.9 h close, 632.1 h remain = 632.1 / (40 x 31/7 = 177.14) -> 4 hires (3.57)
        List<Coverage.Interval> slots = List.of(new Coverage.Interval(DAY.atTime(8, 0), 60, "q", 1000, 0));
        HeadcountGap many = HeadcountGap.of(new Coverage(slots), java.util.Collections.nCopies(100, 40.0), 40, 31,
                OvertimeAllowance.CHINA_LABOUR_LAW);
        assertEquals(6, many.hires()); // 1000 / 177.14 = 5.65
        assertEquals(0, many.hiresAfterOvertime());
        HeadcountGap few = HeadcountGap.of(new Coverage(slots), java.util.Collections.nCopies(10, 40.0), 40, 31,
                OvertimeAllowance.CHINA_LABOUR_LAW);
        assertEquals(10 * 36 * 12 / 52.0 * 31 / 7, few.closableByOvertime(), 1e-9);
        assertEquals(4, few.hiresAfterOvertime());
    }

    @Test
    void aCoveredRequirementHasNoGap() {
        HeadcountGap gap = HeadcountGap.of(new Coverage(List.of(slot(9, 0, "q", 3, 3.2))), List.of(40.0), 40, 7,
                OvertimeAllowance.CHINA_LABOUR_LAW);
        assertFalse(gap.exists());
        assertEquals(0, gap.hires());
        assertTrue(gap.bands().isEmpty());
    }

    @Test
    void overtimeRaisesEachContractMaximum() {
        List<Double> raised = HeadcountGap.withOvertime(List.of(40.0, Double.NaN), 44, new OvertimeAllowance(52 / 12.0));
        assertEquals(List.of(41.0, 45.0), raised);
    }
}
