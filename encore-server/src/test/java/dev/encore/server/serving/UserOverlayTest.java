package dev.encore.server.serving;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserOverlayTest {
    @Test
    void sumsWeightsKeepsTheMostRecentItemsAndTracksBans() {
        UserOverlay o = new UserOverlay(2);
        o.add("u", "a", 1f);
        o.add("u", "b", 1f);
        o.add("u", "a", 0.5f);     // a becomes most recent
        o.add("u", "c", 1f);       // over the cap: b, the oldest, goes
        assertThat(o.of("u").weights()).containsExactly(java.util.Map.entry("a", 1.5f), java.util.Map.entry("c", 1f));
        o.ban("u", "z", true);
        assertThat(o.of("u").banned()).containsExactly("z");
        o.ban("u", "z", false);
        assertThat(o.of("u").banned()).isEmpty();
        assertThat(o.of("nobody").isEmpty()).isTrue();
        assertThatThrownBy(() -> new UserOverlay(0)).hasMessageContaining(">= 1");
    }
}
