package dev.encore.server.products;

import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.products.promotion.EligibilityRules;
import dev.encore.products.promotion.PromotionConfig;
import dev.encore.products.promotion.PromotionContext;
import dev.encore.products.promotion.PromotionService;
import dev.encore.products.promotion.Relevance;
import dev.encore.products.promotion.TrackFacts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PromotedSlotsTest {
    private static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");
    // organic o0..o9 score 0.90 down to 0.72; the campaign's track p scores 0.88 for every listener: close enough to promote
    private final Relevance relevance = (listener, track) -> track.equals("p") ? OptionalDouble.of(0.88)
            : track.startsWith("o") ? OptionalDouble.of(0.90 - 0.02 * Integer.parseInt(track.substring(1))) : OptionalDouble.empty();

    private PromotionService service() {
        PromotionService s = new PromotionService(PromotionConfig.defaults(), EligibilityRules.defaults(),
                (t, today) -> Optional.of(new TrackFacts(t, "artist-" + t, LocalDate.of(2025, 1, 1), 500, 5000)), relevance,
                Clock.fixed(NOW, ZoneOffset.UTC));
        s.setCampaigns(List.of(new Campaign("c1", "artist-p", "Spring push", List.of("p"), NOW.minusSeconds(86_400),
                NOW.plusSeconds(86_400L * 14), 0.3, 10_000, CampaignStatus.ACTIVE, NOW.minusSeconds(86_400))));
        return s;
    }

    private static List<PlaylistItem> organic() {
        List<PlaylistItem> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) out.add(new PlaylistItem(ItemKind.TRACK, "o" + i, "because you played X"));
        return out;
    }

    @Test
    void promotedTracksTakeSlotsAreRememberedForTheLabelAndEveryoneElseKeepsTheOrganicList() {
        PromotedSlots slots = new PromotedSlots(service(), relevance);
        int promotedListeners = 0;
        for (String listener : IntStream.range(0, 40).mapToObj(i -> "listener-" + i).toList()) {
            List<PlaylistItem> served = slots.apply(listener, PromotionContext.RADIO, organic());
            assertThat(served).hasSize(10);
            boolean promoted = served.stream().anyMatch(i -> i.itemId().equals("p"));
            if (promoted) {
                promotedListeners++;
                assertThat(slots.campaignOf(listener, "p")).contains("c1");
                assertThat(served.stream().filter(i -> i.itemId().equals("p")).findFirst().orElseThrow().reason()).contains("promoted by");
            } else {
                assertThat(slots.campaignOf(listener, "p")).isEmpty();   // never promoted to this listener
            }
            assertThat(slots.campaignOf(listener, "o0")).isEmpty();
        }
        assertThat(promotedListeners).isPositive();   // most listeners; the seeded 5% holdout never
        assertThat(promotedListeners).isLessThan(40 + 1);
    }

    @Test
    void storedPlaysInPromotableContextsReachTheCampaignsLedgerAndOthersDoNot() {
        PromotionService service = service();
        PromotedSlots slots = new PromotedSlots(service, relevance);
        String listener = IntStream.range(0, 40).mapToObj(i -> "listener-" + i)
                .filter(l -> slots.apply(l, PromotionContext.RADIO, organic()).stream().anyMatch(i -> i.itemId().equals("p")))
                .findFirst().orElseThrow();
        long before = service.report("c1", NOW).orElseThrow().promotedPlays();
        slots.observePlay(play(listener, "p", "radio", null, true));
        slots.observePlay(play(listener, "p", "search", null, false));      // not a promotable context: not counted
        slots.observePlay(play(listener, "p", null, null, false));          // no context at all: not counted
        assertThat(service.report("c1", NOW).orElseThrow().promotedPlays()).isEqualTo(before + 1);
        assertThat(PromotedSlots.contextOf("playlist", "daily-mix:u1:2026-11-23:1")).isEqualTo(PromotionContext.MIXES);
        assertThat(PromotedSlots.contextOf("playlist", "my-road-trip")).isNull();
        assertThat(PromotedSlots.contextOf("autoplay", null)).isEqualTo(PromotionContext.AUTOPLAY);
    }

    private static dev.encore.core.domain.ListenEvent play(String user, String track, String contextType, String contextId, boolean skipped) {
        return new dev.encore.core.domain.ListenEvent(user, ItemKind.TRACK, track, NOW, skipped ? 10_000 : 200_000, contextType, contextId,
                null, null, skipped, false, false, null, "test");
    }

    @Test
    void contextsOutsideTheConfiguredOnesAreNeverPromoted() {
        PromotedSlots slots = new PromotedSlots(service(), relevance);
        for (int i = 0; i < 20; i++) {
            List<PlaylistItem> served = slots.apply("listener-" + i, PromotionContext.WEEKLY_DISCOVERY, organic());
            assertThat(served).extracting(PlaylistItem::itemId).doesNotContain("p");
        }
    }
}
