package dev.encore.products.prompt;

import java.util.Locale;

/** How far a prompt playlist may stray from what the listener (or everyone) already knows, as in LB Radio. */
public enum Mode {
    /** Familiar artists and popular tracks first. */
    EASY,
    /** A balance of familiar and new (the default). */
    MEDIUM,
    /** Unheard artists and the long tail first. */
    HARD;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named {@code s} (any case), or null. */
    public static Mode parse(String s) {
        for (Mode m : values()) if (m.wire().equals(s.trim().toLowerCase(Locale.ROOT))) return m;
        return null;
    }
}
