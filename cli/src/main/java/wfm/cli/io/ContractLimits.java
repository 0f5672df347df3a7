package wfm.cli.io;

/**
 * What an agent's contract and a shift template may say. Physical limits (a week has 168 hours; the scheduler
 * takes shifts of at most 16 hours, which leave 8 to sleep and travel) make a file bad input, exit 2. Limits of
 * China's Labour Law (劳动法) only warn, naming the line, because approved special working-hours systems (综合计算工时制)
 * let centres average hours over longer periods:
 * <ul>
 *   <li>Art. 36 and the State Council's 1995 rule: 8 hours a day, 40 a week;</li>
 *   <li>Art. 41: overtime at most 3 hours a day and 36 hours a month (36 x 12 / 52 = 8.3 a week);</li>
 *   <li>Art. 38: at least one day off a week.</li>
 * </ul>
 */
final class ContractLimits {
    /** Hours in a week: no contract can exceed them. */
    static final double HOURS_PER_WEEK = 168;
    /** Longest shift the scheduler takes (minutes), as {@code wfm.scheduling.domain.ShiftTemplate} checks. */
    static final int SHIFT_MINUTES = 16 * 60;
    /** 40 hours plus 36 hours of overtime a month spread over its weeks. */
    static final double LEGAL_HOURS_PER_WEEK = 48.3;
    /** 8 hours plus at most 3 of overtime (paid minutes of one shift). */
    static final int LEGAL_PAID_MINUTES_PER_DAY = 11 * 60;
    /** More days in a row leave a 7-day stretch without the weekly day off. */
    static final int LEGAL_CONSECUTIVE_DAYS = 6;

    private ContractLimits() {
    }

    /** A warning about one cell, worded like a bad-input message: file, line, column, what is doubtful. */
    static String warning(CsvRow row, String column, String problem) {
        return row.file() + ":" + row.line() + ": column '" + column + "': " + problem;
    }
}
