package dev.encore.core.domain;

import java.util.Objects;

/** A directed edge of the social graph: a user follows another user or an artist. */
public record Follow(String followerId, ItemKind targetKind, String targetId) {
    public Follow {
        Ids.require("follower id", followerId);
        Ids.require("target id", targetId);
        Objects.requireNonNull(targetKind, "targetKind");
    }
}
