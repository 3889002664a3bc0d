package dev.encore.formats.encore;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimestampsTest {
    private static String format(Instant t) {
        StringBuilder sb = new StringBuilder();
        Timestamps.append(sb, t);
        return sb.toString();
    }

    @Property
    void fastFormatMatchesTheJdkAndParsesBack(@ForAll @LongRange(min = -62167219200L, max = 253402300799L) long seconds,
                                              @ForAll @IntRange(min = 0, max = 2) int nanoChoice) {
        int nanos = nanoChoice == 0 ? 0 : nanoChoice == 1 ? 1_000_000 : 123_456_789;
        Instant t = Instant.ofEpochSecond(seconds, nanos);
        String s = format(t);
        assertThat(s).isEqualTo(t.toString());
        assertThat(Timestamps.parse(s)).isEqualTo(t);
    }

    @Property
    void yearsOutsideTheFastRangeStillRoundTrip(@ForAll @LongRange(min = 253402300800L, max = 253402300800L * 3) long seconds) {
        Instant t = Instant.ofEpochSecond(seconds);
        assertThat(Timestamps.parse(format(t))).isEqualTo(t);
    }

    @Property
    void offsetsAreAcceptedOnRead(@ForAll @IntRange(min = -12, max = 14) int hours) {
        String text = String.format("2026-06-01T12:00:00%+03d:00", hours);
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse("2026-06-01T12:00:00Z").minusSeconds(hours * 3600L));
    }

    @Property(tries = 50)
    void impossibleDatesAreRejected(@ForAll @IntRange(min = 30, max = 31) int day) {
        assertThatThrownBy(() -> Timestamps.parse("2026-02-" + day + "T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected ISO-8601");
        assertThatThrownBy(() -> Timestamps.parse("2025-02-29T00:00:00Z")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Timestamps.parse("2024-02-29T00:00:00Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
    }

    @Example
    void theFastPathAgreesWithInstantParseOnEveryKindOfDate() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // any second from year 0000 to 9999, leap days and month ends included
            Instant t = Instant.ofEpochSecond(rnd.nextLong(-62_167_219_200L, 253_402_300_800L));
            String s = t.toString();
            if (s.length() != 20) continue;   // years outside 0000..9999 print differently; Instant.parse handles them
            assertThat(Timestamps.parse(s)).as(s).isEqualTo(t);
        }
        assertThat(Timestamps.parse("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(Timestamps.parse("2000-02-29T00:00:00Z")).isEqualTo(Instant.parse("2000-02-29T00:00:00Z"));
        assertThat(Timestamps.parse("1969-12-31T23:59:59Z")).isEqualTo(Instant.ofEpochSecond(-1));
    }

    @Example
    void otherFormsGoToInstantParseAndInvalidDatesAreRejected() {
        assertThat(Timestamps.parse("2026-01-31T20:15:00.250Z")).isEqualTo(Instant.parse("2026-01-31T20:15:00.250Z"));
        assertThat(Timestamps.parse("2026-01-31T21:15:00+01:00")).isEqualTo(Instant.parse("2026-01-31T20:15:00Z"));
        for (String bad : new String[] {"2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z",
                "2026-01-01T25:00:00Z", "2026-01-01T00:60:00Z", "2026-0a-01T00:00:00Z", "2026-01-01 00:00:00Z"}) {
            assertThatThrownBy(() -> Timestamps.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected ISO-8601");
        }
        // what the fast path leaves to Instant.parse is answered exactly as Instant.parse answers (leap second, 24:00)
        for (String edge : new String[] {"2026-01-01T23:59:60Z", "2026-01-01T24:00:00Z"})
            assertThat(Timestamps.parse(edge)).as(edge).isEqualTo(Instant.parse(edge));
    }
}
