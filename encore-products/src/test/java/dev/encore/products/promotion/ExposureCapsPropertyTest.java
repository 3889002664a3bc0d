package dev.encore.products.promotion;

import dev.encore.core.domain.Campaign;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static dev.encore.products.promotion.PromotionFixture.T0;
import static dev.encore.products.promotion.PromotionFixture.campaign;
import static dev.encore.products.promotion.PromotionFixture.tracks;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the caps, campaigns and request pattern (pages of any length, sessions that pause and resume, greedy
 * campaigns with tracks more relevant than the organic list), no session prefix has more promoted slots than its
 * share allows, no two promoted slots are closer than the spacing, and no listener sees a promoted track more
 * often than the weekly cap. Checked here from the served lists alone.
 */
class ExposureCapsPropertyTest {

    @Property(tries = 60)
    void capsAreNeverExceeded(@ForAll @DoubleRange(min = 0.05, max = 0.6) double share, @ForAll @IntRange(min = 1, max = 8) int spacing,
                              @ForAll @IntRange(min = 0, max = 4) int weeklyCap, @ForAll @IntRange(min = 1, max = 6) int campaigns,
                              @ForAll @IntRange(min = 1, max = 20) int tracksPerCampaign, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        PromotionConfig config = PromotionConfig.defaults().withHoldout(0, 1).withCaps(share, spacing, weeklyCap);
        List<Campaign> all = new ArrayList<>();
        for (int c = 0; c < campaigns; c++) all.add(campaign("c" + c, tracks("c" + c + "-", tracksPerCampaign), 1_000_000, 28));
        PromotionFixture f = new PromotionFixture(config, all);
        SplittableRandom r = new SplittableRandom(seed);
        for (Campaign c : all) f.relevance(c.trackIds(), 0.85 + 0.1 * r.nextDouble());
        Map<String, long[]> sessions = new HashMap<>(); // slots, promoted, since last promoted, last request millis
        Map<String, ArrayDeque<Instant>> seen = new HashMap<>();
        Instant now = T0;
        for (int req = 0; req < 400; req++) {
            now = now.plusSeconds(r.nextInt(4) == 0 ? 3600 * (1 + r.nextInt(30)) : 30 + r.nextInt(600));
            String listener = "L" + r.nextInt(5);
            List<Slot> slots = f.service.apply(listener, PromotionContext.RADIO, f.organic(1 + r.nextInt(25), 0.9, 0.005), now);
            long[] s = sessions.get(listener);
            if (s == null || now.toEpochMilli() - s[3] > config.sessionGap().toMillis()) s = new long[]{0, 0, Long.MAX_VALUE, 0};
            s[3] = now.toEpochMilli();
            sessions.put(listener, s);
            for (Slot slot : slots) {
                s[0]++;
                if (slot.promoted()) {
                    s[1]++;
                    assertThat((double) s[1]).as("promoted share of a session prefix").isLessThanOrEqualTo(share * s[0] + 1e-9);
                    assertThat(s[2]).as("slots since the last promoted one").isGreaterThanOrEqualTo(spacing - 1);
                    s[2] = 0;
                    ArrayDeque<Instant> q = seen.computeIfAbsent(listener + slot.trackId(), k -> new ArrayDeque<>());
                    Instant weekAgo = now.minus(Duration.ofDays(7));
                    q.removeIf(t -> !t.isAfter(weekAgo));
                    assertThat(q.size()).as("exposures of one track to one listener in 7 days").isLessThan(weeklyCap);
                    q.add(now);
                } else if (s[2] != Long.MAX_VALUE) {
                    s[2]++;
                }
            }
        }
    }
}
