package dev.encore.products.candidates;

import java.util.Map;

/**
 * How the {@link Blender} fuses and filters: per-source weights (a source absent here gets weight 0), at most
 * {@code perArtist} tracks per primary artist, a multiplicative boost for tracks released in the last
 * {@code freshDays} days and for artists new to the listener, and seeded {@code jitter} (relative noise in [0, jitter))
 * so that each period's edition differs while staying reproducible.
 */
public record BlendRules(Map<String, Double> weights, int perArtist, int freshDays, double freshBoost,
                         double newArtistBoost, double jitter) {
    public BlendRules {
        weights = Map.copyOf(weights);
        weights.forEach((s, w) -> {
            if (!(w >= 0 && Double.isFinite(w)))
                throw new IllegalArgumentException("weight of source '" + s + "' must be a finite number >= 0, got " + w);
        });
        if (perArtist < 1) throw new IllegalArgumentException("perArtist must be >= 1 (tracks per artist), got " + perArtist);
        if (freshDays < 0) throw new IllegalArgumentException("freshDays must be >= 0, got " + freshDays);
        if (!(freshBoost >= 0) || !(newArtistBoost >= 0) || !(jitter >= 0))
            throw new IllegalArgumentException("freshBoost, newArtistBoost and jitter must be >= 0, got "
                    + freshBoost + ", " + newArtistBoost + ", " + jitter);
    }

    public BlendRules withPerArtist(int n) {
        return new BlendRules(weights, n, freshDays, freshBoost, newArtistBoost, jitter);
    }

    public BlendRules withJitter(double j) {
        return new BlendRules(weights, perArtist, freshDays, freshBoost, newArtistBoost, j);
    }
}
