package dev.encore.app.engine;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Track;
import dev.encore.store.CatalogRepository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Human-readable names for item ids ("Title — Artist" for tracks), looked up in the catalog in one batch. */
public final class CatalogNames {
    private final CatalogRepository catalog;
    private final ItemKind kind;
    private final Map<String, String> artistNames = new HashMap<>();

    public CatalogNames(CatalogRepository catalog, ItemKind kind) {
        this.catalog = catalog;
        this.kind = kind;
    }

    public Map<String, String> names(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        if (kind == ItemKind.TRACK) {
            Map<String, Track> tracks = catalog.tracks(ids);
            for (String id : ids) {
                Track t = tracks.get(id);
                out.put(id, t == null ? id : t.title() + " — " + artistName(t.primaryArtistId()));
            }
        } else if (kind == ItemKind.ARTIST) {
            for (String id : ids) out.put(id, artistName(id));
        } else {
            for (String id : ids) out.put(id, id);
        }
        return out;
    }

    private String artistName(String artistId) {
        if (artistId == null) return "unknown artist";
        return artistNames.computeIfAbsent(artistId, id -> catalog.artist(id).map(Artist::name).orElse(id));
    }

    /** The item kind a model bundle was trained on, from its manifest (defaults to tracks). */
    public static ItemKind kindOf(Map<String, Object> info) {
        return Optional.ofNullable(info.get("itemKind")).map(Object::toString).map(ItemKind::fromWire).orElse(ItemKind.TRACK);
    }
}
