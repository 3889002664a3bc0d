package dev.encore.products.promotion;

import dev.encore.core.domain.Campaign;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static dev.encore.products.promotion.PromotionFixture.T0;
import static dev.encore.products.promotion.PromotionFixture.campaign;
import static dev.encore.products.promotion.PromotionFixture.promoted;
import static dev.encore.products.promotion.PromotionFixture.tracks;
import static org.assertj.core.api.Assertions.assertThat;

/** Each constraint of the allocator, under campaigns built to break it. */
class AdversarialCampaignsTest {
    private static final PromotionConfig NO_HOLDOUT = PromotionConfig.defaults().withHoldout(0, 1);

    @Test
    void aCampaignOfTracksListenersHateIsThrottledWhileAGoodOneKeepsRunning() {
        Campaign hated = campaign("hated", tracks("h", 5), 100_000, 30), good = campaign("good", tracks("g", 5), 100_000, 30);
        PromotionFixture f = new PromotionFixture(NO_HOLDOUT, List.of(hated, good));
        f.relevance(hated.trackIds(), 0.80); // the model thinks they fit...
        f.relevance(good.trackIds(), 0.80);
        long hatedAfterThrottle = 0, goodPlays = 0;
        for (int i = 0; i < 4000; i++) {
            Instant now = T0.plusSeconds(60L * i);
            String listener = "L" + (i % 400);
            for (Slot s : f.service.apply(listener, PromotionContext.RADIO, f.organic(10, 0.82, 0.002), now)) {
                boolean hatedSlot = "hated".equals(s.campaignId());
                if (hatedSlot && f.service.throttled("hated").isPresent()) hatedAfterThrottle++;
                if ("good".equals(s.campaignId())) goodPlays++;
                // ...but listeners skip every hated track; other tracks are skipped 1 time in 10.
                boolean skipped = hatedSlot || (s.trackId().hashCode() + i) % 10 == 0;
                f.service.observe(new PlayOutcome(listener, s.trackId(), PromotionContext.RADIO, s.promoted(), s.campaignId(),
                        skipped, !skipped && i % 4 == 0, now));
            }
        }
        assertThat(f.service.throttled("hated")).get().asString().contains("skip rate");
        assertThat(hatedAfterThrottle).isZero();
        assertThat(f.service.report("hated").orElseThrow().promotedPlays()).isLessThanOrEqualTo(30);
        assertThat(f.service.throttled("good")).isEmpty();
        assertThat(f.service.globallyStopped()).isEmpty();
        assertThat(goodPlays).isGreaterThan(500);
    }

    @Test
    void aHugeLabelCannotStarveSmallArtists() {
        Campaign label = campaign("label", tracks("lbl", 3000), 1_000_000, 30);
        Campaign small1 = campaign("small1", tracks("s1-", 2), 1_000_000, 30), small2 = campaign("small2", tracks("s2-", 2), 1_000_000, 30);
        PromotionFixture f = new PromotionFixture(NO_HOLDOUT, List.of(label, small1, small2));
        f.relevance(label.trackIds(), 0.90); // every label track fits a little better than the small artists' tracks
        f.relevance(small1.trackIds(), 0.86);
        f.relevance(small2.trackIds(), 0.86);
        for (int i = 0; i < 3000; i++)
            f.service.apply("L" + i, PromotionContext.MIXES, f.organic(10, 0.88, 0.001), T0.plusSeconds(600L * i));
        long l = f.service.delivered("label"), s1 = f.service.delivered("small1"), s2 = f.service.delivered("small2");
        double fillLabel = (double) l / f.service.opportunities("label");
        double fill1 = (double) s1 / f.service.opportunities("small1"), fill2 = (double) s2 / f.service.opportunities("small2");
        // every request was an opportunity for all three: the slots are shared out evenly, not by catalogue size
        assertThat(f.service.opportunities("small1")).isEqualTo(f.service.opportunities("label"));
        assertThat(fill1).isGreaterThan(0.8 * fillLabel);
        assertThat(fill2).isGreaterThan(0.8 * fillLabel);
        assertThat(Gini.of(new double[]{l, s1, s2})).isLessThan(0.1);
    }

