package dev.encore.products.home;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** Whose home, in which time zone, at what moment (shelves derive their week, day and daypart from it). */
public record HomeRequest(String userId, ZoneId zone, Instant now) {
    public HomeRequest {
        if (userId == null || userId.isBlank()) throw new IllegalArgumentException("home needs a listener id");
        Objects.requireNonNull(zone, "zone: the listener's time zone, e.g. ZoneId.of(\"UTC\")");
        Objects.requireNonNull(now, "now");
    }
}
