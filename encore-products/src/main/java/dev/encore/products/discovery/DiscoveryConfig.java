package dev.encore.products.discovery;

import dev.encore.products.candidates.BlendRules;

import java.util.Map;

/**
 * Weekly discovery settings: {@code size} tracks (30); candidates fetched per source (60: each collaborative
 * candidate costs a fold-in solve to explain it); seeds for the co-listening graph source (3); editions whose
 * tracks are never repeated (4); and the blending rules (at most 2 tracks per artist, fresh = released in the
 * last 28 days, new artists favoured, 15% seeded jitter so weeks differ).
 */
public record DiscoveryConfig(int size, int perSource, int seeds, int noRepeatEditions, BlendRules rules) {
    public DiscoveryConfig {
        if (size < 1) throw new IllegalArgumentException("size must be >= 1 track, got " + size);
        if (perSource < size) throw new IllegalArgumentException("perSource (" + perSource + ") must be >= size (" + size + ")");
        if (seeds < 0) throw new IllegalArgumentException("seeds must be >= 0, got " + seeds);
        if (noRepeatEditions < 0) throw new IllegalArgumentException("noRepeatEditions must be >= 0, got " + noRepeatEditions);
    }

    public static DiscoveryConfig defaults() {
        return new DiscoveryConfig(30, 60, 3, 4,
                new BlendRules(Map.of("cf", 1.0, "graph", 0.7, "similar", 0.7, "content", 0.4, "popular", 0.05), 2, 28, 0.3, 0.5, 0.15));
    }

    public DiscoveryConfig withRules(BlendRules r) {
        return new DiscoveryConfig(size, perSource, seeds, noRepeatEditions, r);
    }
}
