package wfm.forecasting.accuracy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wfm.forecasting.models.AhtProfile;
import wfm.forecasting.models.AutoChoice;
import wfm.forecasting.models.Combination;
import wfm.forecasting.models.ForecastModel;
import wfm.forecasting.models.Forecasts;
import wfm.forecasting.models.ModelCatalog;
import wfm.forecasting.models.ModelInput;
import wfm.forecasting.series.HolidayCalendar;
import wfm.forecasting.series.IntervalSeries;

/**
 * Rolling-origin evaluation: origins at midnight, one week apart, the last one {@code horizonDays} before the end
 * of the history; at each origin every model is fitted on the history before it and forecasts the horizon.
 *
 * <p>Two derived entries are added when there are at least two models: {@code combination}, the mean of the
 * {@link #combinationMembers() members} (fixed, so it chooses nothing), and {@code auto}, the {@link AutoChoice}
 * judged on the earlier folds whose horizon ended before this origin (before any such fold: the combination), so it
 * chooses without seeing the fold it is judged on.
 *
 * <p>Prediction intervals for fold {@code i} come from the residuals of the other folds (cross-fitting), so
 * coverage is not measured on the residuals the intervals were built from.
 */
public final class Backtest {
    public static final int STEP_DAYS = 7;
    /** Shortest history a model is fitted on, in days. */
    public static final int MIN_TRAIN_DAYS = 21;

    private final IntervalSeries series;
    private final HolidayCalendar holidays;
    private final int horizonDays;
    private final int[] originDays;
    private final List<double[]> actuals = new ArrayList<>();
    private final double[] naiveScales;
    private final Map<String, List<double[]>> forecasts = new LinkedHashMap<>();
    private final List<String> baseNames = new ArrayList<>();

    private Backtest(IntervalSeries series, HolidayCalendar holidays, int horizonDays, int folds) {
        this.series = series;
        this.holidays = holidays;
        this.horizonDays = horizonDays;
        int days = series.days();
        int first = days - horizonDays - (folds - 1) * STEP_DAYS;
        if (horizonDays < 1 || folds < 1) {
            throw new IllegalArgumentException("horizon (" + horizonDays + " days) and folds (" + folds
                    + ") must be at least 1");
        }
        if (first < MIN_TRAIN_DAYS) {
            throw new IllegalArgumentException("queue '" + series.queue() + "': " + days + " days of history are too few"
                    + " for " + folds + " folds of a " + horizonDays + "-day horizon (needs at least "
                    + (MIN_TRAIN_DAYS + horizonDays + (folds - 1) * STEP_DAYS) + " days)");
        }
        originDays = new int[folds];
        naiveScales = new double[folds];
        int spd = series.grid().slotsPerDay();
        for (int k = 0; k < folds; k++) {
            originDays[k] = first + k * STEP_DAYS;
            double[] a = new double[horizonDays * spd];
            for (int h = 0; h < a.length; h++) {
                int i = originDays[k] * spd + h;
                a[h] = series.isOpen(i) ? series.offered(i) : Double.NaN;
            }
            actuals.add(a);
            naiveScales[k] = naiveScale(originDays[k] * spd);
        }
    }

    /** Runs the backtest of the given models (at least one) on one queue. */
    public static Backtest run(IntervalSeries series, HolidayCalendar holidays, List<ForecastModel> models,
                               int horizonDays, int folds) {
        Backtest b = new Backtest(series, holidays, horizonDays, folds);
        for (ForecastModel m : models) {
            List<double[]> list = new ArrayList<>();
            for (int origin : b.originDays) {
                ModelInput input = ModelInput.of(series, holidays, origin);
                list.add(Forecasts.forecast(m, input, horizonDays * series.grid().slotsPerDay()));
            }
            b.forecasts.put(m.name(), list);
            b.baseNames.add(m.name());
        }
        if (models.size() >= 2) {
            b.addDerived();
        }
        return b;
    }

