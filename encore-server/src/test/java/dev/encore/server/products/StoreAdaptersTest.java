package dev.encore.server.products;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.Track;
import dev.encore.products.TasteControls;
import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store adapters the products read through: editions, taste controls, catalog cache, history. */
class StoreAdaptersTest {
    private static final String P = "discovery-weekly";
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    @TempDir Path dir;
    EncoreStore store;

    @BeforeEach
    void open() {
        store = EncoreStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Playlist edition(String product, String user, String period) {
        return new Playlist(product + ":" + user + ":" + period, user, "Discovery Weekly", "test", PlaylistKind.GENERATED, period,
                List.of(new PlaylistItem(ItemKind.TRACK, "t-" + period, "because")), "test");
    }

    @Test
    void editionsAreFoundByPeriodAndEarlierOnesNewestFirstAcrossGapsAndYears() {
        StoreEditionHistory h = new StoreEditionHistory(store);
        for (String w : List.of("2026-W45", "2026-W46", "2026-W48", "2027-W02")) h.record("u1", P, edition(P, "u1", w));
        h.record("u2", P, edition(P, "u2", "2026-W47"));                          // another listener
        store.playlists().save(edition("daily-mix", "u1", "2026-W47"));          // another product
        assertThat(h.find("u1", P, "2026-W48").items().get(0).itemId()).isEqualTo("t-2026-W48");
        assertThat(h.find("u1", P, "2026-W47")).isNull();
        assertThat(h.before("u1", P, "2026-W48", 4)).extracting(Playlist::period).containsExactly("2026-W46", "2026-W45");
        assertThat(h.before("u1", P, "2026-W48", 1)).extracting(Playlist::period).containsExactly("2026-W46");
        assertThat(h.before("u1", P, "2027-W02", 2)).extracting(Playlist::period).containsExactly("2026-W48", "2026-W46");   // 2026 has 53 ISO weeks
        assertThat(h.before("u1", P, "2026-W48", 0)).isEmpty();
    }

    @Test
    void anEditionMustCarryItsOwnersIdAndPeriod() {
        StoreEditionHistory h = new StoreEditionHistory(store);
        assertThatThrownBy(() -> h.record("u2", P, edition(P, "u1", "2026-W48"))).hasMessageContaining("its id must be 'discovery-weekly:u2:2026-W48'");
        Playlist user = new Playlist("mine", "u1", "Mine", null, PlaylistKind.USER, null, List.of(), "test");
        assertThatThrownBy(() -> h.record("u1", P, user)).hasMessageContaining("GENERATED playlist with a period");
    }

    @Test
    void tasteControlsComeFromActiveHideBanAndExcludeFeedback() {
        store.ingest(List.of(), List.of(
                new Feedback("u1", ItemKind.TRACK, "t1", FeedbackType.HIDE, AT, true),
                new Feedback("u1", ItemKind.ARTIST, "a1", FeedbackType.BAN, AT, true),
                new Feedback("u1", ItemKind.TRACK, "t2", FeedbackType.EXCLUDE, AT, true),
                new Feedback("u1", ItemKind.TRACK, "t3", FeedbackType.LIKE, AT, true),
                new Feedback("u1", ItemKind.TRACK, "t4", FeedbackType.HIDE, AT, false),
                new Feedback("u2", ItemKind.TRACK, "t5", FeedbackType.HIDE, AT, true)));
        TasteControls c = new StoreTasteControls(store).of("u1");
        assertThat(c.hiddenTracks()).containsExactly("t1");
        assertThat(c.hiddenArtists()).containsExactly("a1");
        assertThat(c.excludedFromTaste()).containsExactly("t2");
        assertThat(new StoreTasteControls(store).of("nobody")).isEqualTo(TasteControls.NONE);
    }

    @Test
    void theCatalogCachesHitsAndMissesUntilCleared() {
        store.write(s -> {
            s.artist(new Artist("a1", "First Name", List.of("rock"), null, "test"));
            s.track(new Track("t1", "Song", List.of("a1"), null, 1000, null, false, null, List.of(), null, "test"));
        });
        StoreCatalog c = new StoreCatalog(store, 2);
        assertThat(c.track("t1").title()).isEqualTo("Song");
        assertThat(c.artistName("a1")).isEqualTo("First Name");
        assertThat(c.track("nope")).isNull();
        assertThat(c.cached()).isEqualTo(3);
        store.write(s -> s.artist(new Artist("a1", "Renamed", List.of("rock"), null, "test")));
        assertThat(c.artistName("a1")).isEqualTo("First Name");   // served from the cache
        c.clear();
        assertThat(c.artistName("a1")).isEqualTo("Renamed");
        for (int i = 0; i < 5; i++) c.track("x" + i);
        assertThat(c.cached()).isEqualTo(3);                      // 2 tracks (the capacity) + 1 artist
        assertThatThrownBy(() -> new StoreCatalog(store, 0)).hasMessageContaining("capacity must be >= 1");
    }

    @Test
    void historyListsListensInRangeAndEveryHeardTrack() {
        store.ingest(List.of(ListenEvent.play("u1", "t1", AT, "test"), ListenEvent.play("u1", "t2", AT.plusSeconds(60), "test"),
                ListenEvent.play("u1", "t1", Instant.parse("1999-01-01T00:00:00Z"), "test"), ListenEvent.play("u2", "t9", AT, "test")), List.of());
        StoreListeningHistory h = new StoreListeningHistory(store);
        assertThat(h.heardTracks("u1")).containsExactlyInAnyOrder("t1", "t2");
        assertThat(h.listens("u1", AT, AT.plusSeconds(60))).extracting(ListenEvent::itemId).containsExactly("t1");
    }
}
