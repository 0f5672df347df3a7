package wfm.scheduling.domain;

/**
 * One agent's schedule week as the horizon cuts it, and the paid minutes its planned days may and must hold. Each of
 * the week's seven days is planned here, before the horizon, or after it.
 *
 * <ul>
 *   <li>Maximum: the weekly maximum less the minutes known worked before the horizon. When the week runs past the
 *       horizon, or the days before it are unknown, the planned days are also held to the full-time pace of max/5
 *       a day, so the rest of the week keeps its room.</li>
 *   <li>Minimum: the weekly minimum less the days not planned here: a day before the horizon counts max/5 (or,
 *       when known, all worked before counts if that is more), a day after it, a leave day and the lead-in evening
 *       max/5 each. Never below zero: nobody is made to catch up on days the plan cannot change.</li>
 * </ul>
 * Unknown days before the horizon are thus taken to have been worked at no more than the full-time pace: an agent
 * who worked more than max/5 a day then could pass the weekly maximum. Give the days worked (or start the schedule
 * week on the horizon's first weekday) and the maximum holds exactly.
 *
 * @param plannedDays   days of the week the roster plans (the horizon's days in it, plus the lead-in day)
 * @param daysBefore    days of the week before the horizon, not planned here
 * @param daysAfter     days of the week after the horizon
 * @param creditedDays  planned days credited toward the minimum at max/5: leave days and the lead-in evening
 * @param workedMinutes paid minutes worked this week before the horizon, or {@link #UNKNOWN}
 */
public record ContractWeek(int plannedDays, int daysBefore, int daysAfter, int creditedDays, int workedMinutes) {
    /** Nothing is known of the days before the horizon. */
    public static final int UNKNOWN = -1;

    public ContractWeek {
        if (plannedDays < 0 || daysBefore < 0 || daysAfter < 0 || plannedDays + daysBefore + daysAfter != 7
                || creditedDays < 0 || workedMinutes < UNKNOWN) {
            throw new IllegalArgumentException("contract week: " + plannedDays + " planned, " + daysBefore
                    + " before and " + daysAfter + " after the horizon (must make 7), " + creditedDays
                    + " credited days, " + workedMinutes + " minutes worked");
        }
    }

    /** A week whose first {@code plannedDays} days are planned, the rest after the horizon. */
    public static ContractWeek prorated(int plannedDays) {
        return new ContractWeek(plannedDays, 0, 7 - plannedDays, 0, 0);
    }

    /** Whether the planned days are held to max/5 each: the week runs past the horizon or began unseen. */
    public boolean paced() {
        return daysAfter > 0 || daysBefore > 0 && workedMinutes == UNKNOWN;
    }

    /** Paid minutes the planned days may hold at most. */
    public long maxMinutes(Agent agent) {
        long left = Math.max(0, agent.maxMinutesPerWeek() - Math.max(0, workedMinutes));
        return paced() ? Math.min(left, ((long) plannedDays * agent.maxMinutesPerWeek() + 4) / 5) : left;
    }

    /** Paid minutes the planned days must hold at least. */
    public long minMinutes(Agent agent) {
        long max = agent.maxMinutesPerWeek();
        long before = Math.max(5L * Math.max(0, workedMinutes), daysBefore * max);
        return Math.max(0, agent.minMinutesPerWeek() - (before + (long) (daysAfter + creditedDays) * max) / 5);
    }
}
