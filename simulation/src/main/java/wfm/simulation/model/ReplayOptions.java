package wfm.simulation.model;

import java.util.Map;

/**
 * How traffic and people behave in a roster replay, and the what-if adjustments of a scenario.
 *
 * @param patience                caller patience
 * @param handleTimeCv            coefficient of variation of handle times: 1 = exponential, else lognormal
 * @param ivrShare                share of callers served by IVR self-service, who never reach an agent (0..1)
 * @param absenteeism             probability that a rostered agent is absent on a given day (0..1)
 * @param dailyLevelCv            over-dispersion: coefficient of variation of a random daily traffic level per
 *                                queue (gamma, mean 1); 0 = plain Poisson
 * @param callbacks               call back every abandoned caller (outbound work for free agents)
 * @param callbackDeadlineSeconds a callback not made within this time of the hang-up is missed
 * @param serviceLevelSeconds     service level threshold T: answered within T
 * @param volumeFactor            multiplies every interval's expected calls
 * @param volumeFactorByDay       extra factor on chosen days (day number from 0 -> factor)
 * @param ahtFactor               multiplies every handle time
 */
public record ReplayOptions(Patience patience, double handleTimeCv, double ivrShare, double absenteeism,
                            double dailyLevelCv, boolean callbacks, double callbackDeadlineSeconds,
                            double serviceLevelSeconds, double volumeFactor, Map<Integer, Double> volumeFactorByDay,
                            double ahtFactor) {
    public ReplayOptions {
        volumeFactorByDay = Map.copyOf(volumeFactorByDay);
        if (patience == null) {
            throw new IllegalArgumentException("patience must be given (Patience.Never for none)");
        }
        check("handleTimeCv", handleTimeCv, 0, 10);
        check("ivrShare", ivrShare, 0, 1);
        check("absenteeism", absenteeism, 0, 1);
        check("dailyLevelCv", dailyLevelCv, 0, 5);
        check("callbackDeadlineSeconds", callbackDeadlineSeconds, 0, Double.MAX_VALUE);
        check("serviceLevelSeconds", serviceLevelSeconds, 0, Double.MAX_VALUE);
        check("volumeFactor", volumeFactor, 0, 1000);
        check("ahtFactor", ahtFactor, 1e-9, 1000);
        volumeFactorByDay.forEach((day, f) -> check("volumeFactorByDay[" + day + "]", f, 0, 1000));
    }

    /** Exponential patience with the given mean, exponential handle times, nothing else. */
    public static ReplayOptions defaults(double patienceSeconds) {
        return new ReplayOptions(new Patience.Exponential(patienceSeconds), 1.0, 0, 0, 0, false, 4 * 3600, 20, 1,
                Map.of(), 1);
    }

    public double volumeFactorOn(int day) {
        return volumeFactor * volumeFactorByDay.getOrDefault(day, 1.0);
    }

    public ReplayOptions withPatience(Patience p) {
        return new ReplayOptions(p, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor);
    }

    public ReplayOptions withHandleTimeCv(double cv) {
        return new ReplayOptions(patience, cv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor);
    }

    public ReplayOptions withIvrShare(double share) {
        return new ReplayOptions(patience, handleTimeCv, share, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor);
    }

    public ReplayOptions withAbsenteeism(double p) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, p, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor);
    }

    public ReplayOptions withDailyLevelCv(double cv) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, cv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor);
    }

    public ReplayOptions withCallbacks(boolean on, double deadlineSeconds) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, on, deadlineSeconds,
                serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor);
    }

    public ReplayOptions withServiceLevelSeconds(double t) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, t, volumeFactor, volumeFactorByDay, ahtFactor);
    }

    public ReplayOptions withVolume(double factor, Map<Integer, Double> byDay) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, factor, byDay, ahtFactor);
    }

    public ReplayOptions withAhtFactor(double factor) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, factor);
    }

    private static void check(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be in " + min + ".." + max);
        }
    }
}
