package wfm.simulation.model;

import wfm.simulation.random.Mrg32k3a;
import wfm.simulation.random.RandomStreams;

/**
 * Which stream of a {@link RandomStreams} a roster replay draws each kind of variate from, for one replication
 * (substream). The original layout: stream 0 for absences; per queue q, from {@code 1 + q (1 + 4 D)} (D days), one
 * for its daily levels, then per day four for arrivals, handle times, patience and the IVR choice. Added later,
 * after all of those so that they keep their numbers and old seeds give the same callers: one for off-phone
 * blocks, one for the forecast-error day draws, one per queue for the intraday noise. Fresh streams per day keep
 * common random numbers in step when a scenario changes the volume of one day only.
 */
final class ReplayStreams {
    private static final int PER_QUEUE_DAY = 4;

    private final RandomStreams streams;
    private final int replication;
    private final int days;
    private final int added;

    ReplayStreams(ArrivalProfile profile, RandomStreams streams, int replication) {
        if (streams.kinds() < count(profile)) {
            throw new IllegalArgumentException("streams (" + streams.kinds() + ") must be at least "
                    + count(profile));
        }
        this.streams = streams;
        this.replication = replication;
        this.days = profile.days();
        this.added = firstAdded(profile);
    }

    /** Streams a replay of this profile needs. */
    static int count(ArrivalProfile profile) {
        return firstAdded(profile) + 2 + profile.queueCount();
    }

    private static int firstAdded(ArrivalProfile profile) {
        return 1 + profile.queueCount() * (1 + PER_QUEUE_DAY * profile.days());
    }

    private int queueBase(int q) {
        return 1 + q * (1 + PER_QUEUE_DAY * days);
    }

    Mrg32k3a absence() {
        return streams.stream(0, replication);
    }

    Mrg32k3a dailyLevel(int q) {
        return streams.stream(queueBase(q), replication);
    }

    Mrg32k3a arrivals(int q, int day) {
        return streams.stream(queueBase(q) + 1 + PER_QUEUE_DAY * day, replication);
    }

    Mrg32k3a handleTimes(int q, int day) {
        return streams.stream(queueBase(q) + 2 + PER_QUEUE_DAY * day, replication);
    }

    Mrg32k3a patience(int q, int day) {
        return streams.stream(queueBase(q) + 3 + PER_QUEUE_DAY * day, replication);
    }

    Mrg32k3a ivrChoice(int q, int day) {
        return streams.stream(queueBase(q) + 4 + PER_QUEUE_DAY * day, replication);
    }

    Mrg32k3a offPhoneBlocks() {
        return streams.stream(added, replication);
    }

    Mrg32k3a forecastErrorDays() {
        return streams.stream(added + 1, replication);
    }

    Mrg32k3a intradayNoise(int q) {
        return streams.stream(added + 2 + q, replication);
    }
}
