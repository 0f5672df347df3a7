package wfm.simulation.engine;

/** A model: what happens when an event of a given kind occurs. Events are plain ints, see {@link EventList}. */
@FunctionalInterface
public interface EventHandler {
    /**
     * Handles one event at the simulator's current time.
     *
     * @param kind    the event kind the model scheduled
     * @param payload the entity the model attached (an agent index, a queue index, ...)
     */
    void handle(int kind, int payload);
}
