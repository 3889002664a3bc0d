package dev.encore.server.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UtcTimestampsTest {
    @Test
    void theFastPathAgreesWithInstantParseOnEveryKindOfDate() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // any second from year 0000 to 9999, leap days and month ends included
            Instant t = Instant.ofEpochSecond(rnd.nextLong(-62_167_219_200L, 253_402_300_800L));
            String s = t.toString();
            if (s.length() != 20) continue;   // years outside 0000..9999 print differently; Instant.parse handles them
            assertThat(UtcTimestamps.parse(s)).as(s).isEqualTo(t);
        }
        assertThat(UtcTimestamps.parse("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(UtcTimestamps.parse("2000-02-29T00:00:00Z")).isEqualTo(Instant.parse("2000-02-29T00:00:00Z"));
        assertThat(UtcTimestamps.parse("1969-12-31T23:59:59Z")).isEqualTo(Instant.ofEpochSecond(-1));
    }

    @Test
    void otherFormsGoToInstantParseAndInvalidDatesAreRejectedByIt() {
        assertThat(UtcTimestamps.parse("2026-01-31T20:15:00.250Z")).isEqualTo(Instant.parse("2026-01-31T20:15:00.250Z"));
        assertThat(UtcTimestamps.parse("2026-01-31T21:15:00+01:00")).isEqualTo(Instant.parse("2026-01-31T20:15:00Z"));
        for (String bad : new String[] {"2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z",
                "2026-01-01T25:00:00Z", "2026-01-01T00:60:00Z", "2026-0a-01T00:00:00Z", "2026-01-01 00:00:00Z"}) {
            assertThatThrownBy(() -> UtcTimestamps.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
        // what the fast path leaves to Instant.parse is answered exactly as Instant.parse answers (leap second, 24:00)
        for (String edge : new String[] {"2026-01-01T23:59:60Z", "2026-01-01T24:00:00Z"})
            assertThat(UtcTimestamps.parse(edge)).as(edge).isEqualTo(Instant.parse(edge));
    }
}
