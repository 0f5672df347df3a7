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

    public static List<SampleHotline> all() {
        return List.of(hotline95504(), hotline10086());
    }
}
