package wfm.cli.options;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes a share as a percentage for people: {@code 0.8} as {@code 80%}, {@code 0.025} as {@code 2.5%}. */
public final class Percent {
    private Percent() {
    }

    public static String format(double share) {
        return new BigDecimal(share * 100).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + "%";
    }
}
