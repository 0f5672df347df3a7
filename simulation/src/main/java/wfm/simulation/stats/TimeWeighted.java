package wfm.simulation.stats;

/**
 * A quantity that holds a value over time (busy agents, calls waiting): its integral and time average, as SSJ's
 * {@code Accumulate}. Time in seconds.
 */
public final class TimeWeighted {
    private double lastTime;
    private double value;
    private double integral;
    private double startTime;

    public TimeWeighted(double startTime, double initialValue) {
        this.startTime = startTime;
        this.lastTime = startTime;
        this.value = initialValue;
    }

    /** The quantity changes to {@code newValue} at {@code time} (non-decreasing). */
    public void update(double time, double newValue) {
        integral += value * (time - lastTime);
        lastTime = time;
        value = newValue;
    }

    /** The integral from the start to {@code time}. */
    public double integral(double time) {
        return integral + value * (time - lastTime);
    }

    /** The time average from the start to {@code time}; NaN over an empty span. */
    public double average(double time) {
        double span = time - startTime;
        return span > 0 ? integral(time) / span : Double.NaN;
    }

    /** Starts a new observation period at {@code time}, keeping the current value (e.g. after a warm-up). */
    public void restart(double time) {
        integral = 0;
        lastTime = time;
        startTime = time;
    }

    public double value() {
        return value;
    }
}
