package dev.encore.server.catalog;

import dev.encore.core.domain.ItemKind;
import dev.encore.server.http.ApiProblem;

import java.util.Locale;

/** The catalog collections of the API, named as in the path ({@code /api/v1/catalog/tracks}). */
enum CatalogKind {
    TRACKS(ItemKind.TRACK), ARTISTS(ItemKind.ARTIST), ALBUMS(ItemKind.ALBUM), SHOWS(ItemKind.SHOW), EPISODES(ItemKind.EPISODE);

    final ItemKind item;

    CatalogKind(ItemKind item) {
        this.item = item;
    }

    String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by a path segment, or a 404 problem listing the kinds there are. */
    static CatalogKind fromPath(String segment) {
        for (CatalogKind k : values()) if (k.path().equals(segment)) return k;
        throw ApiProblem.notFound("there is no catalog collection '" + segment + "'; use tracks, artists, albums, shows or episodes");
    }
}
