package dev.encore.synth;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import dev.encore.formats.encore.EncoreFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the planted structure is visible in the data of the S preset, read back through the native reader. */
class WorldGeneratorStatisticsTest {
    @TempDir static Path dir;
    static WorldSpec spec = WorldSpec.preset("S", 42);
    static WorldSummary summary;
    static LoadedWorld world;

    @BeforeAll
    static void generate() throws Exception {
        summary = WorldGenerator.generate(spec, dir, null);
        world = new LoadedWorld(dir);
    }

    @Test
    void sizesMatchTheSpecAndTheSummary() {
        assertThat(world.users).hasSize(1_000);
        assertThat(world.tracks).hasSize(2_000);
        assertThat(world.listens).hasSize(50_000);
        assertThat(world.report.rejected()).isZero();
        assertThat(summary.listens()).isEqualTo(50_000);
        assertThat(summary.follows()).isEqualTo(world.follows.size()).isPositive();
        assertThat(summary.feedback()).isEqualTo(world.feedback.size()).isPositive();
        assertThat(summary.artists()).isEqualTo(world.artists.size());
        assertThat(summary.albums()).isEqualTo(world.albums.size());
        assertThat(world.report.accepted(EncoreFile.EPISODES)).isEqualTo(summary.episodes()).isPositive();
    }

    @Test
    void popularityFollowsAPowerLaw() {
        Map<String, Integer> plays = new HashMap<>();
        for (ListenEvent e : world.listens) if (e.itemKind() == ItemKind.TRACK) plays.merge(e.itemId(), 1, Integer::sum);
        List<Integer> sorted = plays.values().stream().sorted((a, b) -> b - a).toList();
        long total = sorted.stream().mapToLong(Integer::longValue).sum();
        long top = sorted.stream().limit(world.tracks.size() / 10).mapToLong(Integer::longValue).sum();
        assertThat((double) top / total).isGreaterThan(0.40);
    }

    @Test
    void skipsAreFarLikelierOutsideTheListenersTaste() {
        long[] matched = new long[2];
        long[] mismatched = new long[2];
        for (ListenEvent e : world.listens) {
            if (e.itemKind() != ItemKind.TRACK) continue;
            long[] bucket = world.mismatched(e) ? mismatched : matched;
            bucket[0]++;
            if (e.skipped()) bucket[1]++;
        }
        double matchedRate = (double) matched[1] / matched[0];
        double mismatchedRate = (double) mismatched[1] / mismatched[0];
        assertThat(mismatched[0]).isGreaterThan(1_000); // enough strays to measure
        assertThat(matched[0]).isGreaterThan(mismatched[0] * 3); // most plays follow the taste
        assertThat(mismatchedRate).isGreaterThan(2.5 * matchedRate);
        assertThat(matchedRate).isBetween(0.03, 0.25);
    }

    @Test
    void listeningPeaksInTheLocalEvening() {
        Map<String, ZoneId> zones = world.users.values().stream().collect(Collectors.toMap(User::id, u -> ZoneId.of(u.timeZone())));
        int[] byHour = new int[24];
        for (ListenEvent e : world.listens) byHour[e.listenedAt().atZone(zones.get(e.userId())).getHour()]++;
        double evening = 0;
        double night = 0;
        for (int h = 18; h < 24; h++) evening += byHour[h];
        for (int h = 2; h < 6; h++) night += byHour[h];
        double n = world.listens.size();
        assertThat(evening / n).as("share of plays 18:00–24:00 local (uniform would be 0.25)").isGreaterThan(0.35);
        assertThat(night / n).as("share of plays 02:00–06:00 local (uniform would be 0.17)").isLessThan(0.08);
    }

    @Test
    void sessionsStayInTheUsersTasteFromTrackToTrack() {
        // consecutive plays in a session share a cluster far more often than two random plays would
        int same = 0;
        int pairs = 0;
        ListenEvent prev = null;
        for (ListenEvent e : world.listens) {
            if (prev != null && e.itemKind() == ItemKind.TRACK && prev.itemKind() == ItemKind.TRACK && prev.userId().equals(e.userId())
                    && e.listenedAt().getEpochSecond() - prev.listenedAt().getEpochSecond() < 1_800) {
                pairs++;
                if (world.trackCluster.get(e.itemId()).equals(world.trackCluster.get(prev.itemId()))) same++;
            }
            prev = e;
        }
        assertThat(pairs).isGreaterThan(20_000);
        assertThat((double) same / pairs).isGreaterThan(0.5); // with 20 clusters chance is ~0.07 (measured: 0.68)
    }

