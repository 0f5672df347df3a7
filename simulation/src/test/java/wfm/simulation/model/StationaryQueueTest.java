package wfm.simulation.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StationaryQueueTest {
    @Test
    void withoutAbandonmentTheAgentsMustExceedTheLoad() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new StationaryQueue(1200, 180, Double.POSITIVE_INFINITY, 60, 20, 0, 3600, 10));
        assertEquals("agents (60) must exceed the offered load (60.00 Erlangs) when callers never abandon",
                e.getMessage());
        assertDoesNotThrow(() -> new StationaryQueue(1200, 180, 90, 60, 20, 0, 3600, 10));
    }

    @Test
    void argumentsAreNamedWithTheirValue() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new StationaryQueue(-5, 180, 90, 60, 20, 0, 3600, 10));
        assertEquals("arrivalRatePerHour (-5.0) must be positive", e.getMessage());
    }
}
