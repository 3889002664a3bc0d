package dev.encore.server.products;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Playlist export writers: JSPF (XSPF as JSON, as ListenBrainz serves it), XSPF 1 (XML) and extended M3U (UTF-8).
 * A track is identified by {@code urn:encore:track:<id>} (ids are any client string, so they are percent-encoded);
 * each entry's annotation, or its {@code #EXTENC-REASON} comment in M3U, carries why it is in the playlist.
 */
public final class PlaylistExports {
    public enum Format {
        JSPF("application/jspf+json"), XSPF("application/xspf+xml"), M3U8("audio/x-mpegurl");

        public final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        /** The format for a file extension (jspf, xspf, m3u8), or null. */
        public static Format ofExtension(String ext) {
            for (Format f : values()) if (f.name().equalsIgnoreCase(ext)) return f;
            return null;
        }
    }

    private final Catalog catalog;
    private final ObjectMapper json;

    public PlaylistExports(Catalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    public String write(Playlist p, Format f) {
        return switch (f) {
            case JSPF -> jspf(p);
            case XSPF -> xspf(p);
            case M3U8 -> m3u8(p);
        };
    }

    public static String identifier(String itemId) {
        return "urn:encore:" + "track:" + URLEncoder.encode(itemId, StandardCharsets.UTF_8);
    }

    String jspf(Playlist p) {
        Map<String, Object> pl = new LinkedHashMap<>();
        pl.put("title", p.title());
        if (p.ownerId() != null) pl.put("creator", p.ownerId());
        if (p.description() != null) pl.put("annotation", p.description());
        pl.put("identifier", "urn:encore:playlist:" + URLEncoder.encode(p.id(), StandardCharsets.UTF_8));
        List<Map<String, Object>> tracks = new ArrayList<>();
        for (PlaylistItem i : p.items()) {
            Map<String, Object> t = new LinkedHashMap<>();
            Track track = catalog.track(i.itemId());
            t.put("identifier", List.of(identifier(i.itemId())));
            if (track != null) {
                t.put("title", track.title());
                t.put("creator", creator(track));
                if (track.durationMs() > 0) t.put("duration", track.durationMs());
            }
            if (i.reason() != null) t.put("annotation", i.reason());
            tracks.add(t);
        }
        pl.put("track", tracks);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("playlist", pl));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSPF for playlist " + p.id(), e);
        }
    }

    String xspf(Playlist p) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<playlist version=\"1\" xmlns=\"http://xspf.org/ns/0/\">\n");
        element(b, "  ", "title", p.title());
        element(b, "  ", "creator", p.ownerId());
        element(b, "  ", "annotation", p.description());
        element(b, "  ", "identifier", "urn:encore:playlist:" + URLEncoder.encode(p.id(), StandardCharsets.UTF_8));
        b.append("  <trackList>\n");
        for (PlaylistItem i : p.items()) {
            Track t = catalog.track(i.itemId());
            b.append("    <track>\n");
            element(b, "      ", "identifier", identifier(i.itemId()));
            if (t != null) {
                element(b, "      ", "title", t.title());
                element(b, "      ", "creator", creator(t));
            }
            element(b, "      ", "annotation", i.reason());
            if (t != null && t.durationMs() > 0) element(b, "      ", "duration", Integer.toString(t.durationMs()));
            b.append("    </track>\n");
        }
        return b.append("  </trackList>\n</playlist>\n").toString();
    }

    String m3u8(Playlist p) {
        StringBuilder b = new StringBuilder("#EXTM3U\n#PLAYLIST:").append(line(p.title())).append('\n');
        for (PlaylistItem i : p.items()) {
            Track t = catalog.track(i.itemId());
            long seconds = t == null || t.durationMs() <= 0 ? -1 : Math.round(t.durationMs() / 1000.0);
            String name = t == null ? i.itemId() : creator(t) + " - " + t.title();
            if (i.reason() != null) b.append("#EXTENC-REASON:").append(line(i.reason())).append('\n');
            b.append("#EXTINF:").append(seconds).append(',').append(line(name)).append('\n');
            b.append(identifier(i.itemId())).append('\n');
        }
        return b.toString();
    }

    private String creator(Track t) {
        return String.join(", ", t.artistIds().stream().map(catalog::artistName).toList());
    }

    /** One M3U line: line breaks inside names would start a new entry, so they become spaces. */
    private static String line(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
    }

    private static void element(StringBuilder b, String indent, String name, String text) {
        if (text == null) return;
        b.append(indent).append('<').append(name).append('>').append(xml(text)).append("</").append(name).append(">\n");
    }

    /** Escapes XML text and drops characters XML 1.0 cannot carry at all (control characters). */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                        b.appendCodePoint(c);
                }
            }
        });
        return b.toString();
    }
}
