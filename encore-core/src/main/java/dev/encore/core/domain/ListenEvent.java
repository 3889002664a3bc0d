package dev.encore.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One play of a track or episode. {@code contextType} is e.g. playlist, radio, album, search, discovery
 * (null when unknown); {@code reasonStart}/{@code reasonEnd} follow Spotify's vocabulary (trackdone, fwdbtn, ...).
 * {@code msPlayed} is -1 when the source did not record it.
 */
public record ListenEvent(String userId, ItemKind itemKind, String itemId, Instant listenedAt, long msPlayed,
                          String contextType, String contextId, String reasonStart, String reasonEnd,
                          boolean skipped, boolean shuffle, boolean offline, String platform, String source) {
    public ListenEvent {
        Ids.require("user id", userId);
        Ids.require("item id", itemId);
        Objects.requireNonNull(itemKind, "itemKind");
        Objects.requireNonNull(listenedAt, "listenedAt");
    }

    /** The minimal listen: a track played to the end, nothing else known. */
    public static ListenEvent play(String userId, String trackId, Instant at, String source) {
        return new ListenEvent(userId, ItemKind.TRACK, trackId, at, -1, null, null, null, null, false, false, false, null, source);
    }
}
