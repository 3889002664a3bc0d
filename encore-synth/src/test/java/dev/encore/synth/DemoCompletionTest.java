package dev.encore.synth;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCompletionTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static HetrecLikeFixture data;
    static RecordingSink out;
    static DemoSummary summary;

    @BeforeAll
    static void complete() {
        data = new HetrecLikeFixture(1_000, 150, 3);
        out = new RecordingSink();
        summary = DemoCompletion.complete(data.artists, data.counts, data.friends, 42, AS_OF, out);
    }

    @Test
    void sameSeedEmitsIdenticalRecordsWhateverTheInputOrder() {
        List<Artist> artists = new ArrayList<>(data.artists);
        List<PlayCount> counts = new ArrayList<>(data.counts);
        List<dev.encore.core.domain.Follow> friends = new ArrayList<>(data.friends);
        Collections.shuffle(artists, new Random(1));
        Collections.shuffle(counts, new Random(2));
        Collections.shuffle(friends, new Random(3));
        RecordingSink again = new RecordingSink();
        DemoCompletion.complete(artists, counts, friends, 42, AS_OF, again);
        assertThat(again.all).isEqualTo(out.all);

        RecordingSink otherSeed = new RecordingSink();
        DemoCompletion.complete(data.artists, data.counts, data.friends, 43, AS_OF, otherSeed);
        assertThat(otherSeed.listens).isNotEqualTo(out.listens);
        // track plays per (user, artist) come from the real weights, not the seed
        assertThat(otherSeed.listens.stream().filter(e -> e.itemKind() == ItemKind.TRACK).count())
                .isEqualTo(out.listens.stream().filter(e -> e.itemKind() == ItemKind.TRACK).count());
    }

    @Test
    void everyEmittedRecordIsMarkedGeneratedAndRealOnesAreNotReEmitted() {
        assertThat(out.unexpected).isEmpty();
        assertThat(out.albums).allMatch(a -> "generated".equals(a.source()));
        assertThat(out.tracks).allMatch(t -> "generated".equals(t.source()));
        assertThat(out.shows).isNotEmpty().allMatch(s -> "generated".equals(s.source()));
        assertThat(out.episodes).isNotEmpty().allMatch(e -> "generated".equals(e.source()));
        assertThat(out.users).allMatch(u -> "generated".equals(u.source()) && u.country() != null && u.timeZone() != null);
        assertThat(out.listens).allMatch(e -> "generated".equals(e.source()));
    }

    @Test
    void listensOnlyPointAtEmittedItemsOfTheUsersOwnArtists() {
        Set<String> trackIds = out.tracks.stream().map(Track::id).collect(Collectors.toSet());
        Set<String> episodeIds = out.episodes.stream().map(dev.encore.core.domain.Episode::id).collect(Collectors.toSet());
        Set<String> userIds = out.users.stream().map(User::id).collect(Collectors.toSet());
        Map<String, String> artistOf = out.tracks.stream().collect(Collectors.toMap(Track::id, Track::primaryArtistId));
        Set<String> pairs = data.counts.stream().map(c -> c.userId() + "|" + c.itemId()).collect(Collectors.toSet());
        Set<String> pairsPlayed = new HashSet<>();
        for (ListenEvent e : out.listens) {
            assertThat(userIds).contains(e.userId());
            if (e.itemKind() == ItemKind.EPISODE) {
                assertThat(episodeIds).contains(e.itemId());
                continue;
            }
            assertThat(trackIds).contains(e.itemId());
            String pair = e.userId() + "|" + artistOf.get(e.itemId());
            assertThat(pairs).contains(pair);
            pairsPlayed.add(pair);
        }
        assertThat(pairsPlayed).isEqualTo(pairs); // every real (user, artist) pair has at least one play
        Set<String> artistIds = data.artists.stream().map(Artist::id).collect(Collectors.toSet());
        assertThat(out.tracks).allMatch(t -> artistIds.containsAll(t.artistIds()));
        Set<String> albumIds = out.albums.stream().map(Album::id).collect(Collectors.toSet());
        assertThat(out.tracks).allMatch(t -> albumIds.contains(t.albumId()));
    }

    @Test
    void listensPerArtistFollowTheRealWeights() {
        Map<String, Map<String, Long>> real = new HashMap<>();
        for (PlayCount c : data.counts) real.computeIfAbsent(c.userId(), k -> new HashMap<>()).put(c.itemId(), c.count());
        Map<String, String> artistOf = out.tracks.stream().collect(Collectors.toMap(Track::id, Track::primaryArtistId));
        Map<String, Map<String, Integer>> plays = new HashMap<>();
        for (ListenEvent e : out.listens) {
            if (e.itemKind() == ItemKind.TRACK) {
                plays.computeIfAbsent(e.userId(), k -> new HashMap<>()).merge(artistOf.get(e.itemId()), 1, Integer::sum);
            }
        }
        double sum = 0;
        int users = 0;
        int strong = 0;
        for (Map.Entry<String, Map<String, Long>> u : real.entrySet()) {
            List<String> artists = new ArrayList<>(u.getValue().keySet());
            double[] w = artists.stream().mapToDouble(a -> u.getValue().get(a)).toArray();
            double[] p = artists.stream().mapToDouble(a -> plays.get(u.getKey()).getOrDefault(a, 0)).toArray();
            double rho = Spearman.of(w, p);
            sum += rho;
            users++;
            if (rho > 0.5) strong++;
        }
        assertThat(sum / users).isGreaterThan(0.5);
        assertThat((double) strong / users).isGreaterThan(0.9);
    }

    @Test
    void listenTotalsFollowTheDocumentedBudget() {
        long pairs = data.counts.size();
        long trackListens = out.listens.stream().filter(e -> e.itemKind() == ItemKind.TRACK).count();
        assertThat(trackListens).isEqualTo(Math.min(DemoCompletion.TARGET_LISTENS, 6 * pairs));
        assertThat(summary.listens()).isEqualTo(out.listens.size());
        assertThat(summary.episodeListens()).isEqualTo(out.listens.size() - trackListens).isPositive();
        assertThat(summary.tracks()).isEqualTo(out.tracks.size());
        assertThat(summary.ignoredCounts()).isZero();
    }

    @Test
    void popularArtistsGetMoreTracksWithinTheDocumentedRanges() {
        Map<String, Long> listeners = data.counts.stream().collect(Collectors.groupingBy(PlayCount::itemId, Collectors.counting()));
        Map<String, List<Track>> byArtist = out.tracks.stream().collect(Collectors.groupingBy(Track::primaryArtistId));
        Map<String, Set<String>> albumsByArtist = out.albums.stream()
                .collect(Collectors.groupingBy(a -> a.artistIds().get(0), Collectors.mapping(Album::id, Collectors.toSet())));
        assertThat(byArtist).hasSize(data.artists.size());
        for (Artist a : data.artists) {
            assertThat(byArtist.get(a.id()).size()).isBetween(3, 12);
            assertThat(albumsByArtist.get(a.id()).size()).isBetween(1, 4);
            String n = a.id().substring("lastfm:artist:".length());
            assertThat(byArtist.get(a.id())).allMatch(t -> t.id().startsWith("gen:track:" + n + ":"));
        }
        double popular = data.artists.stream().filter(a -> listeners.getOrDefault(a.id(), 0L) >= 10)
                .mapToInt(a -> byArtist.get(a.id()).size()).average().orElseThrow();
        double unknown = data.artists.stream().filter(a -> !listeners.containsKey(a.id()))
                .mapToInt(a -> byArtist.get(a.id()).size()).average().orElseThrow();
        assertThat(popular).isGreaterThan(unknown + 4);
    }

    @Test
    void skipsAreLikelierOnTheUsersLowWeightArtists() {
        Map<String, String> artistOf = out.tracks.stream().collect(Collectors.toMap(Track::id, Track::primaryArtistId));
        Map<String, Map<String, Long>> real = new HashMap<>();
        for (PlayCount c : data.counts) real.computeIfAbsent(c.userId(), k -> new HashMap<>()).put(c.itemId(), c.count());
        Map<String, Long> medians = new HashMap<>();
        real.forEach((u, m) -> medians.put(u, m.values().stream().sorted().toList().get(m.size() / 2)));
        long[] high = new long[2];
        long[] low = new long[2];
        for (ListenEvent e : out.listens) {
            if (e.itemKind() != ItemKind.TRACK) continue;
            long w = real.get(e.userId()).get(artistOf.get(e.itemId()));
            long[] bucket = w >= medians.get(e.userId()) ? high : low;
            bucket[0]++;
            if (e.skipped()) bucket[1]++;
        }
        assertThat((double) low[1] / low[0]).isGreaterThan(2.0 * high[1] / high[0]);
    }

    @Test
    void listensSpanTheLastTwoYearsAndPeakInTheLocalEvening() {
        Instant end = AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant start = end.minusSeconds(731L * 86_400);
        Map<String, java.time.ZoneId> zones = out.users.stream().collect(Collectors.toMap(User::id, u -> java.time.ZoneId.of(u.timeZone())));
        int evening = 0;
        for (ListenEvent e : out.listens) {
            assertThat(e.listenedAt()).isBetween(start, end);
            int h = e.listenedAt().atZone(zones.get(e.userId())).getHour();
            if (h >= 18) evening++;
        }
        assertThat((double) evening / out.listens.size()).isGreaterThan(0.35);
        Instant firstYearEnd = start.plusSeconds(365L * 86_400);
        assertThat(out.listens.stream().filter(e -> e.listenedAt().isBefore(firstYearEnd)).count())
                .isBetween(out.listens.size() / 4L, out.listens.size() * 3L / 4); // spread over both years
    }

    @Test
    void audioFeaturesComeFromTheArtistsTags() {
        Map<String, Artist> artists = data.artists.stream().collect(Collectors.toMap(Artist::id, a -> a));
        double[] metal = new double[2];
        double[] calm = new double[2];
        for (Track t : out.tracks) {
            List<String> tags = artists.get(t.primaryArtistId()).tags();
            if (tags.isEmpty()) continue;
            String first = tags.get(0);
            double[] acc = first.contains("metal") ? metal : first.equals("ambient") || first.equals("classical") ? calm : null;
            if (acc == null) continue;
            acc[0]++;
            acc[1] += t.audio().energy();
        }
        assertThat(metal[0]).isPositive();
        assertThat(calm[0]).isPositive();
        assertThat(metal[1] / metal[0]).isGreaterThan(calm[1] / calm[0] + 0.4);
    }

    @Test
    void friendsTendToShareACountryAndEveryoneGetsOne() {
        Map<String, String> country = out.users.stream().collect(Collectors.toMap(User::id, User::country));
        Set<String> everyone = new HashSet<>();
        data.counts.forEach(c -> everyone.add(c.userId()));
        data.friends.forEach(f -> { everyone.add(f.followerId()); everyone.add(f.targetId()); });
        assertThat(country.keySet()).isEqualTo(everyone);
        long same = data.friends.stream().filter(f -> country.get(f.followerId()).equals(country.get(f.targetId()))).count();
        assertThat((double) same / data.friends.size()).isGreaterThan(0.2); // measured 0.28; by chance alone about 0.08
    }

    @Test
    void aFewAlbumsAreFreshForReleaseRadar() {
        long recent = out.albums.stream().filter(a -> !a.releaseDate().isBefore(AS_OF.minusDays(14)) && !a.releaseDate().isAfter(AS_OF)).count();
        assertThat(recent).isBetween(1L, out.albums.size() / 20L);
        assertThat(out.albums).allMatch(a -> !a.releaseDate().isAfter(AS_OF));
    }

    @Test
    void countsItCannotUseAreIgnoredAndCounted() {
        List<PlayCount> counts = new ArrayList<>(data.counts.subList(0, 50));
        counts.add(new PlayCount("lastfm:user:2", ItemKind.ARTIST, "lastfm:artist:999999", 10, "hetrec2011"));
        counts.add(new PlayCount("lastfm:user:2", ItemKind.TRACK, "lastfm:artist:1", 10, "hetrec2011"));
        RecordingSink sink = new RecordingSink();
        DemoSummary s = DemoCompletion.complete(data.artists, counts, List.of(), 7, AS_OF, sink);
        assertThat(s.ignoredCounts()).isEqualTo(2);
        assertThat(sink.listens).noneMatch(e -> e.itemId().contains("999999"));
    }
}
