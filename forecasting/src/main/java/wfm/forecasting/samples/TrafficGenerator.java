package wfm.forecasting.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import wfm.forecasting.series.DayKind;
import wfm.forecasting.series.HolidayCalendar;

/**
 * Seeded synthetic interval history of a {@link SampleHotline}. Each day gets a random level (gamma, mean 1,
 * coefficient of variation {@code dailyCv}) times the calendar effects (day of week, month edge, holiday, make-up
 * workday = an ordinary Monday, trend); each interval's calls are Poisson around that level times the intraday
 * profile and the queue's share, so daily volumes are over-dispersed as in real centres (Brown et al. 2005).
 * Abandoned calls are binomial; the interval's AHT is the mean of the handled calls' handle times (lognormal,
 * coefficient of variation 0.8). Poisson counts above 60 are drawn by the normal approximation, rounded.
 */
public final class TrafficGenerator {
    private static final double HANDLE_TIME_CV = 0.8;

    /** One generated interval of one queue. */
    public record Row(LocalDateTime intervalStart, String queue, int offered, int handled, int abandoned,
                      double ahtSeconds) {
    }

    private TrafficGenerator() {
    }

    /** Calls {@code out} for every open interval from {@code first} to {@code last}, in time order. */
    public static void generate(SampleHotline hotline, LocalDate first, LocalDate last, int intervalMinutes,
                                HolidayCalendar holidays, long seed, Consumer<Row> out) {
        if (60 % intervalMinutes != 0) {
            throw new IllegalArgumentException("intervalMinutes (" + intervalMinutes + ") must divide an hour");
        }
        RandomGenerator rng = new Well19937c(seed);
        double shape = 1 / (hotline.dailyCv() * hotline.dailyCv());
        GammaDistribution dayLevel = new GammaDistribution(rng, shape, 1 / shape);
        int perDay = 1440 / intervalMinutes;
        double[] profile = profile(hotline, intervalMinutes);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            double years = (date.toEpochDay() - first.toEpochDay()) / 365.25;
            double level = hotline.wednesdayCalls() * Math.pow(1 + hotline.trendPerYear(), years)
                    * calendarFactor(hotline, holidays, date) * dayLevel.sample();
            boolean edge = date.getDayOfMonth() <= 3 || date.getDayOfMonth() > date.lengthOfMonth() - 2;
            double abandon = hotline.abandonRate() * (edge && hotline.lastDayFactors()[1] > 1 ? 1.8 : 1.0);
            for (int s = 0; s < perDay; s++) {
                if (profile[s] == 0) {
                    continue;
                }
                LocalDateTime start = date.atStartOfDay().plusMinutes((long) s * intervalMinutes);
                for (SampleHotline.Queue q : hotline.queues()) {
                    int offered = poisson(rng, level * profile[s] * q.share());
                    int abandoned = binomial(rng, offered, abandon);
                    int handled = offered - abandoned;
                    double drift = 1 + 0.06 * Math.sin(2 * Math.PI * s / perDay);
                    double aht = handled == 0 ? Double.NaN
                            : Math.max(10, q.ahtSeconds() * drift
                            * (1 + HANDLE_TIME_CV * rng.nextGaussian() / Math.sqrt(handled)));
                    out.accept(new Row(start, q.name(), offered, handled, abandoned, aht));
                }
            }
        }
    }

    /** The expected-volume multiplier of a date relative to an ordinary Wednesday (without trend). */
    public static double calendarFactor(SampleHotline h, HolidayCalendar holidays, LocalDate date) {
        int type = holidays.dayType(date);
        double f;
        if (type == HolidayCalendar.HOLIDAY_TYPE) {
            f = h.holidayFactor() * h.weekdayFactors()[2];
        } else if (type == HolidayCalendar.MAKEUP_WORKDAY_TYPE) {
            f = h.weekdayFactors()[0];
        } else {
            f = h.weekdayFactors()[type];
        }
        int fromEnd = date.lengthOfMonth() - date.getDayOfMonth();
        if (fromEnd < 2) {
            f *= h.lastDayFactors()[1 - fromEnd];
        } else if (date.getDayOfMonth() <= 3) {
            f *= h.firstDayFactors()[date.getDayOfMonth() - 1];
        }
        return f;
    }

    /** Share of a day's calls in each interval: hourly weights interpolated at interval midpoints, normalised. */
    static double[] profile(SampleHotline h, int intervalMinutes) {
        int perDay = 1440 / intervalMinutes;
        double[] p = new double[perDay];
        double sum = 0;
        for (int s = 0; s < perDay; s++) {
            double hour = (s + 0.5) * intervalMinutes / 60.0;
            if (hour < h.openHour() || hour >= h.closeHour()) {
                continue;
            }
            int lo = (int) Math.floor(hour - 0.5);
            double frac = hour - 0.5 - lo;
            double a = h.hourlyWeights()[Math.floorMod(lo, 24)];
            double b = h.hourlyWeights()[Math.floorMod(lo + 1, 24)];
            if (h.closeHour() - h.openHour() < 24) {
                // outside the opening hours the weights are 0; keep the open edge at its own hour's weight
                a = a == 0 ? b : a;
                b = b == 0 ? a : b;
            }
            p[s] = Math.max(1e-3, a + frac * (b - a));
            sum += p[s];
        }
        for (int s = 0; s < perDay; s++) {
            p[s] /= sum;
        }
        return p;
    }

    static int poisson(RandomGenerator rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 60) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        int k = 0;
        double p = rng.nextDouble();
        while (p > limit) {
            k++;
            p *= rng.nextDouble();
        }
        return k;
    }

    static int binomial(RandomGenerator rng, int n, double p) {
        if (n > 200) {
            double mean = n * p;
            return (int) Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * rng.nextGaussian())));
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += rng.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    /** The holidays of the sample hotlines as a calendar. */
    public static HolidayCalendar chineseCalendar() {
        Map<LocalDate, DayKind> days = new java.util.HashMap<>();
        ChineseHolidays.all().forEach(d -> days.put(d.date(), d.kind()));
        return new HolidayCalendar(days);
    }
}
