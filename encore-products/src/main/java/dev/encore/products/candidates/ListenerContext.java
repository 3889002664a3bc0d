package dev.encore.products.candidates;

import dev.encore.core.domain.Track;
import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.UserQuery;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.TasteModel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Everything candidate sources need about one listener at one moment: the taste query (their interactions minus
 * what they excluded from taste), what they have heard (all time, also after the model was trained), what they
 * hid, the artists they already know, and their strongest items as seeds.
 */
public final class ListenerContext {
    private final String userId;
    private final TasteModel taste;
    private final Catalog catalog;
    private final TasteControls controls;
    private final UserQuery query;
    private final BitSet blocked;
    private final Set<String> knownArtists;
    private final int[] seeds;
    private final LocalDate today;

    private ListenerContext(String userId, TasteModel taste, Catalog catalog, TasteControls controls, UserQuery query,
                            BitSet blocked, Set<String> knownArtists, int[] seeds, LocalDate today) {
        this.userId = userId;
        this.taste = taste;
        this.catalog = catalog;
        this.controls = controls;
        this.query = query;
        this.blocked = blocked;
        this.knownArtists = knownArtists;
        this.seeds = seeds;
        this.today = today;
    }

    /** Builds the context; {@code seedCount} strongest taste items become seeds for similar-item sources. */
    public static ListenerContext of(String userId, TasteModel taste, Catalog catalog, ListeningHistory history,
                                     TasteControls controls, LocalDate today, int seedCount) {
        IdMap items = taste.bundle().interactions().items();
        InteractionMatrix m = taste.bundle().interactions().matrix();
        int user = taste.bundle().interactions().users().indexOf(userId);
        BitSet blocked = new BitSet(items.size());
        Set<String> known = new HashSet<>();
        int[] qi = new int[0];
        float[] qw = new float[0];
        if (user >= 0) {
            int s = m.rowStart(user), e = m.rowEnd(user), n = 0;
            qi = new int[e - s];
            qw = new float[e - s];
            for (int p = s; p < e; p++) {
                int item = m.indices()[p];
                blocked.set(item);
                addArtists(catalog, items.id(item), known);
                if (controls.excludedFromTaste().contains(items.id(item))) continue;
                qi[n] = item;
                qw[n++] = m.values()[p];
            }
            qi = Arrays.copyOf(qi, n);
            qw = Arrays.copyOf(qw, n);
        }
        for (String heard : history.heardTracks(userId)) {
            int item = items.indexOf(heard);
            if (item >= 0 && !blocked.get(item)) {
                blocked.set(item);
                addArtists(catalog, heard, known);
            }
        }
        for (String hidden : controls.hiddenTracks()) {
            int item = items.indexOf(hidden);
            if (item >= 0) blocked.set(item);
        }
        // a row trimmed by taste exclusions must be folded in, not read from the model's stored user factors
        UserQuery query = new UserQuery(user >= 0 && qi.length == m.rowNnz(user) ? user : -1, qi, qw);
        return new ListenerContext(userId, taste, catalog, controls, query, blocked, known, strongest(qi, qw, seedCount), today);
    }

    private static void addArtists(Catalog catalog, String trackId, Set<String> out) {
        Track t = catalog.track(trackId);
        if (t != null) out.addAll(t.artistIds());
    }

    /** The {@code k} items with the largest weights, heaviest first, ties by lower index. */
    private static int[] strongest(int[] items, float[] weights, int k) {
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Float.compare(weights[b], weights[a]) : Integer.compare(items[a], items[b]));
        int[] out = new int[Math.min(k, items.length)];
        for (int i = 0; i < out.length; i++) out[i] = items[order[i]];
        return out;
    }

    public String userId() { return userId; }
    public TasteModel taste() { return taste; }
    public Catalog catalog() { return catalog; }
    public TasteControls controls() { return controls; }
    /** The taste query: a known user (-1 when excluded items changed the row, so the model folds in) and items. */
    public UserQuery query() { return query; }
    public Set<String> knownArtists() { return knownArtists; }
    public int[] seeds() { return seeds.clone(); }
    public LocalDate today() { return today; }

    /**
     * Blocks more items for this request (e.g. tracks of recent editions), so model scans skip them instead of
     * fetching extra candidates to make up for them. Contexts are per request: do not share one across threads.
     */
    public void alsoBlock(Iterable<Integer> items) {
        for (int i : items) blocked.set(i);
    }

    /** True when the item may never be served: heard, hidden or blocked for this request. */
    public boolean blocked(int item) { return blocked.get(item); }

    /** A cheap filter for model scans: rejects heard and hidden tracks. */
    public ItemFilter filter() { return ItemFilter.excluding(blocked); }

    /** The track behind a dense item, or null when the catalog lacks it. */
    public Track track(int item) { return catalog.track(taste.bundle().itemId(item)); }

    /** "Title by Artist" (or the id) for reasons. */
    public String describe(int item) {
        Track t = track(item);
        if (t == null) return taste.bundle().itemId(item);
        return t.artistIds().isEmpty() ? t.title() : t.title() + " by " + catalog.artistName(t.primaryArtistId());
    }

    /** The primary artist's display name of an item, or its id. */
    public String artistOf(int item) {
        Track t = track(item);
        return t == null || t.primaryArtistId() == null ? taste.bundle().itemId(item) : catalog.artistName(t.primaryArtistId());
    }
}
