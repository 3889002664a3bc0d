package dev.encore.products.discovery;

import dev.encore.core.domain.Playlist;

import java.util.List;

/**
 * Earlier editions of a periodic product (weekly discovery), so a new edition never repeats recent ones. The
 * server keeps them in its playlist store; {@link InMemoryEditionHistory} serves tests and tools.
 */
public interface EditionHistory {
    /**
     * Up to {@code n} editions of {@code product} for the user whose period sorts strictly before {@code period}
     * (period strings such as "2026-W48" sort chronologically), newest first. Editions of {@code period} itself are
     * ignored, so regenerating within a period gives the same playlist.
     */
    List<Playlist> before(String userId, String product, String period, int n);

    /** The user's recorded edition of {@code product} for exactly {@code period}, or null. */
    Playlist find(String userId, String product, String period);

    /** Stores (or replaces) the user's edition for its period. */
    void record(String userId, String product, Playlist edition);
}
