package dev.encore.products.radio;

import java.util.Objects;

/** Where a radio starts: a track id, an artist id, a tag, or the listener's own taste (value = user id). */
public record RadioSeed(Kind kind, String value) {
    public enum Kind { TRACK, ARTIST, TAG, TASTE }

    public RadioSeed {
        Objects.requireNonNull(kind, "radio seed kind (TRACK, ARTIST, TAG or TASTE)");
        if (value == null || value.isBlank())
            throw new IllegalArgumentException("radio seed " + kind + " needs a value: a track id, artist id, tag or user id");
    }

    public static RadioSeed track(String id) { return new RadioSeed(Kind.TRACK, id); }
    public static RadioSeed artist(String id) { return new RadioSeed(Kind.ARTIST, id); }
    public static RadioSeed tag(String tag) { return new RadioSeed(Kind.TAG, tag); }
    public static RadioSeed taste(String userId) { return new RadioSeed(Kind.TASTE, userId); }
}
