package wfm.forecasting.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShrinkageTest {
    @Test
    void absenceAndOffPhoneCompound() {
        // 8% of agent-days absent, 10% of the worked time off the phones: 0.92 x 0.90 = 82.8% on the phones
        Shrinkage s = Shrinkage.of(0.08, 0.10);
        assertEquals(0.172, s.share(), 1e-12);
        assertEquals(100 / 0.828, s.scheduledAgents(100), 1e-9);
        assertEquals(121, s.scheduledAgentsRoundedUp(100));
        assertEquals(0.3, Shrinkage.of(0.3, 0).share(), 1e-12, "one part alone is the whole shrinkage");
        assertThrows(IllegalArgumentException.class, () -> Shrinkage.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Shrinkage.of(0, -0.1));
    }
}
