package wfm.scheduling.capacity;

/**
 * How much overtime an agent may work beyond the contract's {@code max_hours_per_week}.
 *
 * <p>The default follows the PRC Labour Law, article 41: extended working hours may not exceed 3 hours a day nor
 * 36 hours a month. Spread evenly over a month's weeks that is {@code 36 * 12 / 52 = 8.3} hours a week, which is the
 * weekly allowance used here; a roster with overtime takes it as extra whole shifts within the rest and
 * consecutive-day rules (the shift templates fix the length of a day, so the 3-hour daily cap is not used).
 *
 * @param hoursPerMonth overtime hours an agent may work in a month, at least 0
 */
public record OvertimeAllowance(double hoursPerMonth) {
    /** PRC Labour Law, art. 41: at most 36 hours of overtime a month. */
    public static final OvertimeAllowance CHINA_LABOUR_LAW = new OvertimeAllowance(36);

    private static final double WEEKS_PER_MONTH = 52.0 / 12;

    public OvertimeAllowance {
        if (!(hoursPerMonth >= 0) || Double.isInfinite(hoursPerMonth)) {
            throw new IllegalArgumentException("overtime hours per month (" + hoursPerMonth + ") must be >= 0");
        }
    }

    /** The monthly allowance spread over the month's weeks (hours per week). */
    public double hoursPerWeek() {
        return hoursPerMonth / WEEKS_PER_MONTH;
    }

    /** Overtime hours one agent may add over {@code days} days. */
    public double hoursOver(int days) {
        return hoursPerWeek() * days / 7.0;
    }
}
