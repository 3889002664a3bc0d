package dev.encore.products.editorial;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An editor's pool: candidates in editor order (some pinned to a position), the size of the playlist each listener
 * gets, and {@code fixedRatio}, the share of that playlist the editor fixes (pins first, then the editor's top
 * candidates); the rest is chosen per listener by taste. See {@link EditorialSelection}.
 */
public record EditorialPool(String id, String title, String description, int size, double fixedRatio, List<Candidate> tracks) {
    public static final int MAX_SIZE = 500, MAX_CANDIDATES = 5_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** A candidate track; {@code pin} is the 1-based position the editor fixed it to, or null. */
    public record Candidate(String trackId, Integer pin) {}

    /** What is wrong with one field, for a 422 answer. */
    public record Problem(String field, String message) {}

    public EditorialPool {
        tracks = List.copyOf(tracks);
    }

    /** Every problem of this pool (empty when valid), each naming the field and how to fix it. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches())
            out.add(new Problem("id", "'" + id + "' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, e.g. indie-rising"));
        if (title == null || title.isBlank()) out.add(new Problem("title", "give the playlist a title, e.g. \"Indie Rising\""));
        if (size < 1 || size > MAX_SIZE) out.add(new Problem("size", "must be from 1 to " + MAX_SIZE + ", got " + size));
        if (!(fixedRatio >= 0 && fixedRatio <= 1))
            out.add(new Problem("fixedRatio", "must be from 0 (all personalised) to 1 (all fixed by the editor), got " + fixedRatio));
        if (tracks.isEmpty()) out.add(new Problem("tracks", "the pool needs at least one candidate track"));
        if (tracks.size() > MAX_CANDIDATES) out.add(new Problem("tracks", "at most " + MAX_CANDIDATES + " candidates, got " + tracks.size()));
        Set<String> seen = new HashSet<>();
        Set<Integer> pins = new HashSet<>();
        for (int i = 0; i < tracks.size(); i++) {
            Candidate c = tracks.get(i);
            String f = "tracks[" + i + "]";
            if (c.trackId() == null || c.trackId().isBlank()) {
                out.add(new Problem(f, "missing track id"));
                continue;
            }
            if (!seen.add(c.trackId())) out.add(new Problem(f, "track '" + c.trackId() + "' is in the pool twice; list it once"));
            if (c.pin() != null) {
                if (c.pin() < 1 || c.pin() > size)
                    out.add(new Problem(f + ".pin", "pin " + c.pin() + " of '" + c.trackId() + "' must be a position from 1 to the size " + size));
                else if (!pins.add(c.pin()))
                    out.add(new Problem(f + ".pin", "position " + c.pin() + " is pinned twice; pin one track per position"));
            }
        }
        return out;
    }
}
