package dev.encore.products.mixes;

/**
 * Daily mix settings: at most {@code maxMixes} mixes (6) of {@code size} tracks (30), {@code familiarShare} of them
 * the listener's own favourites (0.7) and the rest new tracks that fit; artist clusters merge while their centroids'
 * cosine similarity is at least {@code mergeSimilarity} (0.5); only the {@code maxArtists} most played artists (60)
 * are clustered, and a cluster needs {@code minTracks} distinct played tracks (3) to become a mix.
 */
public record MixConfig(int maxMixes, int size, double familiarShare, double mergeSimilarity, int maxArtists, int minTracks) {
    public MixConfig {
        if (maxMixes < 1) throw new IllegalArgumentException("maxMixes must be >= 1, got " + maxMixes);
        if (size < 1) throw new IllegalArgumentException("size must be >= 1 track, got " + size);
        if (!(familiarShare >= 0 && familiarShare <= 1)) throw new IllegalArgumentException("familiarShare must be in [0, 1], got " + familiarShare);
        if (!(mergeSimilarity >= -1 && mergeSimilarity <= 1)) throw new IllegalArgumentException("mergeSimilarity must be in [-1, 1], got " + mergeSimilarity);
        if (maxArtists < 1 || minTracks < 1) throw new IllegalArgumentException("maxArtists and minTracks must be >= 1");
    }

    public static MixConfig defaults() {
        return new MixConfig(6, 30, 0.7, 0.5, 60, 3);
    }
}
