package dev.encore.store;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogPagesTest extends StoreTestSupport {
    private static Track track(String id, List<String> tags) {
        return new Track(id, "Song " + id, List.of("a1"), null, 0, null, false, null, tags, null, "api");
    }

    @Test
    void keysetPagesVisitEveryRecordOnceInIdOrder() {
        store.write(s -> {
            for (int i = 24; i >= 0; i--) s.track(track(String.format("t%02d", i), List.of()));
        });
        List<String> seen = new ArrayList<>();
        String after = null;
        for (List<Track> page; !(page = store.catalogPages().tracks(after, 10)).isEmpty(); after = page.get(page.size() - 1).id()) {
            assertThat(page.size()).isLessThanOrEqualTo(10);
            page.forEach(t -> seen.add(t.id()));
        }
        assertThat(seen).hasSize(25).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void upsertsApplyInOneTransactionOrNotAtAll() {
        var ok = new CatalogUpserts.Changes(List.of(new Artist("a1", "Alpha", List.of(), null, "api")), List.of(),
                List.of(track("t1", List.of("rock"))), List.of(), List.of());
        store.catalogUpserts().apply(ok);
        assertThat(store.catalog().track("t1")).isPresent();
        assertThat(store.search().search("alpha", List.of(ItemKind.TRACK), 5, 0)).extracting(CatalogSearch.Hit::id).containsExactly("t1");

        var bad = new CatalogUpserts.Changes(List.of(new Artist("a2", "Beta", List.of(), null, "api")), List.of(),
                List.of(track("t2", List.of()), track("t3", List.of("bad\u001ftag"))), List.of(), List.of());
        assertThatThrownBy(() -> store.catalogUpserts().apply(bad)).hasMessageContaining("track 't3' tags");
        assertThat(store.catalog().artist("a2")).isEmpty();
        assertThat(store.catalog().track("t2")).isEmpty();
    }

    @Test
    void usersAndFollowsRoundTrip() {
        store.users().upsert(new User("u1", "DE", null, null, "api"));
        store.users().upsert(new User("u1", null, null, "Europe/Berlin", "api"));   // merges, keeps the country
        assertThat(store.users().user("u1").orElseThrow().country()).isEqualTo("DE");
        assertThat(store.users().user("u1").orElseThrow().timeZone()).isEqualTo("Europe/Berlin");
        assertThat(store.users().exists("u1")).isTrue();
        assertThat(store.users().exists("u9")).isFalse();

        assertThat(store.social().follow(new Follow("u1", ItemKind.ARTIST, "a1"))).isTrue();
        assertThat(store.social().follow(new Follow("u1", ItemKind.ARTIST, "a1"))).isFalse();
        for (String f : List.of("u3", "u2", "u4")) store.social().follow(new Follow(f, ItemKind.USER, "u1"));
        assertThat(store.social().followers(ItemKind.USER, "u1", null, 2)).containsExactly("u2", "u3");
        assertThat(store.social().followers(ItemKind.USER, "u1", "u3", 2)).containsExactly("u4");
        assertThat(store.social().followerCount(ItemKind.USER, "u1")).isEqualTo(3);
        assertThat(store.social().following("u1", ItemKind.ARTIST, null, 10)).containsExactly("a1");
        assertThat(store.social().unfollow(new Follow("u1", ItemKind.ARTIST, "a1"))).isTrue();
        assertThat(store.social().following("u1", ItemKind.ARTIST, null, 10)).isEmpty();
    }
}
