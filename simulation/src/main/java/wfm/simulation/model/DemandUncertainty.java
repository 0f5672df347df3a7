package wfm.simulation.model;

import java.util.List;

/**
 * What the forecast does not know, per queue: in a roster replay each replication is one possible future, whose
 * day volumes and handle times are the forecast times ratios resampled from the forecast model's own backtest
 * (actual / forecast), plus intraday noise beyond Poisson.
 *
 * <p>How a replication draws (see {@link RosterReplay}): for each day of the profile, one uniform picks one
 * <em>backtest origin</em> index {@code i}; every queue then takes entry {@code i} of its calls and AHT ratios
 * at that lead day (scaled to the array's length when the arrays differ in length). Entry {@code i} of every
 * array at a lead day should therefore be the same historical forecast origin: resampling whole days keeps the
 * correlation between queues and between volume and handle time that the backtest shows. The day's calls ratio
 * multiplies every interval of that queue and day (a day-level factor shared by the day's intervals); the AHT
 * ratio multiplies the day's mean handle times; on top, each interval's rate is multiplied by an independent
 * mean-one gamma factor with coefficient of variation {@code intervalCv}. With all ratios 1 and
 * {@code intervalCv} 0 the replay is exactly the forecast plus Poisson noise.
 *
 * @param queues per queue, index = queue number of the {@link ArrivalProfile}; empty = no uncertainty anywhere
 */
public record DemandUncertainty(List<QueueErrors> queues) {
    private static final QueueErrors EXACT = new QueueErrors(new double[0][], new double[0][], 0);

    public DemandUncertainty {
        queues = List.copyOf(queues);
    }

    /** The forecast is right up to Poisson noise: every ratio 1, no intraday noise. */
    public static DemandUncertainty none() {
        return new DemandUncertainty(List.of());
    }

    /** True when no queue has any uncertainty (empty, or every queue exact). */
    public boolean isNone() {
        return queues.stream().allMatch(QueueErrors::exact);
    }

    /** The errors of queue {@code q}; exact ones when {@link #queues()} is empty. */
    public QueueErrors queue(int q) {
        return queues.isEmpty() ? EXACT : queues.get(q);
    }

    /**
     * One queue's forecast errors.
     *
     * @param callsRatios per lead day (index 0 = first day of the profile = lead day 1), the backtest's
     *                    empirical day-total ratios actual/forecast (one draw per day per replication,
     *                    resampled); lead days beyond the array use the last one; empty: day totals exact
     * @param ahtRatios   the same for the day's average handle time (empty arrays: AHT exact)
     * @param intervalCv  intraday noise beyond Poisson: coefficient of variation of a mean-one gamma factor drawn
     *                    per interval (0 = Poisson around the day level only), 0..5
     */
    public record QueueErrors(double[][] callsRatios, double[][] ahtRatios, double intervalCv) {
        public QueueErrors {
            callsRatios = checkedCopy("callsRatios", callsRatios);
            ahtRatios = checkedCopy("ahtRatios", ahtRatios);
            if (!(intervalCv >= 0 && intervalCv <= 5)) {
                throw new IllegalArgumentException("intervalCv (" + intervalCv + ") must be in 0..5");
            }
        }

        /** No error at all: exact day totals and AHT, Poisson within the day. */
        public static QueueErrors exactForecast() {
            return EXACT;
        }

        /** A copy of the calls ratios ({@code [lead day - 1][origin]}). */
        @Override
        public double[][] callsRatios() {
            return deepCopy(callsRatios);
        }

        /** A copy of the AHT ratios ({@code [lead day - 1][origin]}). */
        @Override
        public double[][] ahtRatios() {
            return deepCopy(ahtRatios);
        }

        /** True when this queue's volume and AHT are taken as exact (ratios 1, no intraday noise). */
        public boolean exact() {
            return callsRatios.length == 0 && ahtRatios.length == 0 && intervalCv == 0;
        }

        /** The calls ratio of day {@code day} (from 0) for the uniform {@code u} in (0, 1); 1 when exact. */
        public double callsRatio(int day, double u) {
            return pick(callsRatios, day, u);
        }

        /** The AHT ratio of day {@code day} (from 0) for the uniform {@code u} in (0, 1); 1 when exact. */
        public double ahtRatio(int day, double u) {
            return pick(ahtRatios, day, u);
        }

        private static double pick(double[][] ratios, int day, double u) {
            if (ratios.length == 0) {
                return 1.0;
            }
            double[] atLead = ratios[Math.min(day, ratios.length - 1)];
            return atLead[Math.min((int) (u * atLead.length), atLead.length - 1)];
        }

        private static double[][] checkedCopy(String name, double[][] ratios) {
            if (ratios == null) {
                throw new IllegalArgumentException(name + " must not be null (an empty array means exact)");
            }
            double[][] copy = deepCopy(ratios);
            for (int d = 0; d < copy.length; d++) {
                if (copy[d] == null || copy[d].length == 0) {
                    throw new IllegalArgumentException(name + " of lead day " + (d + 1) + " must not be empty");
                }
                for (double r : copy[d]) {
                    if (!(r >= 0 && r <= 100)) {
                        throw new IllegalArgumentException(name + " of lead day " + (d + 1) + " has ratio " + r
                                + ", expected 0..100 (actual / forecast)");
                    }
                }
            }
            return copy;
        }

        private static double[][] deepCopy(double[][] a) {
            double[][] c = new double[a.length][];
            for (int i = 0; i < a.length; i++) {
                c[i] = a[i] == null ? null : a[i].clone();
            }
            return c;
        }
    }
}
