package dev.encore.synth;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlayCount;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A small stand-in for HetRec Last.fm 2K with its shape: tagged artists (some untagged), users with 5–50
 * artists and heavy-tailed play counts (a few artists popular with many users), symmetric friendships.
 */
final class HetrecLikeFixture {
    static final List<String> TAGS = List.of("metal", "heavy metal", "ambient", "classical", "hip hop", "rap", "indie",
            "rock", "seen live", "electronic", "jazz", "pop", "female vocalists", "80s");

    final List<Artist> artists = new ArrayList<>();
    final List<PlayCount> counts = new ArrayList<>();
    final List<Follow> friends = new ArrayList<>();

    HetrecLikeFixture(int artistCount, int userCount, long seed) {
        Random r = new Random(seed);
        for (int a = 1; a <= artistCount; a++) {
            List<String> tags = new ArrayList<>();
            if (r.nextDouble() > 0.15) {
                int n = 1 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    String t = TAGS.get(r.nextInt(TAGS.size()));
                    if (!tags.contains(t)) tags.add(t);
                }
            }
            artists.add(new Artist("lastfm:artist:" + a, "Artist " + a, tags, null, "hetrec2011"));
        }
        for (int u = 2; u < userCount + 2; u++) {
            int n = 5 + r.nextInt(46);
            Set<Integer> chosen = new HashSet<>();
            while (chosen.size() < n) {
                // popular artists (low numbers) are chosen far more often, like Last.fm's head
                int a = 1 + (int) Math.min(artistCount - 1, Math.floor(artistCount * Math.pow(r.nextDouble(), 3)));
                chosen.add(a);
            }
            for (int a : chosen) {
                long weight = 1 + (long) (50 / Math.pow(1 - r.nextDouble(), 1.2)); // Pareto-like, 50 .. 100k
                counts.add(new PlayCount("lastfm:user:" + u, ItemKind.ARTIST, "lastfm:artist:" + a, weight, "hetrec2011"));
            }
        }
        for (int i = 0; i < userCount * 3; i++) {
            int u = 2 + r.nextInt(userCount);
            int v = 2 + r.nextInt(userCount);
            if (u == v) continue;
            friends.add(new Follow("lastfm:user:" + u, ItemKind.USER, "lastfm:user:" + v));
            friends.add(new Follow("lastfm:user:" + v, ItemKind.USER, "lastfm:user:" + u));
        }
    }
}
