package dev.encore.core.domain;

/** Explicit signals a listener gives; {@code EXCLUDE} removes the item from the taste profile only. */
public enum FeedbackType {
    LIKE, DISLIKE, HIDE, SAVE, FOLLOW, BAN, EXCLUDE;

    public static FeedbackType fromWire(String s) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown feedback type '" + s + "'; expected like, dislike, hide, save, follow, ban or exclude");
        }
    }
}
