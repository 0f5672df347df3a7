package wfm.forecasting.intraday;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntradayWatchTest {

    /** The calibration's fast gamma quantiles against Commons Math's exact inverse. */
    @ParameterizedTest(name = "level cv {0}")
    @ValueSource(doubles = {0.01, 0.05, 0.15, 0.3, 0.5})
    void wilsonHilfertyQuantilesAreWithinOnePercentOfTheExactOnesUpToCv30(double cv) {
        DayLevelPrior prior = DayLevelPrior.of(1.02, cv);
        for (double u = 0.01; u <= 0.99; u += 0.049) {
            double exact = prior.quantile(u);
            assertEquals(exact, IntradayWatch.wilsonHilferty(prior, u), (cv <= 0.3 ? 0.01 : 0.03) * exact, "u " + u);
        }
    }
}
