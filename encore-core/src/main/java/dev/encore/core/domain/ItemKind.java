package dev.encore.core.domain;

/** What a listen, a feedback or a follow points at. */
public enum ItemKind {
    TRACK, ARTIST, ALBUM, EPISODE, SHOW, PLAYLIST, USER;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ItemKind fromWire(String s) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown item kind '" + s + "'; expected one of track, artist, album, episode, show, playlist, user");
        }
    }
}
