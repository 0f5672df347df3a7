package wfm.forecasting.accuracy;

import java.util.List;

/**
 * One model's backtest accuracy: overall, by lead day (index 0 = the first day after the origin), on month-edge
 * days (the last two and first three days of a month) and on ordinary days (neither month edge nor holiday nor
 * make-up workday).
 */
public record ModelAccuracy(String model, Accuracy overall, List<Accuracy> byLeadDay, Accuracy monthEdge,
                            Accuracy ordinary) {
    public ModelAccuracy {
        byLeadDay = List.copyOf(byLeadDay);
    }
}
