package wfm.cli.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

class ConvertersTest {
    @Test
    void durationsAsTheContractWritesThem() {
        assertEquals(Duration.ofSeconds(20), DurationConverter.parse("20s"));
        assertEquals(Duration.ofMinutes(30), DurationConverter.parse("30m"));
        assertEquals(Duration.ofMinutes(90), DurationConverter.parse("1h30m"));
        assertEquals(Duration.ofMinutes(90), DurationConverter.parse("1.5h"));
        assertEquals(Duration.ofDays(31), DurationConverter.parse("31d"));
        assertEquals(Duration.ofMillis(250), DurationConverter.parse("250ms"));
        assertEquals(Duration.ofMinutes(30), DurationConverter.parse("PT30M"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20", "s", "20x", "1h 30m", "-5s", "thirty minutes"})
    void unparseableDurationsSayWhatIsExpected(String text) {
        CommandLine.TypeConversionException e =
                assertThrows(CommandLine.TypeConversionException.class, () -> DurationConverter.parse(text));
        assertEquals("'" + text + "' is not a duration: expected e.g. 20s, 30m, 9h, 1h30m or 2d", e.getMessage());
    }

    @Test
    void sharesAsPercentOrFraction() {
        assertEquals(0.02, ShareConverter.parse("2%"), 1e-15);
        assertEquals(0.02, ShareConverter.parse("0.02"), 1e-15);
        assertEquals(1.0, ShareConverter.parse("100%"), 1e-15);
        assertThrows(CommandLine.TypeConversionException.class, () -> ShareConverter.parse("101%"));
        assertThrows(CommandLine.TypeConversionException.class, () -> ShareConverter.parse("80"));
        assertThrows(CommandLine.TypeConversionException.class, () -> ShareConverter.parse("-1%"));
        assertThrows(CommandLine.TypeConversionException.class, () -> ShareConverter.parse("lots"));
    }

    @Test
    void daysOfTheWeekByNameOrThreeLetters() {
        assertEquals(java.time.DayOfWeek.FRIDAY, WeekdayConverter.parse("Fri"));
        assertEquals(java.time.DayOfWeek.FRIDAY, WeekdayConverter.parse(" friday "));
        assertEquals(java.time.DayOfWeek.MONDAY, WeekdayConverter.parse("MON"));
        for (String bad : new String[] {"", "F", "Fr", "Fryday", "5"}) {
            CommandLine.TypeConversionException e = org.junit.jupiter.api.Assertions.assertThrows(
                    CommandLine.TypeConversionException.class, () -> WeekdayConverter.parse(bad));
            assertTrue(e.getMessage().contains("is not a day of the week"), e.getMessage());
        }
    }
}
