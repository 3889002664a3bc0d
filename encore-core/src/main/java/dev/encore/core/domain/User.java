package dev.encore.core.domain;

import java.time.Instant;

/** A listener. {@code country} (ISO 3166) and {@code created} may be null when unknown. */
public record User(String id, String country, Instant created, String timeZone, String source) {
    public User {
        Ids.require("user id", id);
    }
}
