package dev.encore.products.promotion;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class HoldoutTest {
    @Test
    void holdsOutAboutTheConfiguredShareDeterministically() {
        Holdout h = new Holdout(0.05, 7);
        long held = IntStream.range(0, 100_000).filter(i -> h.contains("user-" + i)).count();
        assertThat(held).isBetween(4_700L, 5_300L);
        assertThat(new Holdout(0.05, 7).contains("user-123")).isEqualTo(h.contains("user-123"));
    }

    @Test
    void aNewSeedDrawsAnIndependentHoldout() {
        Holdout a = new Holdout(0.5, 1), b = new Holdout(0.5, 2);
        long agree = IntStream.range(0, 20_000).filter(i -> a.contains("u" + i) == b.contains("u" + i)).count();
        assertThat(agree).isBetween(9_500L, 10_500L);
    }

    @Test
    void sharesZeroAndOneAreExact() {
        assertThat(IntStream.range(0, 1000).noneMatch(i -> new Holdout(0, 3).contains("u" + i))).isTrue();
        assertThat(IntStream.range(0, 1000).allMatch(i -> new Holdout(1, 3).contains("u" + i))).isTrue();
    }
}