    @Test
    void catalogIsConsistentAndEveryReferenceResolves() {
        for (Track t : world.tracks.values()) {
            assertThat(t.artistIds()).isNotEmpty().allMatch(world.artists::containsKey);
            assertThat(world.albums).containsKey(t.albumId());
            assertThat(world.albums.get(t.albumId()).artistIds()).containsAll(t.artistIds());
            assertThat(t.releaseDate()).isEqualTo(world.albums.get(t.albumId()).releaseDate());
            assertThat(t.audio()).isNotNull();
            assertThat(t.tags()).isNotEmpty();
            assertThat(t.durationMs()).isBetween(60_000, 1_500_000);
        }
        for (Album a : world.albums.values()) assertThat(a.artistIds()).allMatch(world.artists::containsKey);
        for (Episode e : world.episodes.values()) assertThat(world.shows).containsKey(e.showId());
        for (ListenEvent e : world.listens) {
            assertThat(world.users).containsKey(e.userId());
            Set<String> known = e.itemKind() == ItemKind.TRACK ? world.tracks.keySet() : world.episodes.keySet();
            assertThat(known).contains(e.itemId());
        }
        for (Follow f : world.follows) {
            assertThat(world.users).containsKey(f.followerId());
            Set<String> known = f.targetKind() == ItemKind.ARTIST ? world.artists.keySet() : world.users.keySet();
            assertThat(known).contains(f.targetId());
        }
        for (Feedback f : world.feedback) {
            Set<String> known = f.itemKind() == ItemKind.ALBUM ? world.albums.keySet() : world.tracks.keySet();
            assertThat(known).contains(f.itemId());
        }
    }

    @Test
    void everyGeneratedRecordSaysSoAndTimesAreInsideTheWorldsYear() {
        assertThat(world.artists.values()).allMatch(a -> "generated".equals(a.source()));
        assertThat(world.albums.values()).allMatch(a -> "generated".equals(a.source()));
        assertThat(world.tracks.values()).allMatch(t -> "generated".equals(t.source()));
        assertThat(world.shows.values()).allMatch(s -> "generated".equals(s.source()));
        assertThat(world.episodes.values()).allMatch(e -> "generated".equals(e.source()));
        assertThat(world.users.values()).allMatch(u -> "generated".equals(u.source()));
        assertThat(world.listens).allMatch(e -> "generated".equals(e.source()));
        Instant end = spec.asOf().atStartOfDay(ZoneId.of("UTC")).toInstant();
        Instant start = end.minusSeconds(366L * 86_400);
        for (ListenEvent e : world.listens) {
            assertThat(e.listenedAt()).isBetween(start, end);
            assertThat(e.listenedAt()).isAfter(world.users.get(e.userId()).created());
        }
        for (Episode e : world.episodes.values()) assertThat(e.releaseDate()).isBeforeOrEqualTo(spec.asOf());
    }

    @Test
    void someAlbumsCameOutInTheLastTwoWeeks() {
        LocalDate from = spec.asOf().minusDays(14);
        long recent = world.albums.values().stream().filter(a -> !a.releaseDate().isBefore(from) && !a.releaseDate().isAfter(spec.asOf())).count();
        assertThat(recent).isBetween(2L, world.albums.size() / 10L);
    }

    @Test
    void audioFeaturesFollowTheGenre() {
        Map<String, double[]> byGenre = new HashMap<>(); // genre -> {n, energy, acousticness, tempo}
        for (Track t : world.tracks.values()) {
            double[] acc = byGenre.computeIfAbsent(t.tags().get(0), k -> new double[4]);
            acc[0]++;
            acc[1] += t.audio().energy();
            acc[2] += t.audio().acousticness();
            acc[3] += t.audio().tempo();
        }
        double metalEnergy = mean(byGenre, "metal", 1);
        double ambientEnergy = mean(byGenre, "ambient", 1);
        assertThat(metalEnergy).isGreaterThan(ambientEnergy + 0.4);
        assertThat(mean(byGenre, "classical", 2)).isGreaterThan(mean(byGenre, "techno", 2) + 0.5);
        assertThat(mean(byGenre, "punk", 3)).isGreaterThan(mean(byGenre, "reggae", 3) + 40);
    }

    private static double mean(Map<String, double[]> byGenre, String genre, int field) {
        double[] acc = byGenre.get(genre);
        assertThat(acc).as("genre %s has tracks", genre).isNotNull();
        return acc[field] / acc[0];
    }

    @Test
    void plantedTastesAreMixturesOfOneToThreeClusters() {
        assertThat(world.tastes).hasSize(world.users.size());
        for (Map<Integer, Double> taste : world.tastes.values()) {
            assertThat(taste.size()).isBetween(1, 3);
            assertThat(taste.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        }
        assertThat(world.trackCluster).hasSize(world.tracks.size());
        Set<Integer> sizes = world.tastes.values().stream().map(Map::size).collect(Collectors.toSet());
        assertThat(sizes).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void listenersFollowArtistsTheyPlayAndPeersWhoShareTheirTaste() {
        Map<String, Set<String>> artistsPlayed = new HashMap<>();
        for (ListenEvent e : world.listens) {
            if (e.itemKind() == ItemKind.TRACK && !e.skipped()) {
                artistsPlayed.computeIfAbsent(e.userId(), k -> new HashSet<>()).add(world.tracks.get(e.itemId()).primaryArtistId());
            }
        }
        int userFollows = 0;
        int sharing = 0;
        for (Follow f : world.follows) {
            if (f.targetKind() == ItemKind.ARTIST) {
                assertThat(artistsPlayed.get(f.followerId())).contains(f.targetId());
            } else {
                userFollows++;
                Set<Integer> mine = world.tastes.get(f.followerId()).keySet();
                if (world.tastes.get(f.targetId()).keySet().stream().anyMatch(mine::contains)) sharing++;
            }
        }
        assertThat(userFollows).isPositive();
        assertThat(sharing).isEqualTo(userFollows);
    }
}
