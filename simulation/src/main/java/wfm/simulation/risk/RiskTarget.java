package wfm.simulation.risk;

/**
 * What a roster must achieve: on every day (of every queue, or of the centre, per {@code scope}), abandonment at
 * most {@code maxAbandonRate} in at least {@code confidence} of the possible futures.
 *
 * @param maxAbandonRate abandoned / offered calls of the day, 0..1 (a day meets the target when its rate is at most
 *                       this)
 * @param confidence     the probability a day must reach, in (0, 1), e.g. 0.9
 * @param scope          per queue or centre-wide
 */
public record RiskTarget(double maxAbandonRate, double confidence, TargetScope scope) {
    public RiskTarget {
        if (!(maxAbandonRate >= 0 && maxAbandonRate <= 1)) {
            throw new IllegalArgumentException("maxAbandonRate (" + maxAbandonRate + ") must be in 0..1");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence (" + confidence + ") must be in (0, 1)");
        }
        if (scope == null) {
            throw new IllegalArgumentException("scope must be given");
        }
    }
}
