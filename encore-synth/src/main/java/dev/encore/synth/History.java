package dev.encore.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One listener's plays per track, from which follows and feedback are derived. */
final class History {
    static final class Plays {
        final int track;
        int plays;
        int full;
        int skips;
        boolean mismatch;
        long lastEpochSecond;

        Plays(int track) {
            this.track = track;
        }
    }

    private final Map<Integer, Plays> byTrack = new HashMap<>();

    void played(int track, boolean skipped, boolean mismatch, long at) {
        Plays p = byTrack.computeIfAbsent(track, Plays::new);
        p.plays++;
        if (skipped) p.skips++; else p.full++;
        p.mismatch = mismatch;
        p.lastEpochSecond = Math.max(p.lastEpochSecond, at);
    }

    /** Tracks by full plays, most first, ties by track index (a fixed order, whatever the map's). */
    List<Plays> byFullPlays() {
        Plays[] all = byTrack.values().toArray(Plays[]::new);
        Arrays.sort(all, (a, b) -> a.full != b.full ? Integer.compare(b.full, a.full) : Integer.compare(a.track, b.track));
        return new ArrayList<>(Arrays.asList(all));
    }
}
