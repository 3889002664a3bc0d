package dev.encore.formats;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstantsTest {
    @Test
    void acceptsUnixSecondsAndIsoForms() {
        Instant noon = Instant.parse("2024-03-01T12:00:00Z");
        assertThat(Instants.parse("1709294400")).isEqualTo(noon);
        assertThat(Instants.parse("1709294400.250")).isEqualTo(noon.plusMillis(250));
        assertThat(Instants.parse("2024-03-01T12:00:00Z")).isEqualTo(noon);
        assertThat(Instants.parse("2024-03-01T13:00:00+01:00")).isEqualTo(noon);
        assertThat(Instants.parse("2024-03-01 12:00:00")).as("local times are UTC").isEqualTo(noon);
        assertThat(Instants.parse("-1.5")).isEqualTo(Instant.parse("1969-12-31T23:59:58.500Z"));
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> Instants.parse("")).hasMessage("timestamp is empty");
        assertThatThrownBy(() -> Instants.parse("1/3/2024"))
                .hasMessage("timestamp '1/3/2024' is neither Unix seconds nor ISO-8601 (e.g. 2024-03-01T12:00:00Z)");
        assertThatThrownBy(() -> Instants.parse("1709294400000"))
                .hasMessage("Unix time 1709294400000 is after year 9999; if it is in milliseconds, divide it by 1000");
    }
}
