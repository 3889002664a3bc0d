package dev.encore.products.blend;

/**
 * Blend settings: {@code size} tracks (30) from each member's {@code poolPerMember} (50) most played tracks of the
 * last {@code lookbackDays} (365); tracks several members play come first, at most {@code maxOverlapShare} (0.5) of
 * the playlist; at most {@code perArtist} (3) tracks per artist.
 */
public record BlendConfig(int size, int poolPerMember, int lookbackDays, double maxOverlapShare, int perArtist) {
    public static final int MIN_MEMBERS = 2, MAX_MEMBERS = 10;

    public BlendConfig {
        if (size < 1) throw new IllegalArgumentException("size must be >= 1 track, got " + size);
        if (poolPerMember < 1) throw new IllegalArgumentException("poolPerMember must be >= 1, got " + poolPerMember);
        if (lookbackDays < 1) throw new IllegalArgumentException("lookbackDays must be >= 1, got " + lookbackDays);
        if (!(maxOverlapShare >= 0 && maxOverlapShare <= 1))
            throw new IllegalArgumentException("maxOverlapShare must be in [0, 1], got " + maxOverlapShare);
        if (perArtist < 1) throw new IllegalArgumentException("perArtist must be >= 1, got " + perArtist);
    }

    public static BlendConfig defaults() {
        return new BlendConfig(30, 50, 365, 0.5, 3);
    }
}
