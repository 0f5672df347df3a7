package wfm.simulation.model;

import wfm.simulation.random.Mrg32k3a;
import wfm.simulation.random.Variates;

/**
 * The callers of one replication: the rate of every queue and interval (the forecast times the what-if volume, the
 * random daily level and the replication's forecast error: {@link DemandUncertainty}'s day factor shared by the
 * day's intervals and a gamma factor per interval), the mean handle time (times the AHT factors), and per caller
 * the arrival time, handle time, patience and IVR choice, each from its own stream per queue and day.
 */
final class TrafficSource {
    private final int intervals;
    private final int intervalsPerDay;
    private final double intervalSeconds;
    private final Patience patience;
    private final double handleTimeCv;
    private final double ivrShare;
    private final boolean lognormal;
    private final double[][] ratePerSecond;     // [queue][interval]
    private final double[][] meanHandleSeconds; // [queue][interval]
    private final Mrg32k3a[][] arrivalStream;   // [queue][day]
    private final Mrg32k3a[][] handleStream;
    private final Mrg32k3a[][] patienceStream;
    private final Mrg32k3a[][] ivrStream;

    TrafficSource(ArrivalProfile profile, ReplayOptions options, ReplayStreams streams) {
        int queues = profile.queueCount();
        int days = profile.days();
        intervals = profile.intervals();
        intervalsPerDay = profile.intervalsPerDay();
        intervalSeconds = profile.intervalSeconds();
        patience = options.patience();
        handleTimeCv = options.handleTimeCv();
        ivrShare = options.ivrShare();
        lognormal = handleTimeCv != 1.0;
        arrivalStream = new Mrg32k3a[queues][days];
        handleStream = new Mrg32k3a[queues][days];
        patienceStream = new Mrg32k3a[queues][days];
        ivrStream = new Mrg32k3a[queues][days];
        for (int q = 0; q < queues; q++) {
            for (int d = 0; d < days; d++) {
                arrivalStream[q][d] = streams.arrivals(q, d);
                handleStream[q][d] = streams.handleTimes(q, d);
                patienceStream[q][d] = streams.patience(q, d);
                ivrStream[q][d] = streams.ivrChoice(q, d);
            }
        }
        DemandUncertainty demand = options.demand();
        if (!demand.queues().isEmpty() && demand.queues().size() != queues) {
            throw new IllegalArgumentException("demand uncertainty has " + demand.queues().size()
                    + " queues, the profile " + queues);
        }
        double[][] dayCalls = new double[queues][days];
        double[][] dayAht = new double[queues][days];
        Mrg32k3a origins = streams.forecastErrorDays();
        for (int d = 0; d < days; d++) {
            double u = origins.nextDouble(); // one backtest origin per day, shared by the queues
            for (int q = 0; q < queues; q++) {
                dayCalls[q][d] = demand.queue(q).callsRatio(d, u);
                dayAht[q][d] = demand.queue(q).ahtRatio(d, u);
            }
        }
        ratePerSecond = new double[queues][intervals];
        meanHandleSeconds = new double[queues][intervals];
        for (int q = 0; q < queues; q++) {
            Mrg32k3a levelStream = streams.dailyLevel(q);
            double[] level = new double[days];
            for (int d = 0; d < days; d++) {
                // drawn even when the level is off, to keep streams in step across scenarios
                double g = Variates.gammaMeanOne(levelStream, Math.max(options.dailyLevelCv(), 1e-9));
                level[d] = options.dailyLevelCv() > 0 ? g : 1.0;
            }
            Mrg32k3a noise = streams.intradayNoise(q);
            double intervalCv = demand.queue(q).intervalCv();
            for (int k = 0; k < intervals; k++) {
                int day = k / intervalsPerDay;
                // the forecast-error factors are exactly 1 when off, so the products equal the old ones bit for bit
                ratePerSecond[q][k] = profile.calls()[q][k] * level[day] * options.volumeFactorOn(day)
                        * dayCalls[q][day] * Variates.gammaMeanOne(noise, intervalCv) / intervalSeconds;
                meanHandleSeconds[q][k] = profile.ahtSeconds()[q][k] * options.ahtFactor() * dayAht[q][day];
            }
        }
    }

    /**
     * Next arrival of queue q after time t: exponential gaps at the current interval's rate, restarted at each
     * interval boundary (exact for a piecewise-constant rate, by memorylessness); +Infinity after the horizon.
     */
    double nextArrival(int q, double t) {
        int k = (int) (t / intervalSeconds);
        while (k < intervals) {
            double rate = ratePerSecond[q][k];
            double boundary = (k + 1) * intervalSeconds;
            if (rate > 0) {
                double candidate = t + Variates.exponential(arrivalStream[q][k / intervalsPerDay], 1.0 / rate);
                if (candidate < boundary) {
                    return candidate;
                }
            }
            t = boundary;
            k++;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The day (from 0) of interval k. */
    int dayOf(int k) {
        return k / intervalsPerDay;
    }

    /** The handle time of a caller of queue q arriving in interval k of day {@code day} (drawn first). */
    double handleSeconds(int q, int k, int day) {
        double mean = meanHandleSeconds[q][k];
        Mrg32k3a g = handleStream[q][day];
        return lognormal ? Variates.lognormal(g, mean, handleTimeCv) : Variates.exponential(g, mean);
    }

    /** The patience of a caller of queue q arriving on day {@code day} (drawn second). */
    double patienceSeconds(int q, int day) {
        return patience.draw(patienceStream[q][day]);
    }

    /** Whether a caller of queue q arriving on day {@code day} is served by IVR self-service (drawn third). */
    boolean servedByIvr(int q, int day) {
        return ivrStream[q][day].nextDouble() < ivrShare;
    }
}
