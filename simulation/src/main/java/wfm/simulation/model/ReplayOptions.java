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
 * @param offPhoneShare           share of on-shift time (breaks excluded) agents spend off the phones on work the
 *                                roster does not show, taken in blocks (see {@link RosterReplay}), 0..0.9
 * @param demand                  the forecast's own errors: day-level volume and AHT ratios and intraday noise
 *                                (never null; {@link DemandUncertainty#none()} for the forecast plus Poisson)
 */
public record ReplayOptions(Patience patience, double handleTimeCv, double ivrShare, double absenteeism,
                            double dailyLevelCv, boolean callbacks, double callbackDeadlineSeconds,
                            double serviceLevelSeconds, double volumeFactor, Map<Integer, Double> volumeFactorByDay,
                            double ahtFactor, double offPhoneShare, DemandUncertainty demand) {
    public ReplayOptions {
        volumeFactorByDay = Map.copyOf(volumeFactorByDay);
        if (patience == null) {
            throw new IllegalArgumentException("patience must be given (Patience.Never for none)");
        }
        if (demand == null) {
            throw new IllegalArgumentException("demand must be given (DemandUncertainty.none() for none)");
        }
        check("offPhoneShare", offPhoneShare, 0, 0.9);
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

    /** Options without off-phone time and forecast error (the forecast plus Poisson noise). */
    public ReplayOptions(Patience patience, double handleTimeCv, double ivrShare, double absenteeism,
                         double dailyLevelCv, boolean callbacks, double callbackDeadlineSeconds,
                         double serviceLevelSeconds, double volumeFactor, Map<Integer, Double> volumeFactorByDay,
                         double ahtFactor) {
        this(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, callbacks, callbackDeadlineSeconds,
                serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor, 0, DemandUncertainty.none());
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
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor,
                offPhoneShare, demand);
    }

    public ReplayOptions withHandleTimeCv(double cv) {
        return new ReplayOptions(patience, cv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor,
                offPhoneShare, demand);
    }

    public ReplayOptions withIvrShare(double share) {
        return new ReplayOptions(patience, handleTimeCv, share, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor,
                offPhoneShare, demand);
    }

    public ReplayOptions withAbsenteeism(double p) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, p, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor,
                offPhoneShare, demand);
    }

    public ReplayOptions withDailyLevelCv(double cv) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, cv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor,
                offPhoneShare, demand);
    }

    public ReplayOptions withCallbacks(boolean on, double deadlineSeconds) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, on, deadlineSeconds,
                serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor, offPhoneShare, demand);
    }

    public ReplayOptions withServiceLevelSeconds(double t) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, t, volumeFactor, volumeFactorByDay, ahtFactor, offPhoneShare, demand);
    }

    public ReplayOptions withVolume(double factor, Map<Integer, Double> byDay) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, factor, byDay, ahtFactor, offPhoneShare, demand);
    }

    public ReplayOptions withAhtFactor(double factor) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, factor,
                offPhoneShare, demand);
    }

    /** The planner's word for {@link #absenteeism()}: the share of rostered agent-days lost, drawn per agent-day. */
    public double absence() {
        return absenteeism;
    }

    /** Same as {@link #withAbsenteeism(double)}. */
    public ReplayOptions withAbsence(double p) {
        return withAbsenteeism(p);
    }

    public ReplayOptions withOffPhoneShare(double share) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor, share,
                demand);
    }

    public ReplayOptions withDemand(DemandUncertainty d) {
        return new ReplayOptions(patience, handleTimeCv, ivrShare, absenteeism, dailyLevelCv, callbacks,
                callbackDeadlineSeconds, serviceLevelSeconds, volumeFactor, volumeFactorByDay, ahtFactor,
                offPhoneShare, d);
    }

    private static void check(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be in " + min + ".." + max);
        }
    }
}
