package wfm.forecasting.samples;

import java.util.List;

/**
 * What a synthetic hotline looks like. Volumes are calls per day on an ordinary Wednesday at the start of the
 * history; every other effect multiplies it.
 *
 * @param name              folder name, e.g. {@code hotline-10086}
 * @param queues            the queues with their share of calls and mean handle time
 * @param wednesdayCalls    calls per day (all queues) on an ordinary Wednesday at the start
 * @param openHour          first open hour (0 for 24 h)
 * @param closeHour         hour the last interval ends (24 for 24 h)
 * @param hourlyWeights     relative call rate by hour of day (24 values, linearly interpolated)
 * @param weekdayFactors    Monday..Sunday multipliers
 * @param lastDayFactors    multipliers of the second-last and last day of a month
 * @param firstDayFactors   multipliers of the first three days of a month
 * @param holidayFactor     multiplier of a public holiday
 * @param dailyCv           coefficient of variation of the day-level random level (over-dispersion)
 * @param trendPerYear      growth per year, e.g. 0.04
 * @param abandonRate       share of offered calls abandoned on an ordinary day
 */
public record SampleHotline(String name, String description, List<Queue> queues, double wednesdayCalls, int openHour,
                            int closeHour, double[] hourlyWeights, double[] weekdayFactors, double[] lastDayFactors,
                            double[] firstDayFactors, double holidayFactor, double dailyCv, double trendPerYear,
                            double abandonRate) {

    /** A queue of the hotline. */
    public record Queue(String name, double share, double ahtSeconds) {
        public Queue {
            if (!(share > 0 && share <= 1) || !(ahtSeconds > 0)) {
                throw new IllegalArgumentException("queue " + name + ": share (" + share + ") must be in (0,1] and "
                        + "ahtSeconds (" + ahtSeconds + ") positive");
            }
        }
    }

    public SampleHotline {
        queues = List.copyOf(queues);
        if (hourlyWeights.length != 24 || weekdayFactors.length != 7 || lastDayFactors.length != 2
                || firstDayFactors.length != 3) {
            throw new IllegalArgumentException("hourlyWeights needs 24 values, weekdayFactors 7, lastDayFactors 2, "
                    + "firstDayFactors 3");
        }
        if (openHour < 0 || closeHour > 24 || openHour >= closeHour) {
            throw new IllegalArgumentException("opening hours " + openHour + "-" + closeHour + " are not a day's range");
        }
    }

    /** 95504-style bank card service line: 08:00-20:00, ~11,000 calls a month, ~3-minute calls. */
    public static SampleHotline hotline95504() {
        return new SampleHotline("hotline-95504",
                "a bank-card service line: 4 IVR queues, 08:00-20:00 every day, about 11,000 calls a month, "
                        + "about 3-minute calls, quieter weekends and public holidays, no month-end surge",
                List.of(new Queue("enquiry", 0.64, 150), new Queue("card-info", 0.16, 190),
                        new Queue("account-service", 0.12, 240), new Queue("complaints", 0.08, 420)),
                390, 8, 20,
                new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0.7, 1.3, 1.5, 1.4, 1.0, 1.1, 1.4, 1.35, 1.2, 1.0, 0.8, 0.6, 0, 0,
                        0, 0},
                new double[] {1.15, 1.05, 1.0, 1.0, 1.05, 0.72, 0.62},
                new double[] {1.0, 1.0}, new double[] {1.0, 1.0, 1.0}, 0.45, 0.10, 0.05, 0.03);
    }

    /** 10086-style mobile operator line: 24 h, ~100,000 calls a day, billing surges at the month edges. */
    public static SampleHotline hotline10086() {
        return new SampleHotline("hotline-10086",
                "a mobile operator's customer line: 24 hours, about 100,000 calls a day in 4 queues (billing, "
                        + "mobile-data, complaints, english), billing surges on the last two and first three days of "
                        + "every month, Chinese public holidays with make-up workdays, over-dispersed daily volumes",
                List.of(new Queue("billing", 0.52, 200), new Queue("mobile-data", 0.28, 260),
                        new Queue("complaints", 0.12, 480), new Queue("english", 0.08, 300)),
                93_000, 0, 24,
                new double[] {0.14, 0.07, 0.04, 0.03, 0.03, 0.05, 0.15, 0.50, 1.10, 1.45, 1.60, 1.55, 1.25, 1.30, 1.50,
                        1.55, 1.45, 1.30, 1.20, 1.30, 1.35, 1.10, 0.70, 0.35},
                new double[] {1.08, 1.02, 1.0, 1.0, 1.02, 0.94, 0.92},
                new double[] {1.25, 1.40}, new double[] {1.50, 1.30, 1.15}, 0.78, 0.06, 0.04, 0.05);
    }

    /** 10010-style operator line with several service numbers; billing self-service (10011) never reaches agents. */
    public static SampleHotline hotline10010() {
        return new SampleHotline("hotline-10010",
                "a telecom operator's line with several service numbers: 24 hours, about 12,000 calls a day to agents "
                        + "on 10010 customer service and 10018 club members; 10011 billing enquiries are IVR "
                        + "self-service only and never reach an agent, so they are not in this agent history",
                List.of(new Queue("10010-service", 0.80, 190), new Queue("10018-club", 0.20, 250)),
                12_000, 0, 24,
                new double[] {0.12, 0.06, 0.04, 0.03, 0.03, 0.05, 0.15, 0.55, 1.15, 1.50, 1.60, 1.50, 1.20, 1.30, 1.50,
                        1.50, 1.40, 1.25, 1.15, 1.25, 1.25, 1.00, 0.60, 0.30},
                new double[] {1.08, 1.02, 1.0, 1.0, 1.02, 0.90, 0.88},
                new double[] {1.10, 1.15}, new double[] {1.20, 1.10, 1.05}, 0.75, 0.07, 0.03, 0.04);
    }

    /** City gas hotline: inbound service and leak emergencies plus outbound callback surveys for the same agents. */
    public static SampleHotline hotlineCrGas() {
        return new SampleHotline("hotline-crgas",
                "a city gas company's hotline: 24 hours, about 2,500 calls a day; service calls, gas-leak emergencies "
                        + "(answered within seconds) and outbound callback surveys after repairs, which compete for the "
                        + "same agents",
                List.of(new Queue("service", 0.68, 200), new Queue("emergency", 0.10, 150),
                        new Queue("survey", 0.22, 240)),
                2_500, 0, 24,
                new double[] {0.10, 0.06, 0.05, 0.05, 0.05, 0.08, 0.20, 0.60, 1.30, 1.55, 1.55, 1.40, 1.10, 1.20, 1.45,
                        1.45, 1.35, 1.20, 1.05, 0.90, 0.70, 0.50, 0.30, 0.18},
                new double[] {1.10, 1.03, 1.0, 1.0, 1.0, 0.85, 0.80},
                new double[] {1.0, 1.0}, new double[] {1.05, 1.0, 1.0}, 0.70, 0.08, 0.03, 0.02);
    }

    /** Provincial cable-TV hotline with remote (home) seats, 08:00-22:00. */
    public static SampleHotline hotlineHebei() {
        return new SampleHotline("hotline-hebei",
                "a provincial cable-TV hotline answered largely from remote (home) seats: 08:00-22:00 every day, "
                        + "about 4,000 calls a day in service, repair and complaints (complaints have 2-4 h and 24 h "
                        + "handling deadlines), evening peaks when viewers meet a broken signal",
                List.of(new Queue("service", 0.55, 180), new Queue("repair", 0.30, 240),
                        new Queue("complaints", 0.15, 360)),
                4_000, 8, 22,
                new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0.9, 1.3, 1.3, 1.2, 1.0, 1.0, 1.1, 1.1, 1.0, 1.0, 1.2, 1.5,
                        1.6, 1.3, 0, 0},
                new double[] {1.05, 1.0, 1.0, 1.0, 1.05, 1.10, 1.15},
                new double[] {1.0, 1.0}, new double[] {1.10, 1.05, 1.0}, 1.20, 0.09, 0.02, 0.04);
    }

    public static List<SampleHotline> all() {
        return List.of(hotline95504(), hotline10086(), hotline10010(), hotlineCrGas(), hotlineHebei());
    }
}
