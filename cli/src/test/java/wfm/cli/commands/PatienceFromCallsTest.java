package wfm.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.simulation.model.Patience;

class PatienceFromCallsTest {
    @TempDir
    Path dir;

    private Path calls(int abandonedUpTo, int answeredAt200) throws IOException {
        StringBuilder s = new StringBuilder("call_id,queue,arrival_time,answer_time,end_time,outcome\n");
        LocalDateTime t0 = LocalDateTime.parse("2026-12-01T08:00");
        int id = 0;
        for (int w = 1; w <= abandonedUpTo; w++) {
            s.append(id++).append(",q,").append(t0).append(",,").append(t0.plusSeconds(w)).append(",abandoned\n");
        }
        for (int i = 0; i < answeredAt200; i++) {
            s.append(id++).append(",q,").append(t0).append(',').append(t0.plusSeconds(200)).append(',')
                    .append(t0.plusSeconds(400)).append(",answered\n");
        }
        Path file = dir.resolve("calls.csv");
        Files.writeString(file, s);
        return file;
    }

    @Test
    void withoutCensoringTheQuantilesAreTheObservedWaits() throws IOException {
        Patience.Empirical p = (Patience.Empirical) PatienceFromCalls.read(calls(100, 0));
        double mean = Arrays.stream(p.seconds()).average().orElseThrow();
        // waits 1..100 s equally likely: mean 50.5
        assertEquals(50.5, mean, 0.5);
        assertEquals(1, p.seconds()[0]);
        assertEquals(100, p.seconds()[PatienceFromCalls.QUANTILES - 1]);
    }

    @Test
    void answeredCallsAreCensoredNotIgnored() throws IOException {
        // 100 abandoned at 1..100 s, 100 answered after 200 s: Kaplan-Meier survival is 0.5 after 100 s, and the
        // data say nothing beyond, so half of the callers never hang up within what was observed
        Patience.Empirical p = (Patience.Empirical) PatienceFromCalls.read(calls(100, 100));
        long infinite = Arrays.stream(p.seconds()).filter(Double::isInfinite).count();
        assertEquals(500, infinite);
        assertTrue(p.seconds()[499] <= 100);
    }
}
