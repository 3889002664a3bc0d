package dev.encore.synth;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns a listener's history into explicit signals: follows of the artists they play most and of a few listeners
 * sharing their main taste cluster; likes and saves of their favourites; bans of strays they skipped.
 */
final class Social {
    private final WorldCatalog cat;
    private final Listener[] listeners;
    private final int[][] clusterMembers;

    /** @param clusterMembers listener indices per main (strongest) taste cluster */
    Social(WorldCatalog cat, Listener[] listeners, int[][] clusterMembers) {
        this.cat = cat;
        this.listeners = listeners;
        this.clusterMembers = clusterMembers;
    }

    void derive(Listener u, History history, SplittableRandom r, ListenerOutput out) {
        List<History.Plays> favourites = history.byFullPlays();
        followArtists(u, favourites, r, out);
        followListeners(u, r, out);
        int liked = 0;
        for (History.Plays p : favourites) {
            if (liked < 5 && p.full >= 3 && r.nextDouble() < 0.4) {
                liked++;
                Instant at = Instant.ofEpochSecond(p.lastEpochSecond + 60);
                out.feedback.add(new Feedback(u.id, ItemKind.TRACK, cat.trackIds[p.track], FeedbackType.LIKE, at, true));
                if (r.nextDouble() < 0.3) {
                    out.feedback.add(new Feedback(u.id, ItemKind.ALBUM, cat.albumIds[cat.trackAlbum[p.track]], FeedbackType.SAVE,
                            at.plusSeconds(30), true));
                }
                if (r.nextDouble() < 0.05) { // changed their mind
                    out.feedback.add(new Feedback(u.id, ItemKind.TRACK, cat.trackIds[p.track], FeedbackType.LIKE, at.plusSeconds(3600), false));
                }
            } else if (p.skips > 0 && p.mismatch && r.nextDouble() < 0.08) {
                out.feedback.add(new Feedback(u.id, ItemKind.TRACK, cat.trackIds[p.track], FeedbackType.BAN,
                        Instant.ofEpochSecond(p.lastEpochSecond + 5), true));
            } else if (p.skips > 0 && !p.mismatch && r.nextDouble() < 0.02) {
                out.feedback.add(new Feedback(u.id, ItemKind.TRACK, cat.trackIds[p.track], FeedbackType.DISLIKE,
                        Instant.ofEpochSecond(p.lastEpochSecond + 5), true));
            }
        }
    }

    private void followArtists(Listener u, List<History.Plays> favourites, SplittableRandom r, ListenerOutput out) {
        Map<Integer, Integer> fullByArtist = new HashMap<>();
        for (History.Plays p : favourites) fullByArtist.merge(cat.trackArtist[p.track], p.full, Integer::sum);
        List<Map.Entry<Integer, Integer>> top = new ArrayList<>(fullByArtist.entrySet());
        top.sort((a, b) -> !a.getValue().equals(b.getValue()) ? Integer.compare(b.getValue(), a.getValue())
                : Integer.compare(a.getKey(), b.getKey()));
        double[] chance = {0.7, 0.5, 0.4};
        for (int i = 0; i < Math.min(3, top.size()); i++) {
            if (top.get(i).getValue() >= 3 && r.nextDouble() < chance[i]) {
                out.follows.add(new Follow(u.id, ItemKind.ARTIST, cat.artistIds[top.get(i).getKey()]));
            }
        }
    }

    private void followListeners(Listener u, SplittableRandom r, ListenerOutput out) {
        int[] peers = clusterMembers[u.clusters[0]];
        if (peers.length < 2 || r.nextDouble() >= 0.35) return;
        int want = Math.min(peers.length - 1, 1 + r.nextInt(4));
        List<Integer> chosen = new ArrayList<>(want);
        for (int attempt = 0; attempt < want * 4 && chosen.size() < want; attempt++) {
            int v = peers[r.nextInt(peers.length)];
            if (v != u.index && !chosen.contains(v)) chosen.add(v);
        }
        for (int v : chosen) out.follows.add(new Follow(u.id, ItemKind.USER, listeners[v].id));
    }
}
