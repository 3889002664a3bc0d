package dev.encore.server.products;

import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.products.promotion.EligibilityRules;
import dev.encore.products.promotion.PromotionConfig;
import dev.encore.products.promotion.PromotionService;
import dev.encore.products.promotion.Relevance;
import dev.encore.products.promotion.TrackFacts;
import dev.encore.server.serving.ModelHolder;
import dev.encore.store.EncoreStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** Discovery Mode in daily mixes: promoted tracks are placed once when the day's mix is made, labelled, and kept all day. */
class PromotedMixesTest {
    @TempDir Path dir;

    @Test
    void promotedTracksArePlacedOnceWhenTheDaysMixIsMadeAndServedAllDay() throws Exception {
        var source = ProductWorld.build(dir, 11);
        Clock clock = Clock.fixed(ProductWorld.NOW, ZoneOffset.UTC);
        ModelHolder models = new ModelHolder(source, clock, new SimpleMeterRegistry());
        models.reload();
        String promotedTrack = ProductWorld.trackId(1, 5, 4);   // a jazz track the campaign pushes
        Relevance relevance = (listener, track) -> OptionalDouble.of(0.9);   // everything fits: only caps and pacing decide
        PromotionService service = new PromotionService(PromotionConfig.defaults(), EligibilityRules.defaults(),
                (t, today) -> Optional.of(new TrackFacts(t, "a-" + t, LocalDate.of(2025, 1, 1), 500, 5000)), relevance, clock);
        service.setCampaigns(List.of(new Campaign("c-jazz", "a1-5", "Jazz push", List.of(promotedTrack), ProductWorld.NOW.minusSeconds(86_400),
                ProductWorld.NOW.plusSeconds(86_400L * 14), 0.3, 100_000, CampaignStatus.ACTIVE, ProductWorld.NOW.minusSeconds(86_400))));
        try (EncoreStore store = EncoreStore.open(dir)) {
            ListenerProducts products = new ListenerProducts(store, models, null, clock);
            products.usePromotion(new PromotedSlots(service, relevance));
            int listenersPromoted = 0;
            for (int u = 0; u < 30; u++) {
                String user = "u" + u;
                List<Playlist> first = products.dailyMixes(user);
                long delivered = service.delivered("c-jazz");
                List<Playlist> again = products.dailyMixes(user);
                assertThat(service.delivered("c-jazz")).as("the allocator decides a day's mix once").isEqualTo(delivered);
                assertThat(again).extracting(Playlist::items).containsExactlyElementsOf(first.stream().map(Playlist::items).toList());
                boolean promoted = first.stream().flatMap(p -> p.items().stream()).anyMatch(i -> i.itemId().equals(promotedTrack)
                        && i.reason().startsWith(ProductJson.PROMOTED_REASON));
                if (promoted) {
                    listenersPromoted++;
                    assertThat(products.promotedCampaign(user, promotedTrack)).contains("c-jazz");
                    assertThat(store.playlists().playlist(first.get(0).id())).isPresent();   // the saved edition carries it
                }
                for (Playlist p : first) {
                    long promotedSlots = p.items().stream().map(PlaylistItem::reason).filter(r -> r.startsWith(ProductJson.PROMOTED_REASON)).count();
                    assertThat(promotedSlots).as("at most one promoted track in a mix of %d", p.items().size())
                            .isLessThanOrEqualTo(Math.max(1, p.items().size() / 5));
                }
            }
            assertThat(listenersPromoted).isPositive();
        }
    }
}
