package wfm.forecasting.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AutoChoiceTest {
    private static AutoChoice.Score score(double... byFold) {
        double mean = java.util.Arrays.stream(byFold).average().orElseThrow();
        return new AutoChoice.Score(mean, byFold);
    }

    @Test
    void theCombinationStaysUnlessAModelIsClearlyAndConsistentlyBetter() {
        AutoChoice.Score combo = score(0.10, 0.10, 0.10);
        Map<String, AutoChoice.Score> base = new LinkedHashMap<>();
        base.put("a", score(0.095, 0.095, 0.095)); // 5% better: within the margin
        assertEquals(Combination.NAME, AutoChoice.choose(combo, base));
        base.put("b", score(0.05, 0.11, 0.11)); // 10% better pooled (0.09) but on one fold of three
        assertEquals(Combination.NAME, AutoChoice.choose(combo, base));
        base.put("c", score(0.08, 0.09, 0.11)); // better on 2 of 3 but pooled 0.0933, not below 0.09
        assertEquals(Combination.NAME, AutoChoice.choose(combo, base));
        base.put("d", score(0.08, 0.08, 0.105)); // 0.0883 < 0.09 and better on 2 of 3
        assertEquals("d", AutoChoice.choose(combo, base));
        base.put("e", score(0.07, 0.07, 0.07)); // better still: the lowest qualifying wins
        assertEquals("e", AutoChoice.choose(combo, base));
    }

    @Test
    void fewerThanThreeFoldsKeepTheCombination() {
        Map<String, AutoChoice.Score> base = Map.of("a", score(0.01, 0.01));
        assertEquals(Combination.NAME, AutoChoice.choose(score(0.10, 0.10), base));
    }
}
