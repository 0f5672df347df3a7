package wfm.forecasting.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Accuracy accumulated over one or more backtests (e.g. every queue of a hotline), model by model. */
public final class Evaluation {
    private static final class Slot {
        final AccuracyAccumulator overall = new AccuracyAccumulator();
        final List<AccuracyAccumulator> byLead = new ArrayList<>();
        final AccuracyAccumulator edge = new AccuracyAccumulator();
        final AccuracyAccumulator ordinary = new AccuracyAccumulator();

        AccuracyAccumulator lead(int day) {
            while (byLead.size() <= day) {
                byLead.add(new AccuracyAccumulator());
            }
            return byLead.get(day);
        }
    }

    private final Map<String, Slot> slots = new LinkedHashMap<>();

    /** Adds one interval's outcome. */
    public void add(String model, int leadDay, boolean monthEdge, boolean ordinary, double actual, double forecast,
                    double naiveScale, double[] bounds) {
        Slot s = slots.computeIfAbsent(model, m -> new Slot());
        s.overall.add(actual, forecast, naiveScale, bounds);
        s.lead(leadDay).add(actual, forecast, naiveScale, bounds);
        if (monthEdge) {
            s.edge.add(actual, forecast, naiveScale, bounds);
        }
        if (ordinary) {
            s.ordinary.add(actual, forecast, naiveScale, bounds);
        }
    }

    /** Every model's accuracy, in the order the models were first added. */
    public List<ModelAccuracy> results() {
        List<ModelAccuracy> out = new ArrayList<>();
        slots.forEach((model, s) -> out.add(new ModelAccuracy(model, s.overall.result(),
                s.byLead.stream().map(AccuracyAccumulator::result).toList(), s.edge.result(), s.ordinary.result())));
        return out;
    }
}
