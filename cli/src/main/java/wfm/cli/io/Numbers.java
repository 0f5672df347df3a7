package wfm.cli.io;

import java.math.BigDecimal;
import java.math.MathContext;

/** How numbers are written into the toolkit's files: short, exact enough, never in exponent form. */
public final class Numbers {
    private Numbers() {
    }

    /** A share as a percentage with one decimal ({@code 0.0234} -> {@code 2.3%}); NaN as {@code -}. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** Up to 6 significant digits after rounding to 4 decimals, trailing zeros dropped; NaN as an empty cell. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal d = new BigDecimal(value).round(MathContext.DECIMAL64).setScale(4, java.math.RoundingMode.HALF_EVEN);
        return d.stripTrailingZeros().toPlainString();
    }
}
