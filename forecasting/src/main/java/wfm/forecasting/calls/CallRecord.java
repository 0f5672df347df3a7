package wfm.forecasting.calls;

import java.time.LocalDateTime;

/**
 * One call as {@code calls.csv} records it. {@code answerTime} is null for an abandoned call, whose
 * {@code endTime} is when the caller hung up.
 */
public record CallRecord(String callId, String queue, LocalDateTime arrivalTime, LocalDateTime answerTime,
                         LocalDateTime endTime, boolean answered) {
    public CallRecord {
        if (answered && answerTime == null) {
            throw new IllegalArgumentException("call " + callId + ": answered but answer_time is empty");
        }
        if (!answered && answerTime != null) {
            throw new IllegalArgumentException("call " + callId + ": abandoned but answer_time is " + answerTime);
        }
        if (endTime.isBefore(arrivalTime) || (answerTime != null
                && (answerTime.isBefore(arrivalTime) || endTime.isBefore(answerTime)))) {
            throw new IllegalArgumentException("call " + callId + ": times must run arrival <= answer <= end, got "
                    + arrivalTime + ", " + answerTime + ", " + endTime);
        }
    }

    /** Seconds from arrival to answer (answered) or to hanging up (abandoned). */
    public double waitSeconds() {
        LocalDateTime until = answered ? answerTime : endTime;
        return java.time.Duration.between(arrivalTime, until).toMillis() / 1000.0;
    }

    /** Seconds from answer to end; NaN for an abandoned call. */
    public double handleSeconds() {
        return answered ? java.time.Duration.between(answerTime, endTime).toMillis() / 1000.0 : Double.NaN;
    }
}
