package dev.encore.products.prompt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a prompt asks for, as interpreted: weighted tags, seed artists (id → weight; their tracks are included and
 * their tags count), excluded artists and tags, a release-year range, a length (duration or track count), an energy
 * filter, the explicit filter, an activity, the mode, whether to draw on the listener's stats / recommendations,
 * a refresh schedule and tracks to avoid (from follow-ups). Immutable; the {@code with…} methods return copies.
 * {@code fromYear}/{@code toYear} are inclusive, 0 when open; {@code durationMs} and {@code count} are 0 when unset.
 */
public record Constraints(Map<String, Double> tags, Map<String, Double> artists, List<String> excludedArtists,
                          List<String> excludedTags, int fromYear, int toYear, long durationMs, int count, Energy energy,
                          boolean clean, String activity, Mode mode, boolean statsUser, boolean recsUser, Refresh refresh,
                          List<String> avoidTracks) {
    public Constraints {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags == null ? Map.of() : tags));
        artists = Collections.unmodifiableMap(new LinkedHashMap<>(artists == null ? Map.of() : artists));
        excludedArtists = List.copyOf(new LinkedHashSet<>(excludedArtists == null ? List.of() : excludedArtists));
        excludedTags = List.copyOf(new LinkedHashSet<>(excludedTags == null ? List.of() : excludedTags));
        avoidTracks = List.copyOf(new LinkedHashSet<>(avoidTracks == null ? List.of() : avoidTracks));
        energy = Objects.requireNonNullElse(energy, Energy.ANY);
        mode = Objects.requireNonNullElse(mode, Mode.MEDIUM);
        refresh = Objects.requireNonNullElse(refresh, Refresh.NONE);
        if (fromYear != 0 && toYear != 0 && fromYear > toYear)
            throw new IllegalArgumentException("year range " + fromYear + "-" + toYear + " is empty: put the earlier year first");
        if (durationMs < 0 || count < 0) throw new IllegalArgumentException("duration and count must be >= 0");
    }

    public static Constraints none() {
        return new Constraints(Map.of(), Map.of(), List.of(), List.of(), 0, 0, 0, 0, Energy.ANY, false, null, Mode.MEDIUM,
                false, false, Refresh.NONE, List.of());
    }

    public boolean hasLength() {
        return durationMs > 0 || count > 0;
    }

    public Constraints withTags(Map<String, Double> t) {
        return new Constraints(t, artists, excludedArtists, excludedTags, fromYear, toYear, durationMs, count, energy, clean, activity, mode, statsUser, recsUser, refresh, avoidTracks);
    }

    public Constraints withArtists(Map<String, Double> a) {
        return new Constraints(tags, a, excludedArtists, excludedTags, fromYear, toYear, durationMs, count, energy, clean, activity, mode, statsUser, recsUser, refresh, avoidTracks);
    }

    public Constraints withExcluded(List<String> artistIds, List<String> tagNames) {
        return new Constraints(tags, artists, artistIds, tagNames, fromYear, toYear, durationMs, count, energy, clean, activity, mode, statsUser, recsUser, refresh, avoidTracks);
    }

    public Constraints withYears(int from, int to) {
        return new Constraints(tags, artists, excludedArtists, excludedTags, from, to, durationMs, count, energy, clean, activity, mode, statsUser, recsUser, refresh, avoidTracks);
    }

    /** A duration or a count (the other is cleared). */
    public Constraints withLength(long ms, int n) {
        return new Constraints(tags, artists, excludedArtists, excludedTags, fromYear, toYear, ms, n, energy, clean, activity, mode, statsUser, recsUser, refresh, avoidTracks);
    }

    public Constraints withEnergy(Energy e) {
        return new Constraints(tags, artists, excludedArtists, excludedTags, fromYear, toYear, durationMs, count, e, clean, activity, mode, statsUser, recsUser, refresh, avoidTracks);
    }

    public Constraints withClean(boolean c) {
        return new Constraints(tags, artists, excludedArtists, excludedTags, fromYear, toYear, durationMs, count, energy, c, activity, mode, statsUser, recsUser, refresh, avoidTracks);
    }

    public Constraints withActivity(String a) {
        return new Constraints(tags, artists, excludedArtists, excludedTags, fromYear, toYear, durationMs, count, energy, clean, a, mode, statsUser, recsUser, refresh, avoidTracks);
    }

    public Constraints withMode(Mode m) {
        return new Constraints(tags, artists, excludedArtists, excludedTags, fromYear, toYear, durationMs, count, energy, clean, activity, m, statsUser, recsUser, refresh, avoidTracks);
    }

    public Constraints withSources(boolean stats, boolean recs) {
        return new Constraints(tags, artists, excludedArtists, excludedTags, fromYear, toYear, durationMs, count, energy, clean, activity, mode, stats, recs, refresh, avoidTracks);
    }

    public Constraints withRefresh(Refresh r) {
        return new Constraints(tags, artists, excludedArtists, excludedTags, fromYear, toYear, durationMs, count, energy, clean, activity, mode, statsUser, recsUser, r, avoidTracks);
    }

    public Constraints withAvoidTracks(List<String> ids) {
        return new Constraints(tags, artists, excludedArtists, excludedTags, fromYear, toYear, durationMs, count, energy, clean, activity, mode, statsUser, recsUser, refresh, ids);
    }

    /** True when the year range admits {@code year} (a track without a date passes only an open range). */
    public boolean yearAccepts(int year) {
        if (fromYear == 0 && toYear == 0) return true;
        if (year == 0) return false;
        return (fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear);
    }
}
