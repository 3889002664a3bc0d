package dev.encore.products.discovery;

import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.products.InMemoryListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.TestWorld;
import dev.encore.products.candidates.BlendRules;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyDiscoveryTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant MONDAY_W48 = Instant.parse("2026-11-23T00:30:00Z");
    private final TestWorld w = TestWorld.get();

    private WeeklyDiscovery discovery(EditionHistory editions, DiscoveryConfig config) {
        return new WeeklyDiscovery(w.taste, w.catalog, w.history, TasteControls.Source.NONE, editions, config);
    }

    private static List<String> ids(Playlist p) {
        return p.items().stream().map(PlaylistItem::itemId).toList();
    }

    @Test
    void thirtyNeverPlayedTracksAtMostTwoPerArtistEachExplained() {
        Playlist p = discovery(new InMemoryEditionHistory(), DiscoveryConfig.defaults()).generate("u6", UTC, MONDAY_W48);
        assertThat(p.items()).hasSize(30);
        assertThat(p.period()).isEqualTo("2026-W48");
        Set<String> heard = w.history.heardTracks("u6");
        Map<String, Integer> perArtist = new HashMap<>();
        for (PlaylistItem i : p.items()) {
            assertThat(heard).doesNotContain(i.itemId());
            assertThat(i.reason()).isNotBlank();
            perArtist.merge(TestWorld.artistOf(i.itemId()), 1, Integer::sum);
        }
        assertThat(perArtist.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(new HashSet<>(ids(p))).hasSize(30);
    }

    @Test
    void listensNewerThanTheModelCountAsPlayed() {
        Playlist before = discovery(new InMemoryEditionHistory(), DiscoveryConfig.defaults()).generate("u7", UTC, MONDAY_W48);
        String justPlayed = before.items().get(0).itemId();
        List<ListenEvent> more = new ArrayList<>(w.listens);
        more.add(ListenEvent.play("u7", justPlayed, MONDAY_W48.minusSeconds(60), "test"));
        WeeklyDiscovery fresh = new WeeklyDiscovery(w.taste, w.catalog, new InMemoryListeningHistory(more),
                TasteControls.Source.NONE, new InMemoryEditionHistory(), DiscoveryConfig.defaults());
        assertThat(ids(fresh.generate("u7", UTC, MONDAY_W48))).doesNotContain(justPlayed).hasSize(30);
    }

    @Test
    void stableAllWeekInTheListenersZoneAndDifferentNextWeek() {
        WeeklyDiscovery d = discovery(new InMemoryEditionHistory(), DiscoveryConfig.defaults());
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        // Monday 00:10 in Tokyo is still Sunday (week 47) in UTC
        Instant mondayTokyo = Instant.parse("2026-11-22T15:10:00Z");
        Instant sundayTokyo = Instant.parse("2026-11-29T14:50:00Z");
        Playlist first = d.generate("u8", tokyo, mondayTokyo);
        assertThat(first.period()).isEqualTo("2026-W48");
        assertThat(d.generate("u8", tokyo, sundayTokyo)).isEqualTo(first);
        assertThat(d.generate("u8", UTC, mondayTokyo).period()).isEqualTo("2026-W47");
        Playlist next = d.generate("u8", tokyo, sundayTokyo.plusSeconds(3600));
        assertThat(next.period()).isEqualTo("2026-W49");
        assertThat(ids(next)).isNotEqualTo(ids(first));
    }

    @Test
    void neverRepeatsATrackFromTheLastFourEditions() {
        EditionHistory editions = new InMemoryEditionHistory();
        WeeklyDiscovery d = discovery(editions, DiscoveryConfig.defaults());
        List<Set<String>> weeks = new ArrayList<>();
        for (int week = 0; week < 6; week++) {
            Playlist p = d.generate("u9", UTC, MONDAY_W48.plusSeconds(week * 7L * 86400));
            assertThat(p.items()).hasSize(30);
            Set<String> now = new HashSet<>(ids(p));
            for (int back = 1; back <= 4 && week - back >= 0; back++) {
                assertThat(now).as("week %d vs %d weeks before", week, back).doesNotContainAnyElementsOf(weeks.get(week - back));
            }
            // regenerating after recording gives the same edition (its own period is not "before" it)
            editions.record("u9", WeeklyDiscovery.PRODUCT, p);
            assertThat(d.generate("u9", UTC, MONDAY_W48.plusSeconds(week * 7L * 86400 + 3600))).isEqualTo(p);
            weeks.add(now);
        }
    }

    @Test
    void servedEditionIsRecordedOnceAndKeptAllWeekEvenIfTheModelChanges() {
        EditionHistory editions = new InMemoryEditionHistory();
        Playlist served = discovery(editions, DiscoveryConfig.defaults()).edition("u10", UTC, MONDAY_W48);
        assertThat(editions.find("u10", WeeklyDiscovery.PRODUCT, "2026-W48")).isEqualTo(served);
        // a differently configured generator (standing in for a retrained model) still serves the recorded edition
        WeeklyDiscovery other = discovery(editions, DiscoveryConfig.defaults().withRules(DiscoveryConfig.defaults().rules().withJitter(0.9)));
        assertThat(other.generate("u10", UTC, MONDAY_W48)).isNotEqualTo(served);
        assertThat(other.edition("u10", UTC, MONDAY_W48.plusSeconds(3 * 86400))).isEqualTo(served);
        assertThat(other.edition("u10", UTC, MONDAY_W48.plusSeconds(7 * 86400)).period()).isEqualTo("2026-W49");
    }

    @Test
    void favoursArtistsNewToTheListener() {
        DiscoveryConfig base = DiscoveryConfig.defaults();
        BlendRules r = base.rules();
        DiscoveryConfig neutral = base.withRules(new BlendRules(r.weights(), r.perArtist(), r.freshDays(), r.freshBoost(), 0, r.jitter()));
        int favoured = 0, plain = 0;
        for (int u = 0; u < 12; u++) {
            String user = TestWorld.userId(u);
            favoured += newArtistTracks(user, discovery(new InMemoryEditionHistory(), base).generate(user, UTC, MONDAY_W48));
            plain += newArtistTracks(user, discovery(new InMemoryEditionHistory(), neutral).generate(user, UTC, MONDAY_W48));
        }
        assertThat(favoured).isGreaterThan(plain);
    }

    private int newArtistTracks(String user, Playlist p) {
        Set<String> known = new HashSet<>();
        for (String t : w.history.heardTracks(user)) known.add(TestWorld.artistOf(t));
        return (int) p.items().stream().filter(i -> !known.contains(TestWorld.artistOf(i.itemId()))).count();
    }

    @Test
    void batchEqualsOneByOneAndListenersWithoutHistoryGetPopularTracks() {
        WeeklyDiscovery d = discovery(new InMemoryEditionHistory(), DiscoveryConfig.defaults());
        List<String> users = new ArrayList<>(IntStream.range(0, 40).mapToObj(TestWorld::userId).toList());
        users.add("newcomer");
        Function<String, ZoneId> zones = u -> UTC;
        Map<String, Playlist> all = d.generateAll(users, zones, MONDAY_W48, 2);
        assertThat(all.keySet()).containsExactlyElementsOf(users);
        for (String u : users) assertThat(all.get(u)).isEqualTo(d.generate(u, UTC, MONDAY_W48));
        assertThat(all.get("newcomer").items()).hasSize(30)
                .allSatisfy(i -> assertThat(i.reason()).isEqualTo("popular with listeners right now"));
    }

    @Test
    void clearErrors() {
        WeeklyDiscovery d = discovery(new InMemoryEditionHistory(), DiscoveryConfig.defaults());
        assertThatThrownBy(() -> d.generate("u1", null, MONDAY_W48)).hasMessageContaining("time zone of listener u1");
        assertThatThrownBy(() -> d.generateAll(List.of("u1"), u -> UTC, MONDAY_W48, 0)).hasMessageContaining("threads must be >= 1");
        assertThatThrownBy(() -> new DiscoveryConfig(30, 10, 5, 4, DiscoveryConfig.defaults().rules())).hasMessageContaining("perSource (10)");
    }
}
