package dev.encore.products.radar;

/**
 * Release radar settings: at most {@code size} tracks (30) released in the {@code windowDays} days (14) up to and
 * including the edition's Monday, at most {@code perArtist} (3) per artist; affinity counts the listener's plays of
 * the last {@code affinityDays} (365) as a share of all their plays, and following an artist adds {@code followWeight}
 * (0.5, i.e. a followed artist ranks like one that got half of all plays).
 */
public record RadarConfig(int size, int windowDays, int perArtist, int affinityDays, double followWeight) {
    public RadarConfig {
        if (size < 1) throw new IllegalArgumentException("size must be >= 1 track, got " + size);
        if (windowDays < 1) throw new IllegalArgumentException("windowDays must be >= 1 day, got " + windowDays);
        if (perArtist < 1) throw new IllegalArgumentException("perArtist must be >= 1, got " + perArtist);
        if (affinityDays < 1) throw new IllegalArgumentException("affinityDays must be >= 1 day, got " + affinityDays);
        if (!(followWeight >= 0 && Double.isFinite(followWeight)))
            throw new IllegalArgumentException("followWeight must be a finite number >= 0, got " + followWeight);
    }

    public static RadarConfig defaults() {
        return new RadarConfig(30, 14, 3, 365, 0.5);
    }
}
