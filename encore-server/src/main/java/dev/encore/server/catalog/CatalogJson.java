package dev.encore.server.catalog;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;

import java.util.LinkedHashMap;
import java.util.Map;

/** Catalog records as the API writes them: the field names {@link CatalogRecords} reads, unknown values left out. */
final class CatalogJson {
    private CatalogJson() {}

    static Map<String, Object> of(Object record) {
        if (record instanceof Track t) return track(t);
        if (record instanceof Artist a) return artist(a);
        if (record instanceof Album a) return album(a);
        if (record instanceof Show s) return show(s);
        if (record instanceof Episode e) return episode(e);
        throw new IllegalArgumentException("not a catalog record: " + record.getClass().getSimpleName());
    }

    static Map<String, Object> artist(Artist a) {
        Map<String, Object> o = base(a.id(), "name", a.name());
        put(o, "country", a.country());
        o.put("tags", a.tags());
        put(o, "source", a.source());
        return o;
    }

    static Map<String, Object> album(Album a) {
        Map<String, Object> o = base(a.id(), "title", a.title());
        o.put("artistIds", a.artistIds());
        put(o, "releaseDate", a.releaseDate() == null ? null : a.releaseDate().toString());
        put(o, "source", a.source());
        return o;
    }

    static Map<String, Object> track(Track t) {
        Map<String, Object> o = base(t.id(), "title", t.title());
        o.put("artistIds", t.artistIds());
        put(o, "albumId", t.albumId());
        if (t.durationMs() > 0) o.put("durationMs", t.durationMs());
        put(o, "releaseDate", t.releaseDate() == null ? null : t.releaseDate().toString());
        o.put("explicit", t.explicit());
        put(o, "isrc", t.isrc());
        o.put("tags", t.tags());
        AudioFeatures f = t.audio();
        if (f != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("tempo", f.tempo());
            a.put("energy", f.energy());
            a.put("valence", f.valence());
            a.put("danceability", f.danceability());
            a.put("acousticness", f.acousticness());
            a.put("instrumentalness", f.instrumentalness());
            a.put("loudness", f.loudness());
            o.put("audio", a);
        }
        put(o, "source", t.source());
        return o;
    }

    static Map<String, Object> show(Show s) {
        Map<String, Object> o = base(s.id(), "title", s.title());
        put(o, "publisher", s.publisher());
        put(o, "description", s.description());
        o.put("tags", s.tags());
        put(o, "source", s.source());
        return o;
    }

    static Map<String, Object> episode(Episode e) {
        Map<String, Object> o = base(e.id(), "title", e.title());
        put(o, "showId", e.showId());
        put(o, "description", e.description());
        if (e.durationMs() > 0) o.put("durationMs", e.durationMs());
        put(o, "releaseDate", e.releaseDate() == null ? null : e.releaseDate().toString());
        put(o, "source", e.source());
        return o;
    }

    private static Map<String, Object> base(String id, String titleField, String title) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put(titleField, title);
        return o;
    }

    private static void put(Map<String, Object> o, String key, Object value) {
        if (value != null) o.put(key, value);
    }
}
