package wfm.forecasting.erlang;

/**
 * What the staffing must achieve; a target that is not given ({@code NaN}) is not applied. The service level's
 * answer time belongs to the {@link QueueModel}.
 *
 * @param serviceLevel   least share answered within the model's answer time, in (0, 1], or NaN
 * @param maxAsaSeconds  largest average speed of answer in seconds, at least 0, or NaN
 * @param maxAbandonRate largest share of callers who hang up (Erlang A only), in [0, 1], or NaN
 * @param maxOccupancy   largest agent occupancy, in [0, 1], or NaN
 */
public record StaffingTargets(double serviceLevel, double maxAsaSeconds, double maxAbandonRate, double maxOccupancy) {
    public StaffingTargets {
        if (!Double.isNaN(serviceLevel) && !(serviceLevel >= 0 && serviceLevel <= 1)) {
            throw new IllegalArgumentException("service level target (" + serviceLevel + ") must be within 0..1");
        }
        if (!Double.isNaN(maxAsaSeconds) && !(maxAsaSeconds >= 0) || Double.isInfinite(maxAsaSeconds)) {
            throw new IllegalArgumentException("ASA target (" + maxAsaSeconds + " s) must be finite and at least 0");
        }
        if (!Double.isNaN(maxAbandonRate) && !(maxAbandonRate >= 0 && maxAbandonRate <= 1)) {
            throw new IllegalArgumentException("abandonment target (" + maxAbandonRate + ") must be within 0..1");
        }
        if (!Double.isNaN(maxOccupancy) && !(maxOccupancy >= 0 && maxOccupancy <= 1)) {
            throw new IllegalArgumentException("occupancy target (" + maxOccupancy + ") must be within 0..1");
        }
    }

    /** No target at all: one agent meets it. */
    public static StaffingTargets none() {
        return new StaffingTargets(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public StaffingTargets withServiceLevel(double share) {
        return new StaffingTargets(share, maxAsaSeconds, maxAbandonRate, maxOccupancy);
    }

    public StaffingTargets withMaxAsaSeconds(double seconds) {
        return new StaffingTargets(serviceLevel, seconds, maxAbandonRate, maxOccupancy);
    }

    public StaffingTargets withMaxAbandonRate(double share) {
        return new StaffingTargets(serviceLevel, maxAsaSeconds, share, maxOccupancy);
    }

    public StaffingTargets withMaxOccupancy(double share) {
        return new StaffingTargets(serviceLevel, maxAsaSeconds, maxAbandonRate, share);
    }

    public boolean hasServiceLevel() {
        return !Double.isNaN(serviceLevel);
    }

    public boolean hasMaxAsa() {
        return !Double.isNaN(maxAsaSeconds);
    }

    public boolean hasMaxAbandonRate() {
        return !Double.isNaN(maxAbandonRate);
    }

    public boolean hasMaxOccupancy() {
        return !Double.isNaN(maxOccupancy);
    }

    /** True when the performance meets every target given. */
    public boolean metBy(Performance p) {
        return (!hasServiceLevel() || p.serviceLevel() >= serviceLevel)
                && (!hasMaxAsa() || p.asaSeconds() <= maxAsaSeconds)
                && (!hasMaxAbandonRate() || p.abandonRate() <= maxAbandonRate)
                && (!hasMaxOccupancy() || p.occupancy() <= maxOccupancy);
    }
}
