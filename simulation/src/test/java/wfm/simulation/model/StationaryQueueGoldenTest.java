package wfm.simulation.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import wfm.simulation.experiment.StationaryExperiment;
import wfm.simulation.random.RandomStreams;

/**
 * Fixed-seed golden values: guards against accidental changes to the generator, the variates, the event order or
 * the bookkeeping. If a deliberate change moves them, rerun the theory tests first, then update these numbers.
 */
class StationaryQueueGoldenTest {
    private static final StationaryQueue QUEUE = new StationaryQueue(1200, 180, 90, 62, 20, 3600, 10 * 3600, 10);

    @Test
    void seedOneReplicationZeroGivesTheRecordedCounts() {
        StationaryRun run = new StationaryQueueSimulation(QUEUE, new RandomStreams(1, 3).forReplication(0)).run();
        assertEquals(13264, run.callsSimulated());
        assertEquals(12096, run.callsOffered());
        assertArrayEquals(new long[] {39, 50, 61, 96, 56, 21, 52, 70, 67, 79}, run.abandoned());
        assertEquals(4.011903324357504, run.value(QueueMeasure.ASA_SECONDS), 1e-9);
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        var one = StationaryExperiment.run(QUEUE, 4, 9, 1);
        var two = StationaryExperiment.run(QUEUE, 4, 9, 2);
        for (QueueMeasure m : QueueMeasure.values()) {
            assertEquals(one.estimate(m), two.estimate(m), m.key());
        }
    }
}
