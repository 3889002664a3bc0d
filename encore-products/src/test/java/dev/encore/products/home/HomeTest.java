package dev.encore.products.home;

import dev.encore.products.TasteControls;
import dev.encore.products.TestWorld;
import dev.encore.products.daylist.DaylistConfig;
import dev.encore.products.daylist.TimeOfDayMix;
import dev.encore.products.discovery.DiscoveryConfig;
import dev.encore.products.discovery.InMemoryEditionHistory;
import dev.encore.products.discovery.WeeklyDiscovery;
import dev.encore.products.mixes.DailyMixes;
import dev.encore.products.mixes.MixConfig;
import dev.encore.products.onboarding.ColdStart;
import dev.encore.products.onboarding.OnboardingPicks;
import dev.encore.products.onboarding.RegionalPopularity;
import dev.encore.products.radar.RadarConfig;
import dev.encore.products.radar.ReleaseFeed;
import dev.encore.products.radar.ReleaseRadar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HomeTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final TestWorld w = TestWorld.get();
    private final OnboardingPicks newbiePicks = new OnboardingPicks(List.of("a1-0", "a1-1"), List.of("jazz"));

    private Home home(TasteControls.Source controls) {
        WeeklyDiscovery discovery = new WeeklyDiscovery(w.taste, w.catalog, w.history, controls, new InMemoryEditionHistory(), DiscoveryConfig.defaults());
        DailyMixes mixes = new DailyMixes(w.taste, w.catalog, w.history, controls, MixConfig.defaults());
        ReleaseRadar radar = new ReleaseRadar(w.catalog, w.history, controls, ReleaseFeed.of(w.tracks),
                u -> u.equals("newbie") ? Set.copyOf(newbiePicks.artists()) : Set.of(), RadarConfig.defaults());
        TimeOfDayMix daylist = new TimeOfDayMix(w.taste, w.catalog, w.history, controls, DaylistConfig.defaults());
        ColdStart cold = new ColdStart(w.taste, w.catalog, w.history, controls, new RegionalPopularity(w.taste.bundle(), u -> null, 1));
        OnboardingPicks none = new OnboardingPicks(List.of(), List.of());
        return StandardHome.create(new StandardHome.Sources(w.history, w.catalog, controls,
                r -> daylist.generate(r.userId(), r.zone(), r.now()),
                r -> mixes.generate(r.userId(), r.zone(), r.now()),
                r -> cold.discoveryOr(r.userId(), r.userId().equals("newbie") ? newbiePicks : none, null, r.zone(), r.now(),
                        () -> discovery.edition(r.userId(), r.zone(), r.now())),
                r -> radar.generate(r.userId(), r.zone(), r.now()),
                u -> u.equals("newbie") ? cold.radioSeeds(newbiePicks) : List.of()), 90);
    }

    @Test
    void aListenerGetsEveryStandardShelfInOrderEachItemExplained() {
        Home.Result r = home(TasteControls.Source.NONE).build(new HomeRequest("mix0", UTC, NOW));
        assertThat(r.unavailable()).isEmpty();
        assertThat(r.shelves()).extracting(Shelf::id)
                .containsExactly("recently-played", "daylist", "daily-mixes", "discovery-weekly", "release-radar", "radio");
        assertThat(r.shelves()).allSatisfy(s -> assertThat(s.entries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.reason()).isNotBlank()));
        Shelf discovery = r.shelves().get(3);
        assertThat(discovery.playlistId()).isEqualTo("discovery-weekly:mix0:2026-W48");
        assertThat(discovery.entries()).hasSize(StandardHome.TRACKS_PER_SHELF);
        assertThat(r.shelves().get(2).entries()).allSatisfy(e -> assertThat(e.kind()).isEqualTo("playlist"));
        assertThat(r.shelves().get(5).entries()).allSatisfy(e -> assertThat(e.id()).matches("(artist|tag):.+"));
    }

    @Test
    void aNewListenerWithPicksGetsDiscoveryReleaseRadarAndRadioRightAway() {
        Home.Result r = home(TasteControls.Source.NONE).build(new HomeRequest("newbie", UTC, NOW));
        assertThat(r.unavailable()).isEmpty();
        assertThat(r.shelves()).extracting(Shelf::id).containsExactly("discovery-weekly", "release-radar", "radio");
        assertThat(r.shelves().get(0).entries()).anySatisfy(e -> assertThat(e.reason()).startsWith("because you picked"));
        assertThat(r.shelves().get(1).entries()).anySatisfy(e -> assertThat(e.reason()).isEqualTo("new from Artist 1-0: you follow them"));
        assertThat(r.shelves().get(2).entries()).extracting(ShelfEntry::id).containsExactly("artist:a1-0", "artist:a1-1", "tag:jazz");
    }

    @Test
    void otherShelvesPlugInAtTheirSlotAndAFailingShelfDoesNotBreakHome() {
        Home h = home(TasteControls.Source.NONE);
        h.add(Shelves.of("editorial", HomeShelf.EDITORIAL, r -> Optional.of(new Shelf("editorial", HomeShelf.EDITORIAL, "Indie Rising", null,
                List.of(new ShelfEntry("playlist", "ed:indie", "Indie Rising", null, "picked by our editors")), "ed:indie"))));
        h.add(Shelves.of("podcasts", HomeShelf.PODCASTS, r -> { throw new IllegalStateException("podcast index is rebuilding"); }));
        assertThat(h.shelfIds()).containsExactly("recently-played", "daylist", "daily-mixes", "discovery-weekly", "editorial",
                "release-radar", "radio", "podcasts");
        Home.Result r = h.build(new HomeRequest("newbie", UTC, NOW));
        assertThat(r.shelves()).extracting(Shelf::id).containsExactly("discovery-weekly", "editorial", "release-radar", "radio");
        assertThat(r.unavailable()).isEqualTo(Map.of("podcasts", "podcast index is rebuilding"));
        assertThatThrownBy(() -> h.add(Shelves.of("radio", 1, x -> Optional.empty()))).hasMessageContaining("already has a shelf 'radio'");
    }

    @Test
    void hiddenArtistsDisappearFromEveryShelfAtOnce() {
        Home.Result before = home(TasteControls.Source.NONE).build(new HomeRequest("mix0", UTC, NOW));
        Set<String> hidden = Set.of("a0-0", "a1-0", "a2-0");
        Home.Result after = home(u -> new TasteControls(Set.of(), hidden, Set.of()))
                .build(new HomeRequest("mix0", UTC, NOW));
        assertThat(before.shelves().stream().flatMap(s -> s.entries().stream()).filter(e -> e.kind().equals("track"))
                .anyMatch(e -> hidden.contains(TestWorld.artistOf(e.id())))).isTrue();
        assertThat(after.shelves().stream().flatMap(s -> s.entries().stream()))
                .filteredOn(e -> e.kind().equals("track"))
                .noneMatch(e -> hidden.contains(TestWorld.artistOf(e.id())));
        assertThat(after.shelves().stream().flatMap(s -> s.entries().stream()))
                .noneMatch(e -> e.id().startsWith("artist:") && hidden.contains(e.id().substring(7)));
    }
}
