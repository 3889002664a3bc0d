package dev.encore.products.prompt;

import dev.encore.core.domain.Track;
import dev.encore.products.mixes.FlowOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the playlist for interpreted constraints. Candidates are the tracks of the asked tags and artists (and the
 * listener's top artists / recommendations for {@code stats:} / {@code recs:}); hard constraints filter them; each is
 * scored tag-match (plus seed-artist weight) × the listener's taste × popularity, shaped by the mode. Then at most
 * {@link #CAP} tracks per artist ({@link #SEED_CAP} for asked artists, each of which gets at least one track when it
 * has one that passes), filled to the asked length (a duration within {@link #TOLERANCE}) and put in flow order.
 * Deterministic: ties break on track id.
 */
public final class PlaylistBuilder {
    static final int CAP = 2, SEED_CAP = 4, DEFAULT_COUNT = 25, TASTE_POOL = 3000;
    static final double TOLERANCE = 0.05;
    private final PromptIndex index;
    private final ListenerTaste taste;

    public PlaylistBuilder(PromptIndex index, ListenerTaste taste) {
        this.index = index;
        this.taste = taste == null ? ListenerTaste.NONE : taste;
    }

    public PromptPlaylist build(Constraints c, String userId, String path, List<String> notesIn) {
        List<String> notes = new ArrayList<>(notesIn);
        Map<String, Double> top = userId == null ? Map.of() : taste.topArtists(userId, 200);
        Map<String, Double> statsRank = c.statsUser() ? rank(new ArrayList<>(top.keySet()).subList(0, Math.min(30, top.size()))) : Map.of();
        Map<String, Double> recsRank = c.recsUser() && userId != null ? rank(taste.recommended(userId, 300)) : Map.of();
        Set<Integer> pool = candidates(c, statsRank, recsRank, userId, top);
        Scoring scoring = new Scoring(index, c, statsRank, recsRank, top.keySet());
        List<Scoring.Scored> scored = new ArrayList<>();
        for (int i : pool) if (passes(c, i)) scored.add(scoring.relevance(i));
        scored.sort(Comparator.comparingDouble(Scoring.Scored::prior).reversed().thenComparing(s -> index.track(s.index()).id()));
        if (scored.size() > TASTE_POOL) scored = new ArrayList<>(scored.subList(0, TASTE_POOL));
        Map<String, Double> prefs = userId == null ? Map.of() : taste.scores(userId, scored.stream().map(s -> index.track(s.index()).id()).toList());
        List<Scoring.Scored> ranked = new ArrayList<>();
        for (Scoring.Scored s : scored) ranked.add(scoring.withTaste(s, prefs.get(index.track(s.index()).id())));
        ranked.sort(Comparator.comparingDouble(Scoring.Scored::score).reversed().thenComparing(s -> index.track(s.index()).id()));

        List<Scoring.Scored> picked = select(ranked, c, notes);
        List<Scoring.Scored> ordered = FlowOrder.order(picked, s -> index.track(s.index()).audio());
        List<PromptTrack> tracks = new ArrayList<>();
        long total = 0;
        for (Scoring.Scored s : ordered) {
            Track t = index.track(s.index());
            total += t.durationMs();
            tracks.add(new PromptTrack(t.id(), t.title(), t.primaryArtistId(), index.artistName(t.primaryArtistId()), t.durationMs(),
                    t.releaseDate() == null ? 0 : t.releaseDate().getYear(), t.explicit(), index.tags(s.index()), scoring.reason(s, prefs.containsKey(t.id()))));
        }
        if (tracks.isEmpty()) notes.add("no track in the catalog passes every constraint; loosen one (years, energy, exclusions)");
        boolean personal = !prefs.isEmpty() || !statsRank.isEmpty() || !recsRank.isEmpty();
        return new PromptPlaylist(Describe.title(c, index), Describe.description(c, index, total, tracks.size(), personal), tracks, c,
                Describe.chips(c, index), total, c.refresh(), path, notes);
    }

    private Set<Integer> candidates(Constraints c, Map<String, Double> stats, Map<String, Double> recs, String userId, Map<String, Double> top) {
        Set<Integer> pool = new LinkedHashSet<>();
        for (String t : c.tags().keySet()) pool.addAll(index.tracksWithTag(t));
        for (String a : c.artists().keySet()) pool.addAll(index.tracksBy(a));
        for (String a : stats.keySet()) pool.addAll(index.tracksBy(a));
        for (String id : recs.keySet()) if (index.indexOf(id) >= 0) pool.add(index.indexOf(id));
        if (pool.isEmpty() && c.tags().isEmpty() && c.artists().isEmpty()) {
            if (userId != null && !top.isEmpty()) {          // only constraints: the listener's own world
                for (String a : top.keySet()) pool.addAll(index.tracksBy(a));
                for (String id : taste.recommended(userId, 300)) if (index.indexOf(id) >= 0) pool.add(index.indexOf(id));
            } else {
                for (int i = 0; i < index.size(); i++) pool.add(i);
            }
        }
        return pool;
    }

    private boolean passes(Constraints c, int i) {
        Track t = index.track(i);
        if (c.clean() && t.explicit()) return false;
        if (t.primaryArtistId() != null && c.excludedArtists().contains(t.primaryArtistId())) return false;
        if (c.avoidTracks().contains(t.id())) return false;
        for (String ex : c.excludedTags()) if (index.tags(i).contains(ex)) return false;
        if (!c.yearAccepts(t.releaseDate() == null ? 0 : t.releaseDate().getYear())) return false;
        return c.energy().accepts(t.audio());
    }

    /** Seed artists first (their best track each), then by score under the artist caps, until the length is reached. */
    private List<Scoring.Scored> select(List<Scoring.Scored> ranked, Constraints c, List<String> notes) {
        long target = c.durationMs();
        int count = c.count() > 0 ? c.count() : target > 0 ? Integer.MAX_VALUE : DEFAULT_COUNT;
        long max = target > 0 ? Math.round(target * (1 + TOLERANCE * 0.8)) : Long.MAX_VALUE;
        List<Scoring.Scored> out = new ArrayList<>();
        Map<String, Integer> perArtist = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        long[] total = {0};
        for (String a : c.artists().keySet()) {
            Scoring.Scored best = ranked.stream().filter(s -> a.equals(index.track(s.index()).primaryArtistId())).findFirst().orElse(null);
            if (best == null) {
                notes.add("no track by " + index.artistName(a) + " passes the other constraints");
                continue;
            }
            if (out.size() < count && add(best, out, perArtist, taken, total, max)) continue;
        }
        for (Scoring.Scored s : ranked) {
            if (out.size() >= count || (target > 0 && total[0] >= target * (1 - TOLERANCE * 0.3))) break;
            if (taken.contains(s.index())) continue;
            String artist = index.track(s.index()).primaryArtistId();
            int cap = c.artists().containsKey(artist) ? SEED_CAP : c.mode() == Mode.EASY ? CAP + 1 : CAP;
            if (perArtist.getOrDefault(artist, 0) >= cap) continue;
            add(s, out, perArtist, taken, total, max);
        }
        if (target > 0 && total[0] < target * (1 - TOLERANCE))
            notes.add("only " + Describe.length(total[0]) + " of the asked " + Describe.length(target) + " fit every constraint");
        else if (c.count() > 0 && out.size() < c.count())
            notes.add("only " + out.size() + " of the asked " + c.count() + " songs fit every constraint");
        return out;
    }

    private boolean add(Scoring.Scored s, List<Scoring.Scored> out, Map<String, Integer> perArtist, Set<Integer> taken, long[] total, long max) {
        int d = index.track(s.index()).durationMs();
        if (total[0] + d > max) return false;
        out.add(s);
        taken.add(s.index());
        perArtist.merge(index.track(s.index()).primaryArtistId(), 1, Integer::sum);
        total[0] += d;
        return true;
    }

    /** Rank-based weights in (0, 1]: the first is 1, the last near 0. */
    private static Map<String, Double> rank(List<String> ids) {
        Map<String, Double> out = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) out.putIfAbsent(ids.get(k), 1.0 - (double) k / ids.size());
        return out;
    }
}
