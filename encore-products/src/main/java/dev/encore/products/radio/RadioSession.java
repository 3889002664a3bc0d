package dev.encore.products.radio;

import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.Track;
import dev.encore.ml.topk.TopK;
import dev.encore.products.candidates.ListenerContext;
import dev.encore.products.mixes.FlowOrder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * One listener's radio: a unit query vector in item-factor space that {@link #next} follows and {@link #feedback}
 * steers (Rocchio: a like adds {@code LIKE_STEP} of the track's direction, a skip subtracts {@code SKIP_STEP}, then
 * renormalises), so later tracks measurably move towards likes and away from skips. Rules: never the same track twice
 * in a session, never an artist twice within {@code ARTIST_GAP} tracks, hidden tracks/artists never, and where audio
 * features exist each next track trades {@code smoothness} x (audio distance from the last track) of cosine similarity
 * for a smooth tempo/energy step. Thread-safe.
 */
public final class RadioSession {
    public enum Signal { SKIP, LIKE }

    static final double LIKE_STEP = 0.5, SKIP_STEP = 0.5;
    static final int ARTIST_GAP = 5, POOL = 200;
    private final String id;
    private final FactorSpace space;
    private final ListenerContext listener;
    private final String seedName;
    private final float[] query;
    private final double smoothness;
    private final BitSet played = new BitSet();
    private final BitSet hidden;
    private final Deque<String> recentArtists = new ArrayDeque<>();
    private Track last;
    private int feedbackCount;

    RadioSession(String id, FactorSpace space, ListenerContext listener, float[] direction, String seedName, double smoothness) {
        this.smoothness = smoothness;
        this.id = id;
        this.space = space;
        this.listener = listener;
        this.query = direction;
        this.seedName = seedName;
        this.hidden = hidden(listener, space.items);
    }

    public String id() {
        return id;
    }

    public String userId() {
        return listener.userId();
    }

    /** The next {@code n} tracks (1..100), each with a reason. */
    public synchronized List<PlaylistItem> next(int n) {
        if (n < 1 || n > 100) throw new IllegalArgumentException("n must be in [1, 100] tracks, got " + n);
        List<int[]> pool = pool();                              // {item} best first
        List<PlaylistItem> out = new ArrayList<>(n);
        while (out.size() < n) {
            int pick = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int[] c : pool) {
                int item = c[0];
                if (played.get(item)) continue;
                Track t = listener.track(item);
                if (t != null && recentArtists.contains(t.primaryArtistId())) continue;
                double s = space.cosine(query, item) - smoothness * step(t);
                if (s > best) { best = s; pick = item; }
            }
            if (pick < 0) break;                                // pool exhausted (tiny catalogs)
            play(pick);
            String reason = feedbackCount == 0 ? "radio from " + seedName : "radio from " + seedName + ", tuned by your likes and skips";
            out.add(new PlaylistItem(ItemKind.TRACK, listener.taste().bundle().itemId(pick), reason));
        }
        return out;
    }

    /** Steers the session: a like moves it towards the track's direction, a skip away from it. */
    public synchronized void feedback(String trackId, Signal signal) {
        int item = listener.taste().bundle().interactions().items().indexOf(trackId);
        if (item < 0) throw new IllegalArgumentException("feedback for track '" + trackId + "' which the current model does not know");
        float[] f = space.item(item);
        double step = signal == Signal.LIKE ? LIKE_STEP : -SKIP_STEP;
        for (int d = 0; d < query.length; d++) query[d] += (float) (step * f[d]);
        FactorSpace.normalise(query, 0, query.length);
        feedbackCount++;
    }

    /** A copy of the current direction (for tests and diagnostics). */
    public synchronized float[] direction() {
        return query.clone();
    }

    private List<int[]> pool() {
        TopK top = new TopK(Math.min(POOL, space.items));
        for (int i = 0; i < space.items; i++) {
            if (!played.get(i) && !hidden.get(i)) top.offer(i, (float) space.cosine(query, i));
        }
        List<int[]> out = new ArrayList<>();
        for (int item : top.drainItems(new float[top.size()])) out.add(new int[] {item});
        return out;
    }

    /** Radio plays familiar tracks too: only hidden tracks and tracks of hidden artists are blocked. */
    private static BitSet hidden(ListenerContext l, int items) {
        BitSet out = new BitSet(items);
        if (l.controls().hiddenTracks().isEmpty() && l.controls().hiddenArtists().isEmpty()) return out;
        for (int i = 0; i < items; i++) {
            Track t = l.track(i);
            if (t != null && (l.controls().hiddenTracks().contains(t.id())
                    || t.artistIds().stream().anyMatch(l.controls().hiddenArtists()::contains))) out.set(i);
        }
        return out;
    }

    private double step(Track next) {
        AudioFeatures a = last == null ? null : last.audio(), b = next == null ? null : next.audio();
        return a == null || b == null ? 0 : FlowOrder.distance(a, b);
    }

    private void play(int item) {
        played.set(item);
        last = listener.track(item);
        if (last != null && last.primaryArtistId() != null) {
            recentArtists.addLast(last.primaryArtistId());
            while (recentArtists.size() > ARTIST_GAP - 1) recentArtists.removeFirst();
        }
    }
}
