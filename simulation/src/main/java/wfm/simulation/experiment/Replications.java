package wfm.simulation.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs independent replications in parallel across cores. Replication {@code r} must depend only on {@code r}
 * (its own simulator and its own substreams), so results are the same whatever the number of threads.
 */
public final class Replications {
    private Replications() {
    }

    /** Threads to use by default: the machine's cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code count} replications on up to {@code threads} threads and returns their results in replication
     * order. An exception thrown by a replication is rethrown (unchecked ones as they are).
     */
    public static <T> List<T> run(int count, int threads, IntFunction<T> replication) {
        if (count < 1) {
            throw new IllegalArgumentException("replications (" + count + ") must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be at least 1");
        }
        if (threads == 1 || count == 1) {
            List<T> results = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                results.add(replication.apply(r));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), runnable -> {
            Thread t = new Thread(runnable, "wfm-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                int index = r;
                futures.add(pool.submit(() -> replication.apply(index)));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
