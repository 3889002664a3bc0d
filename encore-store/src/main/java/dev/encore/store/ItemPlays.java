package dev.encore.store;

import dev.encore.core.domain.ItemKind;

import java.time.Instant;

/** How often an item was played (stored, deduplicated listens) and when it was first and last played. */
public record ItemPlays(ItemKind kind, String itemId, long plays, Instant firstPlayed, Instant lastPlayed) {}
