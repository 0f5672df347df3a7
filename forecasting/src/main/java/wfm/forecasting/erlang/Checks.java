package wfm.forecasting.erlang;

/** Argument checks shared by this package's value types; messages name the argument and its value. */
final class Checks {
    private Checks() {
    }

    static void load(double loadErlangs) {
        if (!(loadErlangs > 0) || Double.isInfinite(loadErlangs)) {
            throw new IllegalArgumentException("offered load (" + loadErlangs + " Erlangs) must be positive and finite");
        }
    }

    static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be positive and finite");
        }
    }

    static void nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be finite and at least 0");
        }
    }
}