    private double naiveScale(int end) {
        int week = series.grid().slotsPerWeek();
        double sum = 0;
        long n = 0;
        for (int i = Math.max(week, end - 12 * week); i < end; i++) {
            if (series.isOpen(i) && !Double.isNaN(series.offered(i)) && !Double.isNaN(series.offered(i - week))) {
                sum += Math.abs(series.offered(i) - series.offered(i - week));
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    private void addDerived() {
        int folds = originDays.length;
        List<String> members = combinationMembers();
        List<double[]> combo = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            double[] c = new double[actuals.get(k).length];
            for (String m : members) {
                double[] f = forecasts.get(m).get(k);
                for (int h = 0; h < c.length; h++) {
                    c[h] += f[h] / members.size();
                }
            }
            combo.add(c);
        }
        forecasts.put(Combination.NAME, combo);
        List<double[]> auto = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            auto.add(forecasts.get(choice(earlierFolds(k))).get(k));
        }
        forecasts.put(ModelCatalog.AUTO, auto);
    }

    /** {@link AutoChoice} on some folds; before any fold has ended, the combination. */
    private String choice(List<Integer> folds) {
        if (folds.isEmpty()) {
            return Combination.NAME;
        }
        Map<String, AutoChoice.Score> base = new LinkedHashMap<>();
        for (String m : baseNames) {
            base.put(m, score(m, folds));
        }
        return AutoChoice.choose(score(Combination.NAME, folds), base);
    }

    private AutoChoice.Score score(String model, List<Integer> folds) {
        return new AutoChoice.Score(wape(model, folds),
                folds.stream().mapToDouble(k -> wape(model, List.of(k))).toArray());
    }

    /** The members of the combination: those of {@link ModelCatalog#ensemble()} run here, or else all models run. */
    public List<String> combinationMembers() {
        List<String> members = ModelCatalog.ensemble().stream().filter(baseNames::contains).toList();
        return members.size() >= 2 ? members : List.copyOf(baseNames);
    }

    private List<Integer> earlierFolds(int k) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (originDays[j] + horizonDays <= originDays[k]) {
                out.add(j);
            }
        }
        return out;
    }

    /** WAPE of a model over some folds (all folds: the model's backtest WAPE). */
    public double wape(String model, List<Integer> folds) {
        double err = 0;
        double sum = 0;
        for (int k : folds) {
            double[] f = forecasts.get(model).get(k);
            double[] a = actuals.get(k);
            for (int h = 0; h < a.length; h++) {
                if (!Double.isNaN(a[h])) {
                    err += Math.abs(f[h] - a[h]);
                    sum += a[h];
                }
            }
        }
        return sum > 0 ? err / sum : (err > 0 ? Double.POSITIVE_INFINITY : 0);
    }

    private List<Integer> allFolds() {
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < originDays.length; k++) {
            all.add(k);
        }
        return all;
    }

    /** The number of origins. */
    public int folds() {
        return originDays.length;
    }

    /** The first day of fold {@code k}'s horizon. */
    public LocalDate origin(int k) {
        return series.grid().date(originDays[k] * series.grid().slotsPerDay());
    }

    /** Fold {@code k}'s forecast by an entry of {@link #models()}, step 0 at the origin (shared, do not modify). */
    public double[] forecast(String model, int k) {
        return forecasts.get(model).get(k);
    }

    /** Fold {@code k}'s actual calls, NaN where closed or missing (shared, do not modify). */
    public double[] actual(int k) {
        return actuals.get(k);
    }

    /** The names of the evaluated entries: the models given, then combination and auto. */
    public List<String> models() {
        return List.copyOf(forecasts.keySet());
    }

    /** What {@code --model auto} forecasts with, judged on all folds ({@link AutoChoice}). */
    public String best() {
        return baseNames.size() >= 2 ? choice(allFolds()) : baseNames.get(0);
    }

    /** Intervals from all folds' residuals of a model, for forecasting beyond the history. */
    public PredictionIntervals intervals(String model) {
        return PredictionIntervals.fit(forecasts.get(model), actuals, series.grid().slotsPerDay());
    }

    /**
     * The day-level and intraday errors of a model on every fold (what travels with the forecast to the
     * simulation); handle time is forecast at each origin by the interval-of-week profile of the last
     * {@code ahtWeeks} weeks, as the forecast itself does.
     */
    public ForecastErrors errors(String model, int ahtWeeks) {
        int spd = series.grid().slotsPerDay();
        boolean aht = series.hasAht();
        List<double[]> ahtForecast = aht ? new ArrayList<>() : null;
        List<double[]> ahtActual = aht ? new ArrayList<>() : null;
        List<double[]> handled = aht ? new ArrayList<>() : null;
        for (int k = 0; aht && k < originDays.length; k++) {
            int first = originDays[k] * spd;
            int steps = horizonDays * spd;
            ahtForecast.add(AhtProfile.fit(series, first, ahtWeeks).forecast(first, steps));
            double[] a = new double[steps];
            double[] w = new double[steps];
            for (int h = 0; h < steps; h++) {
                a[h] = series.ahtSeconds(first + h);
                w[h] = series.handled(first + h);
            }
            ahtActual.add(a);
            handled.add(w);
        }
        return ForecastErrors.measure(series.queue(), forecasts.get(model), actuals, ahtForecast, ahtActual, handled,
                spd);
    }

    /** Adds every entry's fold outcomes, with cross-fitted intervals, to an evaluation. */
    public void addTo(Evaluation evaluation) {
        int spd = series.grid().slotsPerDay();
        for (Map.Entry<String, List<double[]>> e : forecasts.entrySet()) {
            List<double[]> fs = e.getValue();
            for (int k = 0; k < fs.size(); k++) {
                PredictionIntervals pi = originDays.length > 1
                        ? PredictionIntervals.fit(without(fs, k), without(actuals, k), spd) : null;
                double[] f = fs.get(k);
                double[] a = actuals.get(k);
                for (int h = 0; h < a.length; h++) {
                    if (Double.isNaN(a[h])) {
                        continue;
                    }
                    LocalDate date = series.grid().date(originDays[k] * spd + h);
                    boolean edge = isMonthEdge(date);
                    boolean ordinary = !edge && holidays.dayType(date) < HolidayCalendar.HOLIDAY_TYPE;
                    evaluation.add(e.getKey(), h / spd, edge, ordinary, a[h], f[h], naiveScales[k],
                            pi == null ? null : pi.bounds(h, f[h]));
                }
            }
        }
    }

    /** The last two and the first three days of a month, when billing-driven calls surge. */
    public static boolean isMonthEdge(LocalDate date) {
        return date.getDayOfMonth() <= 3 || date.getDayOfMonth() > date.lengthOfMonth() - 2;
    }

    private static List<double[]> without(List<double[]> list, int k) {
        List<double[]> out = new ArrayList<>(list);
        out.remove(k);
        return out;
    }
}
