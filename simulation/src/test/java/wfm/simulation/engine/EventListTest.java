package wfm.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EventListTest {

    record Scheduled(double time, int priority, int seq) {
    }

    @Test
    void pollsInTimeThenPriorityThenInsertionOrder() {
        Random random = new Random(3);
        EventList list = new EventList(4);
        List<Scheduled> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double time = random.nextInt(200); // many ties on purpose
            int priority = random.nextInt(3);
            list.schedule(time, priority, i % 7, i);
            expected.add(new Scheduled(time, priority, i));
        }
        expected.sort(Comparator.comparingDouble(Scheduled::time).thenComparingInt(Scheduled::priority)
                .thenComparingInt(Scheduled::seq));
        for (Scheduled s : expected) {
            list.poll();
            assertEquals(s.time(), list.polledTime());
            assertEquals(s.seq(), list.polledPayload(), "insertion order broken at time " + s.time());
            assertEquals(s.seq() % 7, list.polledKind());
        }
        assertTrue(list.isEmpty());
    }

    @Test
    void interleavedScheduleAndPollStayOrdered() {
        Random random = new Random(5);
        EventList list = new EventList();
        double now = 0;
        for (int i = 0; i < 100; i++) {
            list.schedule(random.nextDouble() * 10, 0, 0, i);
        }
        for (int i = 0; i < 100_000; i++) {
            list.poll();
            assertTrue(list.polledTime() >= now);
            now = list.polledTime();
            list.schedule(now + random.nextDouble() * 10, 0, 0, i);
        }
    }

    @Test
    void simulatorRunsEventsAtTheirTimes() {
        Simulator sim = new Simulator();
        List<Double> seen = new ArrayList<>();
        sim.scheduleAt(5, 0, 1, 0);
        sim.scheduleAt(2, 0, 1, 0);
        sim.run((kind, payload) -> {
            seen.add(sim.now());
            if (sim.now() < 3) {
                sim.scheduleIn(1.5, 1, 0);
            }
        });
        assertEquals(List.of(2.0, 3.5, 5.0), seen);
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(1, 0, 0, 0));
        assertThrows(IllegalStateException.class, () -> new EventList().poll());
    }
}
