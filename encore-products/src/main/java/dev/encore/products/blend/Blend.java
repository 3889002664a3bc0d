package dev.encore.products.blend;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.Periods;
import dev.encore.products.TasteControls;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blend: one shared playlist for 2-10 listeners. Tracks that several members play come first (most members, then
 * the best weakest-member weight), up to {@code maxOverlapShare} of the playlist; the rest is dealt round-robin, one
 * track per member per round from each member's favourites, so every member contributes equally. Nothing any member
 * hid is served. The taste match (0-100) is the mean pairwise {@link MemberTaste#match}. Members are sorted, and the
 * favourites' order and the dealing order are seeded by hash(members, day): the same all day in {@code zone}, for
 * the same members in any order, refreshed daily.
 */
public final class Blend {
    public static final String PRODUCT = "blend";
    private final Catalog catalog;
    private final ListeningHistory history;
    private final TasteControls.Source controls;
    private final BlendConfig config;

    /** A blend playlist, its taste match and how many tracks each member's favourites gave ("shared" for overlap). */
    public record Result(Playlist playlist, int tasteMatch, List<String> members, Map<String, Integer> contributions) {}

    public Blend(Catalog catalog, ListeningHistory history, TasteControls.Source controls, BlendConfig config) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.controls = Objects.requireNonNull(controls, "controls");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The members' blend of today in {@code zone}; throws with what to fix when there are not 2-10 distinct members. */
    public Result generate(List<String> memberIds, ZoneId zone, Instant now) {
        List<String> members = validate(memberIds);
        String day = Periods.day(now, zone);
        long seed = Periods.seed(String.join("+", members), day, PRODUCT);
        Instant dayStart = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        Set<String> hiddenTracks = new HashSet<>(), hiddenArtists = new HashSet<>();
        Map<String, MemberTaste> tastes = new LinkedHashMap<>();
        for (String m : members) {
            TasteControls c = controls.of(m);
            hiddenTracks.addAll(c.hiddenTracks());
            hiddenArtists.addAll(c.hiddenArtists());
            tastes.put(m, MemberTaste.of(m, history.listens(m, dayStart.minus(Duration.ofDays(config.lookbackDays())), dayStart), c, catalog));
        }
        TasteControls hidden = new TasteControls(hiddenTracks, hiddenArtists, Set.of());
        List<PlaylistItem> items = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Map<String, Integer> perArtist = new HashMap<>(), contributions = new LinkedHashMap<>();
        contributions.put("shared", 0);
        for (String m : members) contributions.put(m, 0);
        int maxShared = (int) Math.floor(config.size() * config.maxOverlapShare());
        for (Shared s : shared(tastes)) {
            if (contributions.get("shared") >= maxShared) break;
            if (add(s.track, "in the rotation of " + names(s.members), config.perArtist(), hidden, taken, perArtist, items)) contributions.merge("shared", 1, Integer::sum);
        }
        List<String> order = new ArrayList<>(members);
        order.sort(Comparator.comparingDouble((String m) -> Periods.unit(seed, m)).thenComparing(m -> m));
        Map<String, List<String>> pools = new HashMap<>();
        for (String m : order) pools.put(m, favourites(tastes.get(m), seed));
        // the artist cap keeps variety; members with few artists would leave the blend short, so a second pass lifts it
        for (int cap : new int[]{config.perArtist(), Integer.MAX_VALUE}) deal(order, pools, cap, hidden, taken, perArtist, items, contributions);
        int match = tasteMatch(new ArrayList<>(tastes.values()));
        Playlist p = new Playlist(PRODUCT + ":" + String.join("+", members) + ":" + day, members.get(0),
                "Blend: " + names(members), match + "% taste match; shared favourites first, then each member in turn ("
                + day + ", seed " + Long.toHexString(seed) + ")", PlaylistKind.GENERATED, day, items, "encore-products");
        return new Result(p, match, members, contributions);
    }

    private static List<String> validate(List<String> memberIds) {
        if (memberIds == null) throw new IllegalArgumentException("a blend needs 2 to 10 listener ids, got none");
        TreeSet<String> distinct = new TreeSet<>();
        for (String m : memberIds) {
            if (m == null || m.isBlank()) throw new IllegalArgumentException("blend member ids must not be blank: " + memberIds);
            distinct.add(m.trim());
        }
        if (distinct.size() < BlendConfig.MIN_MEMBERS || distinct.size() > BlendConfig.MAX_MEMBERS)
            throw new IllegalArgumentException("a blend needs " + BlendConfig.MIN_MEMBERS + " to " + BlendConfig.MAX_MEMBERS
                    + " distinct listeners, got " + distinct.size() + " " + distinct);
        return List.copyOf(distinct);
    }

    /** Deals round-robin: each member in turn adds their next favourite not yet taken, until full or all pools run dry. */
    private void deal(List<String> order, Map<String, List<String>> pools, int cap, TasteControls hidden, Set<String> taken,
                      Map<String, Integer> perArtist, List<PlaylistItem> items, Map<String, Integer> contributions) {
        Map<String, Integer> next = new HashMap<>();
        boolean progress = true;
        while (items.size() < config.size() && progress) {
            progress = false;
            List<String> round = new ArrayList<>(order);      // whoever is behind (ran dry under the cap) goes first
            round.sort(Comparator.comparingInt(contributions::get));
            for (String m : round) {
                if (items.size() >= config.size()) break;
                List<String> pool = pools.get(m);
                int i = next.getOrDefault(m, 0);
                while (i < pool.size() && !add(pool.get(i), "from " + m + "'s favourites", cap, hidden, taken, perArtist, items)) i++;
                if (i < pool.size()) {
                    contributions.merge(m, 1, Integer::sum);
                    progress = true;
                    i++;
                }
                next.put(m, i);
            }
        }
    }

    private record Shared(String track, List<String> members, double weakest) {}

    /** Tracks played by 2+ members: most members first, then the highest weight of the member who plays it least. */
    private static List<Shared> shared(Map<String, MemberTaste> tastes) {
        Map<String, List<String>> who = new HashMap<>();
        for (MemberTaste t : tastes.values()) for (String track : t.tracks().keySet()) who.computeIfAbsent(track, k -> new ArrayList<>()).add(t.userId());
        List<Shared> out = new ArrayList<>();
        who.forEach((track, ms) -> {
            if (ms.size() < 2) return;
            double weakest = ms.stream().mapToDouble(m -> tastes.get(m).tracks().get(track)).min().orElse(0);
            out.add(new Shared(track, ms, weakest));
        });
        out.sort(Comparator.comparingInt((Shared s) -> -s.members.size()).thenComparingDouble(s -> -s.weakest).thenComparing(s -> s.track));
        return out;
    }

    /** The member's most played tracks, lightly shuffled by the day's seed so the blend refreshes daily. */
    private List<String> favourites(MemberTaste t, long seed) {
        List<String> ids = new ArrayList<>(t.tracks().keySet());
        ids.sort(Comparator.comparingDouble((String id) -> -t.tracks().get(id) * (1 + 0.5 * Periods.unit(seed, t.userId() + id)))
                .thenComparing(id -> id));
        return ids.size() > config.poolPerMember() ? ids.subList(0, config.poolPerMember()) : ids;
    }

    private boolean add(String track, String reason, int cap, TasteControls hidden, Set<String> taken, Map<String, Integer> perArtist, List<PlaylistItem> items) {
        if (taken.contains(track)) return false;
        Track t = catalog.track(track);
        String artist = t == null ? null : t.primaryArtistId();
        if (!hidden.allows(track, artist)) return false;
        if (artist != null && perArtist.getOrDefault(artist, 0) >= cap) return false;
        if (artist != null) perArtist.merge(artist, 1, Integer::sum);
        taken.add(track);
        items.add(new PlaylistItem(ItemKind.TRACK, track, reason));
        return true;
    }

    static int tasteMatch(List<MemberTaste> tastes) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < tastes.size(); i++) {
            for (int j = i + 1; j < tastes.size(); j++) {
                sum += MemberTaste.match(tastes.get(i), tastes.get(j));
                pairs++;
            }
        }
        return pairs == 0 ? 0 : (int) Math.round(Math.max(0, Math.min(1, sum / pairs)) * 100);
    }

    private static String names(List<String> members) {
        if (members.size() == 1) return members.get(0);
        return String.join(", ", members.subList(0, members.size() - 1)) + " and " + members.get(members.size() - 1);
    }
}
