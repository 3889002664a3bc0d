package dev.encore.formats.encore;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.Instant;

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
}
