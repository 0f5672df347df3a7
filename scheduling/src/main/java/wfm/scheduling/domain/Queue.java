package wfm.scheduling.domain;

/** A queue (skill, IVR branch, service number) that agents answer; {@code index} numbers the queues from 0. */
public record Queue(int index, String name) {
    public Queue {
        if (index < 0) {
            throw new IllegalArgumentException("queue index (" + index + ") must not be negative");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("queue name must not be blank");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
