package wfm.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wfm.forecasting.accuracy.ForecastErrors;

class ForecastErrorsCsvTest {

    @Test
    void theFileBesideAForecastReplacesItsCsvEnding() {
        assertEquals(Path.of("a/forecast.errors.csv"), ForecastErrorsCsv.besideForecast(Path.of("a/forecast.csv")));
        assertEquals(Path.of("f.errors.csv"), ForecastErrorsCsv.besideForecast(Path.of("f")));
    }

    @Test
    void whatIsWrittenReadsBack(@TempDir Path dir) {
        ForecastErrors q = new ForecastErrors("billing", List.of(new ForecastErrors.DayError(1, 0.97, 1.02, 812.5),
                new ForecastErrors.DayError(2, 1.1, Double.NaN, 790)), 0.062);
        Path f = dir.resolve("forecast.errors.csv");
        ForecastErrorsCsv.write(f, List.of(q));
        Map<String, ForecastErrors> back = ForecastErrorsCsv.readErrors(f);
        assertEquals(q, back.get("billing"));
    }

    @Test
    void aBadRowNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("e.csv");
        String header = "queue,lead_day,calls_ratio,aht_ratio,interval_cv\n";
        Files.writeString(f, header + "a,1,0.9,1,0.1\na,0,1.0,,0.1\n");
        assertEquals(f + ":3: column 'lead_day': '0' must be a day after the origin, 1 or more",
                assertThrows(CsvFormatException.class, () -> ForecastErrorsCsv.readErrors(f)).getMessage());
        Files.writeString(f, header + "a,1,-0.9,1,0.1\n");
        assertTrue(assertThrows(CsvFormatException.class, () -> ForecastErrorsCsv.readErrors(f)).getMessage()
                .startsWith(f + ":2: column 'calls_ratio': '-0.9' must not be negative"));
        Files.writeString(f, header + "a,1,0.9,0,0.1\n");
        assertTrue(assertThrows(CsvFormatException.class, () -> ForecastErrorsCsv.readErrors(f)).getMessage()
                .startsWith(f + ":2: column 'aht_ratio': '0' must be above 0"));
        Files.writeString(f, header + "a,1,0.9,,0.1\na,2,0.9,,0.2\n");
        assertTrue(assertThrows(CsvFormatException.class, () -> ForecastErrorsCsv.readErrors(f)).getMessage()
                .startsWith(f + ":3: column 'interval_cv': '0.2' differs"));
    }
}
