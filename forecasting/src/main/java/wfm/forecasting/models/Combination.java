package wfm.forecasting.models;

import java.util.List;

/** The mean of several models' forecasts (see {@link ModelCatalog#ensemble()} for the members of {@code combination}). */
public final class Combination implements ForecastModel {
    public static final String NAME = "combination";
    private final List<ForecastModel> members;

    public Combination(List<ForecastModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a combination needs at least one model");
        }
        this.members = List.copyOf(members);
    }

    public List<ForecastModel> members() {
        return members;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FittedModel fit(ModelInput input) {
        List<FittedModel> fitted = members.stream().map(m -> m.fit(input)).toList();
        return steps -> {
            double[] sum = new double[steps];
            for (FittedModel m : fitted) {
                double[] f = Forecasts.clean(m.forecast(steps), input, input.length());
                for (int h = 0; h < steps; h++) {
                    sum[h] += f[h] / fitted.size();
                }
            }
            return sum;
        };
    }
}
