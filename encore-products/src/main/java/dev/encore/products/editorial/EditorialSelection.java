package dev.encore.products.editorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One listener's playlist from an editorial pool. With {@code S} = size (or fewer when fewer candidates may be
 * served): the editor fixes {@code F = max(round(S x fixedRatio), pins)} tracks, the pinned ones and then the
 * editor's top candidates; the other {@code S - F} are the listener's best-scoring remaining candidates. Pinned
 * tracks take their positions; every other position is filled by taste score (editor order breaks ties), so a
 * listener with no taste yet gets the editor's order. Deterministic for the same pool and scores.
 */
public final class EditorialSelection {
    public enum Slot {
        PINNED, FIXED, PERSONALISED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A listener's taste for candidates: a score (0 when unknown) and a reason for a good one. */
    public interface Taste {
        double score(String trackId);

        /** Why this listener would like it, e.g. "you play Radiohead"; null when there is nothing to say. */
        String reason(String trackId);

        Taste NONE = new Taste() {
            @Override public double score(String trackId) { return 0; }
            @Override public String reason(String trackId) { return null; }
        };
    }

    public record Placement(int position, String trackId, Slot slot, double score, String reason) {}

    private EditorialSelection() {}

    /** @param servable whether a candidate may be served to this listener (known, not hidden) */
    public static List<Placement> select(EditorialPool pool, Taste taste, Predicate<String> servable) {
        List<EditorialPool.Candidate> ok = pool.tracks().stream().filter(c -> servable.test(c.trackId())).toList();
        int s = Math.min(pool.size(), ok.size());
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ok.size(); i++) rank.put(ok.get(i).trackId(), i);
        Map<Integer, String> pinnedAt = new HashMap<>();
        for (EditorialPool.Candidate c : ok) if (c.pin() != null && c.pin() <= s) pinnedAt.put(c.pin(), c.trackId());
        int fixed = Math.max((int) Math.round(s * pool.fixedRatio()), pinnedAt.size());

        Set<String> chosen = new LinkedHashSet<>(pinnedAt.values());
        Map<String, Slot> slot = new HashMap<>();
        pinnedAt.values().forEach(t -> slot.put(t, Slot.PINNED));
        for (EditorialPool.Candidate c : ok) {
            if (chosen.size() >= fixed) break;
            if (chosen.add(c.trackId())) slot.put(c.trackId(), Slot.FIXED);
        }
        Map<String, Double> score = new HashMap<>();
        for (EditorialPool.Candidate c : ok) score.put(c.trackId(), taste.score(c.trackId()));
        Comparator<String> byTaste = Comparator.<String>comparingDouble(score::get).reversed().thenComparing(rank::get);
        List<String> rest = ok.stream().map(EditorialPool.Candidate::trackId).filter(t -> !chosen.contains(t)).sorted(byTaste).toList();
        for (String t : rest.subList(0, Math.min(s - chosen.size(), rest.size()))) {
            chosen.add(t);
            slot.put(t, Slot.PERSONALISED);
        }

        List<String> free = new ArrayList<>(chosen.stream().filter(t -> slot.get(t) != Slot.PINNED).sorted(byTaste).toList());
        List<Placement> out = new ArrayList<>();
        for (int pos = 1, next = 0; pos <= s; pos++) {
            String t = pinnedAt.containsKey(pos) ? pinnedAt.get(pos) : free.get(next++);
            out.add(new Placement(pos, t, slot.get(t), score.get(t), reason(slot.get(t), taste, t, pos)));
        }
        return out;
    }

    private static String reason(Slot slot, Taste taste, String track, int pos) {
        return switch (slot) {
            case PINNED -> "editor's pick for #" + pos;
            case FIXED -> "editor's pick";
            case PERSONALISED -> {
                String why = taste.reason(track);
                yield why == null ? "from the editor's pool" : "picked for you: " + why;
            }
        };
    }
}
