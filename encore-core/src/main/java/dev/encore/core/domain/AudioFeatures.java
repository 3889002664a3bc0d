package dev.encore.core.domain;

/**
 * Spotify-style audio descriptors. Values in [0, 1] except tempo (BPM) and loudness (dB, usually -60..0).
 * Absent features are modelled as a null {@code AudioFeatures} on the track, never as zeros.
 */
public record AudioFeatures(double tempo, double energy, double valence, double danceability,
                            double acousticness, double instrumentalness, double loudness) {
    public AudioFeatures {
        requireUnit("energy", energy);
        requireUnit("valence", valence);
        requireUnit("danceability", danceability);
        requireUnit("acousticness", acousticness);
        requireUnit("instrumentalness", instrumentalness);
        if (!(tempo > 0 && tempo < 400)) throw new IllegalArgumentException("tempo must be in (0, 400) BPM, got " + tempo);
    }

    private static void requireUnit(String name, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
    }
}
