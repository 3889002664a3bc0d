package dev.encore.formats.encore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Writes catalog records as one JSON object per line with snake_case field names. Fields are written by hand
 * (not by data binding) so the file layout is explicit, dates are plain ISO strings and null fields are omitted.
 * Not thread-safe: one instance per writer.
 */
final class CatalogJsonWriter {
    private final JsonFactory factory = new JsonFactory();
    private final StringWriter buffer = new StringWriter(512);

    String artist(Artist a) {
        return object(g -> {
            g.writeStringField("id", a.id());
            g.writeStringField("name", a.name());
            strings(g, "tags", a.tags());
            optional(g, "country", a.country());
            optional(g, "source", a.source());
        });
    }

    String album(Album a) {
        return object(g -> {
            g.writeStringField("id", a.id());
            g.writeStringField("title", a.title());
            strings(g, "artist_ids", a.artistIds());
            optional(g, "release_date", a.releaseDate());
            optional(g, "source", a.source());
        });
    }

    String track(Track t) {
        return object(g -> {
            g.writeStringField("id", t.id());
            g.writeStringField("title", t.title());
            strings(g, "artist_ids", t.artistIds());
            optional(g, "album_id", t.albumId());
            g.writeNumberField("duration_ms", t.durationMs());
            optional(g, "release_date", t.releaseDate());
            g.writeBooleanField("explicit", t.explicit());
            optional(g, "isrc", t.isrc());
            strings(g, "tags", t.tags());
            if (t.audio() != null) audio(g, t.audio());
            optional(g, "source", t.source());
        });
    }

    private static void audio(JsonGenerator g, AudioFeatures a) throws IOException {
        g.writeObjectFieldStart("audio");
        g.writeNumberField("tempo", a.tempo());
        g.writeNumberField("energy", a.energy());
        g.writeNumberField("valence", a.valence());
        g.writeNumberField("danceability", a.danceability());
        g.writeNumberField("acousticness", a.acousticness());
        g.writeNumberField("instrumentalness", a.instrumentalness());
        g.writeNumberField("loudness", a.loudness());
        g.writeEndObject();
    }

    String show(Show s) {
        return object(g -> {
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            optional(g, "publisher", s.publisher());
            optional(g, "description", s.description());
            strings(g, "tags", s.tags());
            optional(g, "source", s.source());
        });
    }

    String episode(Episode e) {
        return object(g -> {
            g.writeStringField("id", e.id());
            optional(g, "show_id", e.showId());
            g.writeStringField("title", e.title());
            optional(g, "description", e.description());
            g.writeNumberField("duration_ms", e.durationMs());
            optional(g, "release_date", e.releaseDate());
            optional(g, "source", e.source());
        });
    }

    String user(User u) {
        return object(g -> {
            g.writeStringField("id", u.id());
            optional(g, "country", u.country());
            optional(g, "created", u.created());
            optional(g, "time_zone", u.timeZone());
            optional(g, "source", u.source());
        });
    }

    String playlist(Playlist p) {
        return object(g -> {
            g.writeStringField("id", p.id());
            optional(g, "owner_id", p.ownerId());
            g.writeStringField("title", p.title());
            optional(g, "description", p.description());
            g.writeStringField("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
            optional(g, "period", p.period());
            g.writeArrayFieldStart("items");
            for (PlaylistItem item : p.items()) {
                g.writeStartObject();
                g.writeStringField("item_kind", item.itemKind().wire());
                g.writeStringField("item", item.itemId());
                optional(g, "reason", item.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            optional(g, "source", p.source());
        });
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private String object(Body body) {
        buffer.getBuffer().setLength(0);
        try (JsonGenerator g = factory.createGenerator(buffer)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail; kept for the checked signature
        }
        return buffer.toString();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) g.writeStringField(name, value);
    }

    private static void optional(JsonGenerator g, String name, TemporalAccessor value) throws IOException {
        if (value != null) g.writeStringField(name, value.toString());
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
