package dev.encore.formats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenIdsTest {
    @Test
    void remembersRecentIdsAndForgetsTheLeastRecentlySeenBeyondCapacity() {
        SeenIds seen = new SeenIds(2);
        assertThat(seen.firstTime("a")).isTrue();
        assertThat(seen.firstTime("b")).isTrue();
        assertThat(seen.firstTime("a")).isFalse(); // a is now the most recent
        assertThat(seen.firstTime("c")).isTrue();  // evicts b
        assertThat(seen.firstTime("a")).isFalse();
        assertThat(seen.firstTime("b")).isTrue();
    }
}
