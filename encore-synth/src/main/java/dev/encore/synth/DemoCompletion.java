package dev.encore.synth;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Completes the bundled demo data (HetRec 2011 Last.fm 2K: artists with tags, user–artist play counts, friends)
 * with what it lacks, all marked {@code source = "generated"}: albums and tracks per artist
 * ({@link DemoCatalog}), a handful of podcasts, each user's country and time zone (friends tend to share a
 * country), and timestamped listens over the two years before {@code asOf} whose per-artist counts follow the
 * real weights ({@link DemoListens}). The real records are not re-emitted: import them first, then add these.
 *
 * <p>About 0.5M listens for the full data set: {@code min(500,000, 6 × pairs)} but at least one per
 * (user, artist) pair, shared among users in proportion to the square root of their total weight.
 * The output depends only on the inputs (as sets: their order does not matter), the seed and {@code asOf}.
 */
public final class DemoCompletion {
    public static final int TARGET_LISTENS = 500_000;
    static final int LISTENS_PER_PAIR = 6;
    static final int SHOWS = 8;

    private DemoCompletion() {}

    /**
     * As {@link #complete(List, List, List, long, LocalDate, RecordSink)} with the fixed
     * {@link WorldSpec#DEFAULT_AS_OF}; a live demo should pass today's date so recent releases and listens are recent.
     */
    public static DemoSummary complete(List<Artist> artists, List<PlayCount> userArtistCounts, List<Follow> friends, long seed,
                                       RecordSink out) {
        return complete(artists, userArtistCounts, friends, seed, WorldSpec.DEFAULT_AS_OF, out);
    }

    /**
     * Emits albums, tracks, shows, episodes, users and listens to {@code out}, in that order, flushing after each kind.
     *
     * @param userArtistCounts  play counts with item kind artist (others are ignored and counted in the summary)
     * @param friends           user → user follows; users who appear only here still get a country and time zone
     * @param asOf              "today": listens end before it, a few albums come out in the 14 days before it
     */
    public static DemoSummary complete(List<Artist> artists, List<PlayCount> userArtistCounts, List<Follow> friends, long seed,
                                       LocalDate asOf, RecordSink out) {
        Objects.requireNonNull(artists, "artists");
        Objects.requireNonNull(userArtistCounts, "userArtistCounts");
        Objects.requireNonNull(friends, "friends");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(out, "out");

        TreeMap<String, Artist> byId = new TreeMap<>();
        for (Artist a : artists) byId.putIfAbsent(a.id(), a);
        List<Artist> sorted = new ArrayList<>(byId.values());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) index.put(sorted.get(i).id(), i);

        // user -> artist index -> summed weight, both sorted so the output does not depend on input order
        TreeMap<String, TreeMap<Integer, Long>> weights = new TreeMap<>();
        long ignored = 0;
        for (PlayCount c : userArtistCounts) {
            Integer a = c.itemKind() == ItemKind.ARTIST ? index.get(c.itemId()) : null;
            if (a == null) {
                ignored++;
                continue;
            }
            weights.computeIfAbsent(c.userId(), k -> new TreeMap<>()).merge(a, c.count(), Long::sum);
        }
        int[] listeners = new int[sorted.size()];
        for (TreeMap<Integer, Long> m : weights.values()) for (int a : m.keySet()) listeners[a]++;

        DemoCatalog catalog = new DemoCatalog(sorted, listeners, seed, asOf);
        catalog.emit(out);
        PodcastCatalog pods = new PodcastCatalog(SHOWS, seed, asOf, "gen:");
        pods.emit(out);
        out.flush();

        Map<String, Places.Place> places = users(weights.keySet(), friends, seed, asOf, out);
        out.flush();

        DemoListens listens = new DemoListens(catalog, seed, asOf.toEpochDay());
        int[] totals = listensPerUser(weights);
        long trackListens = 0;
        long episodeListens = 0;
        int u = 0;
        for (Map.Entry<String, TreeMap<Integer, Long>> e : weights.entrySet()) {
            int[] userArtists = e.getValue().keySet().stream().mapToInt(Integer::intValue).toArray();
            long[] userWeights = e.getValue().values().stream().mapToLong(Long::longValue).toArray();
            Places.Place place = places.get(e.getKey());
            trackListens += listens.emit(e.getKey(), place, userArtists, userWeights, totals[u++], out);
            episodeListens += listens.emitPodcasts(e.getKey(), place, pods, out);
        }
        out.flush();
        return new DemoSummary(places.size(), catalog.albumCount(), catalog.trackCountTotal(), pods.showCount(), pods.episodeCount(),
                trackListens + episodeListens, episodeListens, ignored);
    }

    /** Plays per user: one per artist they listened to, plus a share of the rest by sqrt(total weight). */
    static int[] listensPerUser(TreeMap<String, TreeMap<Integer, Long>> weights) {
        long pairs = 0;
        double[] pull = new double[weights.size()];
        int[] minimum = new int[weights.size()];
        int u = 0;
        for (TreeMap<Integer, Long> m : weights.values()) {
            pairs += m.size();
            minimum[u] = m.size();
            pull[u++] = Math.sqrt(m.values().stream().mapToLong(Long::longValue).sum());
        }
        long target = Math.max(pairs, Math.min(TARGET_LISTENS, LISTENS_PER_PAIR * pairs));
        if (pull.length == 0) return new int[0];
        if (java.util.Arrays.stream(pull).allMatch(p -> p == 0)) java.util.Arrays.fill(pull, 1);
        int[] extra = Allocate.proportional(target - pairs, pull, 0);
        for (int i = 0; i < extra.length; i++) extra[i] += minimum[i];
        return extra;
    }

    /** Emits a User per id seen in counts or friends; a user copies a friend's country 60% of the time. */
    private static Map<String, Places.Place> users(Iterable<String> listeners, List<Follow> friends, long seed, LocalDate asOf,
                                                   RecordSink out) {
        TreeSet<String> ids = new TreeSet<>();
        listeners.forEach(ids::add);
        Map<String, List<String>> friendsOf = new HashMap<>();
        for (Follow f : friends) {
            if (f.targetKind() != ItemKind.USER) continue;
            ids.add(f.followerId());
            ids.add(f.targetId());
            friendsOf.computeIfAbsent(f.followerId(), k -> new ArrayList<>()).add(f.targetId());
            friendsOf.computeIfAbsent(f.targetId(), k -> new ArrayList<>()).add(f.followerId());
        }
        Map<String, Places.Place> places = new HashMap<>();
        long windowStart = (asOf.toEpochDay() - 730) * 86_400L;
        for (String id : ids) {
            SplittableRandom r = Seeds.rng(seed, Seeds.USERS, Seeds.hash(id));
            List<String> placed = new ArrayList<>(new TreeSet<>(friendsOf.getOrDefault(id, List.of())));
            placed.removeIf(f -> !places.containsKey(f));
            Places.Place place = !placed.isEmpty() && r.nextDouble() < 0.6
                    ? places.get(placed.get(r.nextInt(placed.size()))) : Places.sample(r);
            places.put(id, place);
            Instant created = Instant.ofEpochSecond(windowStart - 86_400L - r.nextLong(6L * 365 * 86_400));
            out.user(new User(id, place.country(), created, place.zone().getId(), CatalogBuilder.SOURCE));
        }
        return places;
    }
}
