package wfm.cli.options;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes seconds for people: {@code 20 s}, {@code 0.5 s}. */
public final class Seconds {
    private Seconds() {
    }

    public static String format(double seconds) {
        return new BigDecimal(seconds).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " s";
    }
}
