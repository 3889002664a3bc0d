package dev.encore.products.podcasts;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One listener's podcast side, read from their listens: the last listen of each episode, the shows they played
 * (with play counts) and the shows they follow. Track listens are read only for {@link #lastVisit()}; they never
 * shape podcast recommendations, just as episode listens never reach music models.
 */
public final class PodcastListening {
    private final Map<String, ListenEvent> lastListen = new LinkedHashMap<>();
    private final Map<String, Integer> showPlays = new HashMap<>();
    private final Set<String> followed;
    private final Instant lastVisit;

    private PodcastListening(Set<String> followed, Instant lastVisit) {
        this.followed = followed;
        this.lastVisit = lastVisit;
    }

    /**
     * @param listens  the listener's listens (any kinds, any order); only those before {@code now} count
     * @param followed ids of the shows the listener follows
     */
    public static PodcastListening of(Collection<ListenEvent> listens, Set<String> followed, PodcastLibrary library, Instant now) {
        Instant last = null;
        List<ListenEvent> sorted = new ArrayList<>();
        for (ListenEvent e : listens) {
            if (!e.listenedAt().isBefore(now)) continue;
            if (last == null || e.listenedAt().isAfter(last)) last = e.listenedAt();
            if (e.itemKind() == ItemKind.EPISODE) sorted.add(e);
        }
        sorted.sort((a, b) -> a.listenedAt().compareTo(b.listenedAt()));
        PodcastListening p = new PodcastListening(Set.copyOf(followed), last);
        for (ListenEvent e : sorted) {
            Episode ep = library.episode(e.itemId());
            if (ep == null) continue; // an episode no longer in the catalog cannot be resumed or recommended from
            p.lastListen.remove(e.itemId()); // re-insert, so iteration order is by last listen
            p.lastListen.put(e.itemId(), e);
            p.showPlays.merge(ep.showId(), 1, Integer::sum);
        }
        return p;
    }

    /** The last listen of each played episode, oldest first. */
    public Map<String, ListenEvent> lastListens() {
        return Collections.unmodifiableMap(lastListen);
    }

    public boolean played(String episodeId) {
        return lastListen.containsKey(episodeId);
    }

    /** Shows played at least once, with how many episode listens. */
    public Map<String, Integer> showPlays() {
        return Collections.unmodifiableMap(showPlays);
    }

    public Set<String> followed() {
        return followed;
    }

    /** Played or followed shows: the listener's own. */
    public Set<String> ownShows() {
        Set<String> s = new LinkedHashSet<>(showPlays.keySet());
        s.addAll(followed);
        return s;
    }

    /** The latest of the listener's listens of any kind: when they were last here; null for a new listener. */
    public Instant lastVisit() {
        return lastVisit;
    }

    /** The most recently played episodes, newest first, at most {@code n}. */
    public List<String> recentEpisodes(int n) {
        List<String> ids = new ArrayList<>(lastListen.keySet());
        Collections.reverse(ids);
        return ids.size() > n ? ids.subList(0, n) : ids;
    }
}
