package dev.encore.products.podcasts;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The podcast catalog the podcast products read: shows, their episodes newest first, and TF-IDF vectors of their
 * text, built once per catalog version. Only what is in here can be served as a podcast, which is half of keeping
 * podcasts and music apart (the other half: music models are trained on track listens only).
 */
public final class PodcastLibrary {
    /** How many of a show's newest episodes describe the show in its text vector. */
    static final int EPISODES_PER_SHOW_TEXT = 20;

    private static final Comparator<Episode> NEWEST_FIRST = Comparator
            .comparing(Episode::releaseDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Episode::id);

    private final Map<String, Show> shows = new LinkedHashMap<>();
    private final Map<String, Episode> episodes = new LinkedHashMap<>();
    private final Map<String, List<Episode>> byShow = new HashMap<>();
    private final TextVectors.Vocabulary showText;
    private final TextVectors.Vocabulary episodeText;
    private final Map<String, TextVectors.Vector> showVectors = new HashMap<>();
    private final Map<String, TextVectors.Vector> episodeVectors = new HashMap<>();

    public PodcastLibrary(Collection<Show> shows, Collection<Episode> episodes) {
        for (Show s : shows) this.shows.put(s.id(), s);
        for (Episode e : episodes) {
            if (e.showId() == null || !this.shows.containsKey(e.showId())) continue; // an orphan cannot be shown with its show
            this.episodes.put(e.id(), e);
            byShow.computeIfAbsent(e.showId(), k -> new ArrayList<>()).add(e);
        }
        byShow.values().forEach(l -> l.sort(NEWEST_FIRST));

        Map<String, String> showDocs = new LinkedHashMap<>();
        for (Show s : this.shows.values()) showDocs.put(s.id(), showDocument(s));
        showText = TextVectors.Vocabulary.of(showDocs.values());
        showDocs.forEach((id, doc) -> showVectors.put(id, showText.vector(doc)));

        Map<String, String> epDocs = new LinkedHashMap<>();
        for (Episode e : this.episodes.values()) epDocs.put(e.id(), join(e.title(), e.description()));
        episodeText = TextVectors.Vocabulary.of(epDocs.values());
        epDocs.forEach((id, doc) -> episodeVectors.put(id, episodeText.vector(doc)));
    }

    private String showDocument(Show s) {
        StringBuilder sb = new StringBuilder(join(s.title(), s.description()));
        for (String t : s.tags()) sb.append(' ').append(t);
        List<Episode> eps = byShow.getOrDefault(s.id(), List.of());
        for (Episode e : eps.subList(0, Math.min(EPISODES_PER_SHOW_TEXT, eps.size()))) sb.append(' ').append(e.title());
        return sb.toString();
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + " " + (b == null ? "" : b);
    }

    public Show show(String id) {
        return shows.get(id);
    }

    public Episode episode(String id) {
        return episodes.get(id);
    }

    public Collection<Show> shows() {
        return shows.values();
    }

    /** The show's episodes, newest first (undated last). */
    public List<Episode> episodesOf(String showId) {
        return byShow.getOrDefault(showId, List.of());
    }

    public int episodeCount() {
        return episodes.size();
    }

    public Collection<Episode> episodes() {
        return episodes.values();
    }

    TextVectors.Vector showVector(String id) {
        return showVectors.get(id);
    }

    TextVectors.Vector episodeVector(String id) {
        return episodeVectors.get(id);
    }

    TextVectors.Vocabulary showVocabulary() {
        return showText;
    }

    TextVectors.Vocabulary episodeVocabulary() {
        return episodeText;
    }
}
