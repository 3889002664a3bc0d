package dev.encore.server.serving;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserOverlayTest {
    @Test
    void pruningDropsWhatANewerModelWasTrainedOn() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        UserOverlay o = new UserOverlay(10, clock);
        o.add("u", "old", 1f);
        o.add("v", "old", 1f);
        o.ban("v", "x", true);
        clock.now = clock.now.plusSeconds(60);
        o.add("u", "new", 1f);
        o.pruneBefore(Instant.parse("2026-01-01T00:00:30Z"));
        assertThat(o.of("u").weights()).containsOnlyKeys("new");
        assertThat(o.of("v").weights()).isEmpty();
        assertThat(o.of("v").banned()).containsExactly("x");
        assertThat(TrainingCutoff.of(Map.of("trainedAt", "2026-01-01T00:01:00Z", "trainingSeconds", 12.5)))
                .contains(Instant.parse("2026-01-01T00:00:47.500Z"));
        assertThat(TrainingCutoff.of(Map.of("dataReadAt", "2026-01-01T00:00:01Z", "trainedAt", "2026-01-01T00:01:00Z")))
                .contains(Instant.parse("2026-01-01T00:00:01Z"));
        assertThat(TrainingCutoff.of(Map.of("algorithm", "als"))).isEmpty();
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void sumsWeightsKeepsTheMostRecentItemsAndTracksBans() {
        UserOverlay o = new UserOverlay(4, Clock.systemUTC());   // holds up to 5, then keeps the 4 most recent
        for (String id : new String[]{"a", "b", "c", "d"}) o.add("u", id, 1f);
        o.add("u", "a", 0.5f);     // a becomes the most recent
        o.add("u", "e", 1f);
        assertThat(o.of("u").weights()).containsOnlyKeys("a", "b", "c", "d", "e");
        o.add("u", "f", 1f);       // over the limit: b and c, the least recent, go
        assertThat(o.of("u").weights()).containsExactly(Map.entry("d", 1f), Map.entry("a", 1.5f), Map.entry("e", 1f),
                Map.entry("f", 1f));
        o.ban("u", "z", true);
        assertThat(o.of("u").banned()).containsExactly("z");
        o.ban("u", "z", false);
        assertThat(o.of("u").banned()).isEmpty();
        assertThat(o.of("nobody").isEmpty()).isTrue();
        assertThatThrownBy(() -> new UserOverlay(0, Clock.systemUTC())).hasMessageContaining(">= 1");
    }

    @Test
    void aTotalBudgetDropsTheFreshItemsOfTheLeastRecentlyActiveUsersButKeepsTheirBans() {
        UserOverlay o = new UserOverlay(4, 10, Clock.systemUTC());
        o.ban("a", "never", true);
        for (String user : new String[]{"a", "b", "c"}) for (int i = 0; i < 3; i++) o.add(user, user + i, 1f); // 9 items
        o.add("b", "b3", 1f);                      // b is now the most recent; 10 items, at the budget
        assertThat(o.itemCount()).isEqualTo(10);
        o.add("d", "d0", 1f);                      // 11 > 10: a, the least recently active, loses its items (down to 9)
        assertThat(o.itemCount()).isEqualTo(8);
        assertThat(o.of("a").weights()).isEmpty();
        assertThat(o.of("a").banned()).containsExactly("never");
        assertThat(o.of("c").weights()).containsOnlyKeys("c0", "c1", "c2");
        o.add("d", "d1", 1f);
        o.add("d", "d2", 1f);
        o.add("d", "d3", 1f);                      // 11 again: now c goes
        assertThat(o.itemCount()).isEqualTo(8);
        assertThat(o.of("c").weights()).isEmpty();
        assertThat(o.of("b").weights()).containsOnlyKeys("b0", "b1", "b2", "b3");
        assertThat(o.of("d").weights()).containsOnlyKeys("d0", "d1", "d2", "d3");
        assertThatThrownBy(() -> new UserOverlay(4, 3, Clock.systemUTC())).hasMessageContaining("at least maxItemsPerUser");
    }

    @Test
    void concurrentAddsKeepTheBudgetAndAnExactCount() throws Exception {
        UserOverlay o = new UserOverlay(20, 1_000, Clock.systemUTC());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int seed = t;
            runs.add(pool.submit(() -> {
                java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                for (int i = 0; i < 50_000; i++) o.add("u" + r.nextInt(300), "i" + r.nextInt(100), 1f);
            }));
        }
        for (java.util.concurrent.Future<?> f : runs) f.get();
        pool.shutdown();
        long held = 0;
        for (int u = 0; u < 300; u++) held += o.of("u" + u).weights().size();
        assertThat(o.itemCount()).isEqualTo(held).isLessThanOrEqualTo(1_000);
    }
}
