package wfm.forecasting.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class HistoryBuilderTest {
    private static final LocalDateTime MON = LocalDateTime.of(2026, 11, 2, 0, 0);

    @Test
    void infersTheIntervalAndTheOpeningHoursAndFlagsMissingData() {
        HistoryBuilder b = new HistoryBuilder();
        // 6-minute intervals, open 08:00-08:30 on eight days; 08:12 is absent on the second Monday only
        for (int d = 0; d < 8; d++) {
            for (int m = 0; m < 30; m += 6) {
                if (d == 7 && m == 12) {
                    continue;
                }
                assertTrue(b.add("enquiry", MON.plusDays(d).withHour(8).withMinute(m), 10 + m, Double.NaN, 180));
            }
        }
        assertEquals(6, b.inferredIntervalMinutes());
        IntervalSeries s = b.build(0).get(0);
        assertEquals(8, s.days());
        int slot8 = 8 * 10;
        assertTrue(s.isOpen(slot8));
        assertFalse(s.isOpen(0), "midnight never occurs: closed");
        int missing = 7 * 240 + slot8 + 2;
        assertTrue(s.isMissing(missing));
        assertEquals(22, s.filledOffered()[missing], 1e-12, "imputed from one week earlier");
        assertEquals(0, s.filledOffered()[0], 1e-12, "closed intervals are zero");
    }

    @Test
    void aggregatesToACoarserIntervalSummingCallsAndWeightingHandleTime() {
        HistoryBuilder b = new HistoryBuilder();
        b.add("q", MON.withHour(9), 10, 10, 100);
        b.add("q", MON.withHour(9).withMinute(15), 30, 30, 200);
        IntervalSeries s = b.build(30).get(0);
        int i = 9 * 2;
        assertEquals(40, s.offered(i), 1e-12);
        assertEquals((10 * 100 + 30 * 200) / 40.0, s.ahtSeconds(i), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> b.build(20));
    }

    @Test
    void keepsQueuesApartAndRefusesADuplicateInterval() {
        HistoryBuilder b = new HistoryBuilder();
        assertTrue(b.add("a", MON, 1, Double.NaN, Double.NaN));
        assertTrue(b.add("b", MON, 2, Double.NaN, Double.NaN));
        assertFalse(b.add("a", MON, 3, Double.NaN, Double.NaN));
        List<IntervalSeries> all = b.build(0);
        assertEquals(List.of("a", "b"), all.stream().map(IntervalSeries::queue).toList());
        assertEquals(1440, all.get(0).grid().intervalMinutes(), "only midnight rows: one interval per day");
    }
}
