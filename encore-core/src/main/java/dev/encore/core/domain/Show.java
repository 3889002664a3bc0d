package dev.encore.core.domain;

import java.util.List;
import java.util.Objects;

/** A podcast show. */
public record Show(String id, String title, String publisher, String description, List<String> tags, String source) {
    public Show {
        Ids.require("show id", id);
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
    }
}
