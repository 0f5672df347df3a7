package wfm.cli.commands;

import java.time.LocalDate;
import java.util.Map;

/**
 * One named what-if scenario: adjustments to the baseline behaviour (absent keys keep the baseline's value).
 *
 * @param name           what the planner calls it
 * @param volume         factor on every interval's calls (1 = as forecast)
 * @param volumeOnDays   extra factor on chosen dates
 * @param aht            factor on handle times
 * @param absenteeism    daily absence probability, or null for the baseline's
 * @param patience       factor on caller patience
 * @param ivrShare       IVR self-service share, or null for the baseline's
 * @param callbacks      callbacks on or off, or null for the baseline's
 */
public record Scenario(String name, double volume, Map<LocalDate, Double> volumeOnDays, double aht,
                       Double absenteeism, double patience, Double ivrShare, Boolean callbacks) {
    public Scenario {
        volumeOnDays = Map.copyOf(volumeOnDays);
    }
}
