package dev.encore.server.serving;

import java.util.List;
import java.util.Optional;

/** Titles and artist names for item ids, to make recommendations readable; the store implements it. */
@FunctionalInterface
public interface CatalogLookup {
    Optional<TrackInfo> track(String itemId);

    record TrackInfo(String title, List<String> artists) {}

    CatalogLookup NONE = id -> Optional.empty();
}
