package dev.encore.core.domain;

import java.util.List;
import java.util.Objects;

/** A performing artist; {@code country} is an ISO 3166 code or null. */
public record Artist(String id, String name, List<String> tags, String country, String source) {
    public Artist {
        Ids.require("artist id", id);
        Objects.requireNonNull(name, "name");
        tags = List.copyOf(tags);
    }
}
