package dev.encore.products.onboarding;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.products.TasteControls;
import dev.encore.products.TasteModel;
import dev.encore.products.TestWorld;
import dev.encore.products.radio.Radio;
import dev.encore.products.radio.RadioSeed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColdStartTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private final TestWorld w = TestWorld.get();
    /** Folk listeners (genre 3) live in Ireland, everyone else in the US. */
    private final RegionalPopularity regional = new RegionalPopularity(w.taste.bundle(),
            u -> u.startsWith("u") && Integer.parseInt(u.substring(1)) % TestWorld.GENRES == 3 ? "IE" : "US", 10);
    private final OnboardingPicks jazz = new OnboardingPicks(List.of("a1-0", "a1-1"), List.of("Jazz"));

    private ColdStart coldStart(TasteModel taste) {
        return new ColdStart(taste, w.catalog, w.history, TasteControls.Source.NONE, regional);
    }

    private Set<String> played() {
        Set<String> out = new HashSet<>();
        for (ListenEvent e : w.listens) out.add(e.itemId());
        return out;
    }

    @Test
    void picksGiveAFullDiscoveryOfThePickedGenreEachExplained() {
        ColdStart c = coldStart(w.taste);
        assertThat(c.isNew("newbie")).isTrue();
        assertThat(c.isNew("u1")).isFalse();
        Playlist p = c.discovery("newbie", jazz, "US", UTC, MONDAY);
        assertThat(p.id()).isEqualTo("discovery-weekly:newbie:2026-W48");
        assertThat(p.items()).hasSize(30);
        // 6 jazz artists x 2 tracks each (the artist cap), plus the slots for tracks nobody has heard, all jazz
        assertThat(p.items().stream().filter(i -> TestWorld.genreOf(i.itemId()) == 1).count()).isEqualTo(12 + ColdStart.NEW_TRACK_SLOTS);
        assertThat(p.items().subList(0, 8)).allSatisfy(i -> assertThat(TestWorld.genreOf(i.itemId())).isEqualTo(1));
        Map<String, Integer> perArtist = new HashMap<>();
        for (PlaylistItem i : p.items()) {
            assertThat(i.reason()).isNotBlank();
            perArtist.merge(TestWorld.artistOf(i.itemId()), 1, Integer::sum);
        }
        assertThat(perArtist.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
        assertThat(p.items()).anySatisfy(i -> assertThat(i.reason()).startsWith("because you picked "));
        assertThat(c.discovery("newbie", jazz, "US", UTC, MONDAY.plusSeconds(5 * 86400))).isEqualTo(p);
    }

    @Test
    void tracksNobodyPlayedGetExposureThroughContentSimilarity() {
        Set<String> played = played();
        for (TasteModel taste : List.of(w.taste, TasteModel.of(w.taste.bundle(), null))) {   // content model, then tags only
            Playlist p = coldStart(taste).discovery("newbie", jazz, "US", UTC, MONDAY);
            List<PlaylistItem> unplayed = p.items().stream().filter(i -> !played.contains(i.itemId())).toList();
            assertThat(unplayed).as("never-played tracks with content model: %s", taste.content() != null).isNotEmpty()
                    .allSatisfy(i -> assertThat(TestWorld.genreOf(i.itemId())).isEqualTo(1))
                    .hasSize(ColdStart.NEW_TRACK_SLOTS)
                    .allSatisfy(i -> assertThat(i.reason()).containsAnyOf("sounds like your pick", "matches your taste for jazz")
                            .endsWith("(new: hardly anyone has heard it yet)"));
        }
    }

    @Test
    void regionalPopularityFillsGapsWithTheListenersCountry() {
        int[] ie = regional.ranked("ie");
        assertThat(regional.knows("IE")).isTrue();
        assertThat(regional.knows("FR")).isFalse();
        assertThat(regional.ranked("FR")).isEqualTo(regional.ranked(null));
        for (int r = 0; r < 10; r++) assertThat(TestWorld.genreOf(w.taste.bundle().itemId(ie[r]))).isEqualTo(3);
        // picks of one small genre leave gaps: the Irish listener's gaps are filled with Irish (folk) favourites
        OnboardingPicks narrow = new OnboardingPicks(List.of("a2-0", "a2-1", "a2-2"), List.of());
        Playlist p = coldStart(TasteModel.of(w.taste.bundle(), null)).discovery("new-ie", narrow, "IE", UTC, MONDAY);
        assertThat(p.items()).anySatisfy(i -> assertThat(i.reason()).isEqualTo("popular in IE"));
        assertThat(p.items()).filteredOn(i -> i.reason().equals("popular in IE"))
                .allSatisfy(i -> assertThat(TestWorld.genreOf(i.itemId())).isEqualTo(3));
    }

    @Test
    void radioStartsRightAwayFromThePicks() {
        List<RadioSeed> seeds = coldStart(w.taste).radioSeeds(jazz);
        assertThat(seeds).containsExactly(RadioSeed.artist("a1-0"), RadioSeed.artist("a1-1"), RadioSeed.tag("jazz"));
        Radio radio = new Radio(w.taste, w.catalog, w.history, TasteControls.Source.NONE);
        List<PlaylistItem> first = radio.open("newbie", seeds.get(2), TestWorld.TODAY).next(10);
        assertThat(first).hasSize(10);
        assertThat(first.stream().filter(i -> TestWorld.genreOf(i.itemId()) == 1).count()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void tooFewOrUnknownPicksAreRejectedWithWhatToFix() {
        ColdStart c = coldStart(w.taste);
        assertThatThrownBy(() -> c.validate(new OnboardingPicks(List.of("a1-0"), List.of("jazz", " ", "JAZZ"))))
                .hasMessageContaining("pick at least 3 artists or genres in total, got 2 (1 artists, 1 genres)");
        assertThatThrownBy(() -> c.validate(new OnboardingPicks(List.of("a1-0", "nope"), List.of("jazz"))))
                .hasMessageContaining("unknown artist ids [nope]");
        assertThatThrownBy(() -> c.validate(new OnboardingPicks(List.of("a1-0", "a1-1"), List.of("polka"))))
                .hasMessageContaining("unknown genres [polka]").hasMessageContaining("rock");
        c.validate(jazz);
    }

    @Test
    void picksRoundTripThroughFollows() {
        List<dev.encore.core.domain.Follow> follows = jazz.follows("newbie");
        assertThat(follows).extracting(f -> f.targetKind()).containsExactly(ItemKind.ARTIST, ItemKind.ARTIST, ItemKind.PLAYLIST);
        assertThat(OnboardingPicks.fromFollows(follows)).isEqualTo(jazz);
    }
}
