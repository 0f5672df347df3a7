package wfm.forecasting.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Against the published worked example (ErlangC 0.1.0 README; see the resource file's source line). */
class ErlangCReferenceTableTest {
    private static final ErlangC HUNDRED_CALLS_IN_30_MIN = new ErlangC(100 * 180.0 / 1800, 180, 20);

    @Test
    void everyPublishedRowIsReproducedToItsSevenPrintedDigits() {
        List<Map<String, String>> rows = ReferenceFiles.read("erlang-c-100calls-30min.csv");
        assertEquals(4, rows.size());
        for (Map<String, String> row : rows) {
            Performance p = HUNDRED_CALLS_IN_30_MIN.performance(Integer.parseInt(row.get("agents")));
            String at = " at " + row;
            assertEquals(Double.parseDouble(row.get("p_wait")), p.pWait(), 1e-7, "p_wait" + at);
            assertEquals(Double.parseDouble(row.get("service_level_20s")), p.serviceLevel(), 1e-7, "service level" + at);
            assertEquals(Double.parseDouble(row.get("asa_seconds")), p.asaSeconds(), 1e-9, "asa" + at);
            assertEquals(Double.parseDouble(row.get("answered_immediately")), p.answeredImmediately(), 1e-7,
                    "answered immediately" + at);
            assertEquals(Double.parseDouble(row.get("occupancy")), p.occupancy(), 1e-7, "occupancy" + at);
        }
    }

    @Test
    void eightyPercentInTwentySecondsWithOccupancyAtMost85PercentNeeds14AndSchedules20At30PercentShrinkage() {
        Requirement r = StaffingSolver.requiredAgents(HUNDRED_CALLS_IN_30_MIN,
                StaffingTargets.none().withServiceLevel(0.80).withMaxOccupancy(0.85));
        assertEquals(14, r.agents());
        Shrinkage shrinkage = new Shrinkage(0.30);
        assertEquals(20.0, shrinkage.scheduledAgents(r.agents()), 1e-12);
        assertEquals(20, shrinkage.scheduledAgentsRoundedUp(r.agents()));
    }
}
