package dev.encore.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

public record Album(String id, String title, List<String> artistIds, LocalDate releaseDate, String source) {
    public Album {
        Ids.require("album id", id);
        Objects.requireNonNull(title, "title");
        artistIds = List.copyOf(artistIds);
    }
}
