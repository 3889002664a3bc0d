package dev.encore.server.serving;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Titles and artist names for item ids, to make recommendations readable; the store implements it. */
@FunctionalInterface
public interface CatalogLookup {
    /** The known items among {@code ids}; unknown ids are left out. */
    Map<String, TrackInfo> tracks(Collection<String> ids);

    record TrackInfo(String title, List<String> artists) {}

    CatalogLookup NONE = ids -> Map.of();
}
