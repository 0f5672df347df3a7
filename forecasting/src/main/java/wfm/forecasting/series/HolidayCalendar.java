package wfm.forecasting.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Public holidays and make-up working days. Day types group dates that behave alike: the seven weekdays
 * ({@link #MONDAY} .. 6 = Sunday), {@link #HOLIDAY_TYPE} and {@link #MAKEUP_WORKDAY_TYPE}.
 */
public record HolidayCalendar(Map<LocalDate, DayKind> days) {
    public static final int MONDAY = 0;
    public static final int HOLIDAY_TYPE = 7;
    public static final int MAKEUP_WORKDAY_TYPE = 8;
    public static final int DAY_TYPES = 9;
    public static final HolidayCalendar NONE = new HolidayCalendar(Map.of());

    public HolidayCalendar {
        days = java.util.Collections.unmodifiableMap(new TreeMap<>(days));
    }

    public boolean isHoliday(LocalDate date) {
        return days.get(date) == DayKind.HOLIDAY;
    }

    /** A make-up working day that falls on a weekend (a weekday marked as workday is just a weekday). */
    public boolean isMakeUpWorkday(LocalDate date) {
        return days.get(date) == DayKind.WORKDAY && date.getDayOfWeek().getValue() >= 6;
    }

    /** 0 = Monday .. 6 = Sunday, 7 = holiday, 8 = make-up workday on a weekend. */
    public int dayType(LocalDate date) {
        if (isHoliday(date)) {
            return HOLIDAY_TYPE;
        }
        if (isMakeUpWorkday(date)) {
            return MAKEUP_WORKDAY_TYPE;
        }
        return date.getDayOfWeek().getValue() - 1;
    }

    /** The weekday whose traffic a day type falls back to when history holds no day of that type. */
    public static int fallbackWeekday(int dayType) {
        return switch (dayType) {
            case HOLIDAY_TYPE -> DayOfWeek.SUNDAY.getValue() - 1;
            case MAKEUP_WORKDAY_TYPE -> DayOfWeek.MONDAY.getValue() - 1;
            default -> dayType;
        };
    }
}
