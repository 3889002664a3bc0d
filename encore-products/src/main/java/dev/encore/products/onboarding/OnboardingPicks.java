package dev.encore.products.onboarding;

import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new listener picked at onboarding: artist ids and genres (tags, lower-cased). Stored as follows: an
 * artist pick follows the artist, a genre pick follows the genre's station, the playlist id {@code genre:TAG}
 * (the social graph has no tag kind), so picks survive restarts and show up wherever follows are read.
 */
public record OnboardingPicks(List<String> artists, List<String> genres) {
    public static final int MIN_PICKS = 3, MAX_PICKS = 50;
    public static final String GENRE_PREFIX = "genre:";

    public OnboardingPicks {
        artists = distinct(artists, false);
        genres = distinct(genres, true);
    }

    private static List<String> distinct(List<String> in, boolean lower) {
        Set<String> out = new LinkedHashSet<>();
        if (in != null) for (String s : in) if (s != null && !s.isBlank()) out.add(lower ? s.trim().toLowerCase(Locale.ROOT) : s.trim());
        return List.copyOf(out);
    }

    public int count() {
        return artists.size() + genres.size();
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** Throws with what to fix unless there are {@value #MIN_PICKS} to {@value #MAX_PICKS} distinct picks. */
    public void requireEnough() {
        if (count() < MIN_PICKS)
            throw new IllegalArgumentException("pick at least " + MIN_PICKS + " artists or genres in total, got " + count() + " ("
                    + artists.size() + " artists, " + genres.size() + " genres): e.g. {\"artists\":[\"a1\",\"a2\"],\"genres\":[\"jazz\"]}");
        if (count() > MAX_PICKS)
            throw new IllegalArgumentException("pick at most " + MAX_PICKS + " artists and genres in total, got " + count());
    }

    /** The follows that record these picks for {@code userId}. */
    public List<Follow> follows(String userId) {
        List<Follow> out = new ArrayList<>();
        for (String a : artists) out.add(new Follow(userId, ItemKind.ARTIST, a));
        for (String g : genres) out.add(new Follow(userId, ItemKind.PLAYLIST, GENRE_PREFIX + g));
        return out;
    }

    /** The picks recorded in a listener's follows (artists followed, genre stations followed). */
    public static OnboardingPicks fromFollows(Iterable<Follow> follows) {
        List<String> artists = new ArrayList<>(), genres = new ArrayList<>();
        for (Follow f : follows) {
            if (f.targetKind() == ItemKind.ARTIST) artists.add(f.targetId());
            else if (f.targetKind() == ItemKind.PLAYLIST && f.targetId().startsWith(GENRE_PREFIX))
                genres.add(f.targetId().substring(GENRE_PREFIX.length()));
        }
        return new OnboardingPicks(artists, genres);
    }
}