    @Test
    void promotedTracksStayWithinTheQualityMarginOfWhatTheyDisplace() {
        Campaign near = campaign("near", tracks("n", 3), 100_000, 30), far = campaign("far", tracks("f", 3), 100_000, 30);
        PromotionFixture f = new PromotionFixture(NO_HOLDOUT, List.of(near, far));
        f.relevance(near.trackIds(), 0.70);
        f.relevance(far.trackIds(), 0.30);
        List<RankedCandidate> organic = f.organic(20, 0.9, 0.01); // 0.90 down to 0.71
        long served = 0;
        for (int i = 0; i < 300; i++) {
            List<Slot> slots = f.service.apply("L" + i, PromotionContext.RADIO, organic, T0.plusSeconds(3600L * i));
            for (int k = 0; k < slots.size(); k++) {
                Slot s = slots.get(k);
                if (!s.promoted()) continue;
                served++;
                assertThat(s.campaignId()).isEqualTo("near");
                assertThat(s.relevance()).isGreaterThanOrEqualTo(organic.get(k).relevance() - NO_HOLDOUT.qualityMargin());
                assertThat(s.displaced()).isEqualTo(organic.get(k).trackId());
                assertThat(s.label()).isEqualTo("promoted");
            }
        }
        assertThat(served).isPositive();
        assertThat(f.service.delivered("far")).isZero();
    }

    @Test
    void heldOutListenersNeverSeePromotionAndTheRestDo() {
        Campaign c = campaign("c", tracks("c", 50), 1_000_000, 30);
        PromotionFixture f = new PromotionFixture(PromotionConfig.defaults().withHoldout(0.3, 99), List.of(c));
        f.relevance(c.trackIds(), 0.9);
        long heldSeen = 0, others = 0, held = 0;
        for (int i = 0; i < 1000; i++) {
            String l = "listener-" + i;
            long p = promoted(f.service.apply(l, PromotionContext.RADIO, f.organic(10, 0.9, 0.001), T0.plusSeconds(i)));
            if (f.service.heldOut(l)) { held++; heldSeen += p; } else others += p;
        }
        assertThat(held).isBetween(240L, 360L);
        assertThat(heldSeen).isZero();
        assertThat(others).isGreaterThan(300);
    }

    @Test
    void optingOutIsHonouredAndCanBeUndone() {
        Campaign c = campaign("c", tracks("c", 50), 1_000_000, 30);
        PromotionFixture f = new PromotionFixture(NO_HOLDOUT, List.of(c));
        f.relevance(c.trackIds(), 0.9);
        f.service.optOut("me", true);
        for (int i = 0; i < 100; i++)
            assertThat(promoted(f.service.apply("me", PromotionContext.RADIO, f.organic(10, 0.9, 0.001), T0.plusSeconds(3600L * i)))).isZero();
        f.service.optOut("me", false);
        long seen = 0;
        for (int i = 100; i < 200; i++) seen += promoted(f.service.apply("me", PromotionContext.RADIO, f.organic(10, 0.9, 0.001), T0.plusSeconds(3600L * i)));
        assertThat(seen).isPositive();
    }

    @Test
    void onlyPromotableContextsCarryPromotionAndTheSetIsConfigurable() {
        Campaign c = campaign("c", tracks("c", 50), 1_000_000, 30);
        PromotionFixture f = new PromotionFixture(NO_HOLDOUT, List.of(c));
        f.relevance(c.trackIds(), 0.9);
        for (PromotionContext ctx : List.of(PromotionContext.WEEKLY_DISCOVERY, PromotionContext.EDITORIAL, PromotionContext.PROMPT))
            for (int i = 0; i < 50; i++)
                assertThat(promoted(f.service.apply("L" + i, ctx, f.organic(10, 0.9, 0.001), T0.plusSeconds(i)))).isZero();
        PromotionFixture editorial = new PromotionFixture(NO_HOLDOUT.withContexts(EnumSet.of(PromotionContext.EDITORIAL)), List.of(c));
        editorial.relevance(c.trackIds(), 0.9);
        assertThat(promoted(editorial.service.apply("L1", PromotionContext.EDITORIAL, editorial.organic(10, 0.9, 0.001), T0))).isEqualTo(1);
        assertThat(promoted(editorial.service.apply("L2", PromotionContext.RADIO, editorial.organic(10, 0.9, 0.001), T0))).isZero();
    }

    @Test
    void deliveryIsPacedEvenlyAndNeverPassesTheGoal() {
        Campaign c = campaign("c", tracks("c", 100), 200, 10);
        PromotionFixture f = new PromotionFixture(NO_HOLDOUT, List.of(c));
        f.relevance(c.trackIds(), 0.9);
        long[] perDay = new long[10];
        for (int i = 0; i < 10 * 24 * 12; i++) { // one request every 5 minutes for 10 days: far more demand than goal
            Instant now = T0.plusSeconds(300L * i);
            long p = promoted(f.service.apply("L" + i, PromotionContext.AUTOPLAY, f.organic(10, 0.9, 0.001), now));
            perDay[i / (24 * 12)] += p;
            assertThat((double) f.service.delivered("c")).isLessThanOrEqualTo(200.0 * (i + 1) / (10 * 24 * 12) + Pacer.slack(c));
        }
        assertThat(f.service.delivered("c")).isBetween(190L, 200L);
        for (long d : perDay) assertThat(d).isBetween(12L, 28L);
    }
}
