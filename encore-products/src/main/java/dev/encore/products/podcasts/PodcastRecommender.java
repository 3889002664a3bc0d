package dev.encore.products.podcasts;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Show and episode recommendations from two signals, each in [0, 1]: co-listening (the best
 * {@link ShowCoListening#similarity} to one of the listener's shows) and text (the best TF-IDF cosine to one of
 * the listener's shows, or for episodes to one of their {@link #RECENT_EPISODES} last-played episodes).
 * {@code score = coWeight x co + (1 - coWeight) x text}; the reason names whichever signal contributed more.
 * Only shows the listener neither plays nor follows are recommended, at most {@link #EPISODES_PER_SHOW}
 * episodes per show. A listener with no podcast listens gets the shows with most listeners.
 */
public final class PodcastRecommender {
    static final int RECENT_EPISODES = 20;
    static final int EPISODES_PER_SHOW = 2;

    private final PodcastLibrary library;
    private final ShowCoListening coListening;
    private final double coWeight;

    public PodcastRecommender(PodcastLibrary library, ShowCoListening coListening, double coWeight) {
        if (!(coWeight >= 0 && coWeight <= 1)) throw new IllegalArgumentException("coWeight must be in [0, 1], got " + coWeight);
        this.library = library;
        this.coListening = coListening;
        this.coWeight = coWeight;
    }

    private record Best(double score, String from) {
        static final Best NONE = new Best(0, null);
    }

    public List<PodcastPick> shows(PodcastListening listening, int k) {
        Set<String> own = listening.ownShows();
        List<PodcastPick> out = new ArrayList<>();
        for (Show s : library.shows()) {
            if (own.contains(s.id())) continue;
            PodcastPick p = own.isEmpty() ? popular(s) : scored(s, own);
            if (p != null) out.add(p);
        }
        out.sort(Comparator.comparingDouble(PodcastPick::score).reversed().thenComparing(PodcastPick::id));
        return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
    }

    private PodcastPick popular(Show s) {
        int n = coListening.listeners(s.id());
        if (n == 0) return null;
        return pick(s, n, "popular: " + n + (n == 1 ? " listener" : " listeners"));
    }

    private PodcastPick scored(Show s, Set<String> own) {
        Best co = Best.NONE, text = Best.NONE;
        TextVectors.Vector v = library.showVector(s.id());
        for (String o : own) {
            double c = coListening.similarity(o, s.id());
            if (c > co.score) co = new Best(c, o);
            double t = v.cosine(library.showVector(o));
            if (t > text.score) text = new Best(t, o);
        }
        double score = coWeight * co.score + (1 - coWeight) * text.score;
        if (score <= 0) return null;
        String reason = coWeight * co.score >= (1 - coWeight) * text.score
                ? "listeners of " + library.show(co.from).title() + " also play this"
                : "like " + library.show(text.from).title() + sharedWords(v, library.showVector(text.from), library.showVocabulary());
        return pick(s, score, reason);
    }

    private static PodcastPick pick(Show s, double score, String reason) {
        return new PodcastPick(PodcastPick.Kind.SHOW, s.id(), s.id(), s.title(), s.title(), reason, score, null, null, null, null);
    }

    /** Unplayed episodes of shows that are not the listener's own, best first, skipping {@code exclude}. */
    public List<PodcastPick> episodes(PodcastListening listening, Set<String> exclude, int k) {
        Set<String> own = listening.ownShows();
        List<String> recent = listening.recentEpisodes(RECENT_EPISODES);
        Map<String, Double> showCo = new HashMap<>();
        List<PodcastPick> all = new ArrayList<>();
        for (Episode e : library.episodes()) {
            if (own.contains(e.showId()) || listening.played(e.id()) || exclude.contains(e.id())) continue;
            double co = showCo.computeIfAbsent(e.showId(), s -> {
                double best = 0;
                for (String o : own) best = Math.max(best, coListening.similarity(o, s));
                return best;
            });
            Best text = Best.NONE;
            TextVectors.Vector v = library.episodeVector(e.id());
            for (String r : recent) {
                double t = v.cosine(library.episodeVector(r));
                if (t > text.score) text = new Best(t, r);
            }
            double score = own.isEmpty() ? coListening.listeners(e.showId()) : coWeight * co + (1 - coWeight) * text.score;
            if (score <= 0) continue;
            String showTitle = library.show(e.showId()).title();
            String reason;
            if (own.isEmpty()) reason = "from " + showTitle + ", popular with listeners";
            else if (coWeight * co >= (1 - coWeight) * text.score) reason = "from " + showTitle + ", played by listeners of your shows";
            else reason = "like \u201c" + library.episode(text.from).title() + "\u201d"
                    + sharedWords(v, library.episodeVector(text.from), library.episodeVocabulary());
            all.add(new PodcastPick(PodcastPick.Kind.EPISODE, e.id(), e.showId(), e.title(), showTitle, reason, score,
                    null, e.durationMs() > 0 ? e.durationMs() : null, e.releaseDate(), null));
        }
        all.sort(Comparator.comparingDouble(PodcastPick::score).reversed()
                .thenComparing(PodcastPick::released, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(PodcastPick::id));
        Map<String, Integer> perShow = new HashMap<>();
        List<PodcastPick> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PodcastPick p : all) {
            if (out.size() >= k) break;
            if (perShow.merge(p.showId(), 1, Integer::sum) > EPISODES_PER_SHOW || !seen.add(p.id())) continue;
            out.add(p);
        }
        return out;
    }

    private static String sharedWords(TextVectors.Vector a, TextVectors.Vector b, TextVectors.Vocabulary vocab) {
        int[] top = a.topShared(b, 3);
        if (top.length == 0) return "";
        List<String> words = new ArrayList<>();
        for (int t : top) words.add(vocab.term(t));
        return ": " + String.join(", ", words);
    }
}
