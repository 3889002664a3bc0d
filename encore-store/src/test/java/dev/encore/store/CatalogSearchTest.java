package dev.encore.store;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogSearchTest extends StoreTestSupport {
    private static final Artist RADIOHEAD = new Artist("a-rh", "Radiohead", List.of("alternative rock"), "GB", "test");
    private static final Artist BJORK = new Artist("a-bj", "Björk", List.of("electronic"), "IS", "test");

    private static Track track(String id, String title, List<String> artists, List<String> tags) {
        return new Track(id, title, artists, null, 200_000, null, false, null, tags, null, "test");
    }

    private List<String> ids(String text, ItemKind... kinds) {
        return store.search().search(text, List.of(kinds), 20, 0).stream().map(h -> h.kind().wire() + ":" + h.id()).toList();
    }

    /** The importers' path: records written through a sink, in separate batches, tracks before their artist. */
    private void importWorld() {
        store.write(s -> {
            s.track(track("t-karma", "Karma Police", List.of("a-rh"), List.of()));
            s.track(track("t-hyper", "Hyperballad", List.of("a-bj"), List.of("trip hop")));
            s.track(track("t-radio", "Radio Gaga", List.of("a-q"), List.of()));
        });
        store.write(s -> {
            s.artist(RADIOHEAD);
            s.artist(BJORK);
            s.album(new Album("al-ok", "OK Computer", List.of("a-rh"), null, "test"));
            s.show(new Show("s-1", "Song Exploder", "Hrishikesh Hirway", "How songs are made", List.of("music", "interviews"), "test"));
            s.episode(new Episode("e-1", "s-1", "Making Karma", null, 0, null, "test"));
        });
    }

    @Test
    void prefixesFindTitlesArtistNamesAndTagsRankedByTitleFirst() {
        importWorld();
        // The artist's own document (title match) outranks a track merely credited to it; an album by the same artist too.
        assertThat(ids("radioh")).startsWith("artist:a-rh").contains("track:t-karma", "album:al-ok").doesNotContain("track:t-radio");
        assertThat(ids("radio")).contains("artist:a-rh", "track:t-radio");
        assertThat(ids("radio").indexOf("track:t-radio")).isLessThan(ids("radio").indexOf("track:t-karma"));
        assertThat(ids("trip")).containsExactly("track:t-hyper");
        assertThat(ids("bjork hyper")).containsExactly("track:t-hyper");     // diacritics folded, every word must match
        assertThat(ids("karma")).containsExactlyInAnyOrder("track:t-karma", "episode:e-1");
        assertThat(ids("exploder")).containsExactlyInAnyOrder("show:s-1", "episode:e-1");
        assertThat(ids("hirway")).containsExactly("show:s-1");
        assertThat(ids("karma", ItemKind.EPISODE)).containsExactly("episode:e-1");
        assertThat(ids("nothing-like-this")).isEmpty();
    }

    @Test
    void renamesAndRetagsReindexEveryAffectedDocument() throws Exception {
        importWorld();
        store.write(s -> {
            s.artist(new Artist("a-rh", "On A Friday", List.of(), null, "test"));
            s.track(track("t-hyper", "Hyperballad", List.of("a-bj"), List.of("ambient")));
            s.track(track("t-radio", "Radio Gaga", List.of("a-rh"), List.of()));   // re-credited to a-rh
        });
        assertThat(ids("radiohead")).isEmpty();
        assertThat(ids("friday")).containsExactlyInAnyOrder("artist:a-rh", "album:al-ok", "track:t-karma", "track:t-radio");
        assertThat(ids("trip")).isEmpty();
        assertThat(ids("ambient")).containsExactly("track:t-hyper");
        Path db = store.databaseFile();
        store.close();
        RawSql.execute(db, "INSERT INTO catalog_fts (catalog_fts) VALUES ('integrity-check')");   // throws if the index drifted
        store = EncoreStore.open(dir.resolve("data"));
    }

    @Test
    void reimportingLeavesTheIndexAsItWas() throws Exception {
        importWorld();
        long docs = RawSql.number(store.databaseFile(), "SELECT count(*) FROM search_docs");
        importWorld();
        assertThat(RawSql.number(store.databaseFile(), "SELECT count(*) FROM search_docs")).isEqualTo(docs).isEqualTo(8);
        assertThat(ids("radioh")).startsWith("artist:a-rh");
    }

    @Test
    void queryOperatorsArePlainText() {
        importWorld();
        assertThat(ids("karma\" (police")).containsExactly("track:t-karma");
        assertThat(ids("KARMA*police^")).containsExactly("track:t-karma");
        assertThatThrownBy(() -> ids("  *** ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no letters or digits");
        assertThat(CatalogSearch.matchExpression("Sigur Rós")).isEqualTo("\"sigur\"* \"rós\"*");
    }

    @Test
    void pagesFollowScoreOrder() {
        store.write(s -> {
            for (int i = 0; i < 25; i++) s.track(track(String.format("t%02d", i), "Blue " + "x".repeat(i), List.of(), List.of()));
        });
        List<CatalogSearch.Hit> all = store.search().search("blue", Set.of(ItemKind.TRACK), 25, 0);
        List<CatalogSearch.Hit> second = store.search().search("blue", Set.of(ItemKind.TRACK), 10, 10);
        assertThat(all).hasSize(25);
        assertThat(second).isEqualTo(all.subList(10, 20));
        assertThat(all.get(0).score()).isGreaterThanOrEqualTo(all.get(24).score());
    }

    @Test
    void upgradingAVersionOneDatabaseIndexesWhatItHolds() throws Exception {
        store.close();
        store = null;
        Path old = dir.resolve("v1");
        java.nio.file.Files.createDirectories(old);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve(EncoreStore.DATABASE_FILE));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at INTEGER NOT NULL)");
            for (String sql : SqlScript.statements(Migrations.script("V001__initial.sql"))) s.execute(sql);
            s.execute("INSERT INTO schema_version VALUES (1, 'V001__initial.sql', 0)");
            s.execute("INSERT INTO artists (id, name) VALUES ('a-rh', 'Radiohead')");
            s.execute("INSERT INTO tracks (id, title) VALUES ('t-karma', 'Karma Police')");
            s.execute("INSERT INTO track_artists VALUES ('a-rh', 't-karma', 0)");
        }
        store = EncoreStore.open(old);
        assertThat(store.schemaVersion()).isEqualTo(Migrations.scripts().size());
        assertThat(ids("radioh")).containsExactly("artist:a-rh", "track:t-karma");
    }
}
