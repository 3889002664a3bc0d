package dev.encore.synth;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What world to generate. {@code asOf} is the world's "today": listens end the day before, some albums are
 * released in the 14 days before it. It is part of the spec (not the clock) so the same spec always gives the
 * same bytes.
 */
public record WorldSpec(int users, int tracks, long events, long seed, LocalDate asOf) {
    /** The default "today" of generated worlds; pass another {@code asOf} to move a world in time. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 23);

    public WorldSpec {
        if (users < 1) throw new IllegalArgumentException("users must be >= 1, got " + users);
        if (tracks < 1) throw new IllegalArgumentException("tracks must be >= 1, got " + tracks);
        if (events < 0) throw new IllegalArgumentException("events must be >= 0, got " + events);
        if (events > 2_000_000_000L) throw new IllegalArgumentException("events must be <= 2e9, got " + events);
        if (events / users > 1_000_000) {
            throw new IllegalArgumentException("events per user must be <= 1,000,000 (got " + events / users + "); add users");
        }
        if (asOf == null) throw new IllegalArgumentException("asOf must be set; use WorldSpec.DEFAULT_AS_OF");
    }

    public WorldSpec(int users, int tracks, long events, long seed) {
        this(users, tracks, events, seed, DEFAULT_AS_OF);
    }

    /**
     * A named size: {@code S} = 1k users × 2k tracks × 50k events, {@code M} = 100k × 50k × 5M (the reference
     * data set of the performance targets).
     */
    public static WorldSpec preset(String name, long seed) {
        return switch (name == null ? "" : name.trim().toUpperCase(Locale.ROOT)) {
            case "S" -> new WorldSpec(1_000, 2_000, 50_000, seed);
            case "M" -> new WorldSpec(100_000, 50_000, 5_000_000, seed);
            default -> throw new IllegalArgumentException("unknown preset '" + name + "'; expected S or M");
        };
    }
}
