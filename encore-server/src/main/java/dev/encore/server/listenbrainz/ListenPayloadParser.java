package dev.encore.server.listenbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a ListenBrainz {@code submit-listens} body the way ListenBrainz does: {@code listen_type} single (one
 * listen), playing_now (one listen, no {@code listened_at}, not stored) or import (≤ 1000); each listen needs
 * {@code track_metadata.artist_name} and {@code track_name}. The first problem is reported as {@link LbError}.
 */
public final class ListenPayloadParser {
    public static final int MAX_LISTENS = 1000;
    private final TrackResolver resolver;

    public ListenPayloadParser(TrackResolver resolver) {
        this.resolver = resolver;
    }

    /** Validated listens plus the catalog records to create for tracks seen for the first time. */
    public record Parsed(String listenType, List<ListenEvent> listens, List<Track> newTracks, List<Artist> newArtists) {}

    /** A ListenBrainz-shaped error: {@code {"code": status, "error": message}}. */
    public static final class LbError extends RuntimeException {
        public final int code;

        public LbError(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    public Parsed parse(JsonNode body, String userId) {
        if (body == null || !body.isObject()) throw new LbError(400, "Invalid JSON document submitted.");
        String type = body.path("listen_type").asText("");
        if (!List.of("single", "playing_now", "import").contains(type))
            throw new LbError(400, "JSON document requires a valid listen_type key: single, playing_now or import.");
        JsonNode payload = body.get("payload");
        if (payload == null || !payload.isArray() || payload.isEmpty())
            throw new LbError(400, "JSON document does not contain a non-empty payload array.");
        if (!"import".equals(type) && payload.size() != 1)
            throw new LbError(400, "JSON document should contain exactly one listen in payload for listen_type " + type + ".");
        if (payload.size() > MAX_LISTENS)
            throw new LbError(400, "Too many listens. You may not submit more than " + MAX_LISTENS + " listens at once.");
        // Resolve track ids only after the whole payload validated, so a rejected request creates no tracks.
        List<JsonNode> ok = new ArrayList<>();
        for (int i = 0; i < payload.size(); i++) ok.add(check(payload.get(i), type, i));
        List<ListenEvent> out = new ArrayList<>();
        List<Track> tracks = new ArrayList<>();
        List<Artist> artists = new ArrayList<>();
        if ("playing_now".equals(type)) return new Parsed(type, out, tracks, artists);
        for (JsonNode l : ok) {
            JsonNode md = l.get("track_metadata"), info = md.path("additional_info");
            TrackResolver.Resolved r = resolver.resolve(md.get("artist_name").asText(), md.get("track_name").asText(),
                    text(info, "recording_mbid"), text(info, "isrc"));
            String item = r.trackId();
            if (r.newTrack() != null) tracks.add(r.newTrack());
            if (r.newArtist() != null) artists.add(r.newArtist());
            String player = text(info, "media_player");
            out.add(new ListenEvent(userId, ItemKind.TRACK, item, Instant.ofEpochSecond(l.get("listened_at").asLong()),
                    -1, null, null, null, null, false, false, false, player, "listenbrainz"));
        }
        return new Parsed(type, out, tracks, artists);
    }

    private static JsonNode check(JsonNode l, String type, int i) {
        String where = " (listen " + i + ")";
        if (!l.isObject()) throw new LbError(400, "Each listen in the payload must be a JSON object" + where + ".");
        JsonNode at = l.get("listened_at");
        if ("playing_now".equals(type)) {
            if (at != null) throw new LbError(400, "JSON document must not contain listened_at while submitting playing_now.");
        } else if (at == null || !at.canConvertToLong() || !at.isIntegralNumber() || at.asLong() <= 0) {
            throw new LbError(400, "JSON document must contain a positive integer listened_at (Unix seconds)" + where + ".");
        }
        JsonNode md = l.get("track_metadata");
        if (md == null || !md.isObject()) throw new LbError(400, "JSON document must contain track_metadata" + where + ".");
        for (String f : new String[]{"artist_name", "track_name"}) {
            JsonNode v = md.get(f);
            if (v == null || !v.isTextual() || v.asText().isBlank())
                throw new LbError(400, "JSON document does not contain required track_metadata." + f + where + ".");
        }
        JsonNode info = md.get("additional_info");
        if (info != null && !info.isNull() && !info.isObject())
            throw new LbError(400, "track_metadata.additional_info must be a JSON object" + where + ".");
        return l;
    }

    private static String text(JsonNode info, String field) {
        JsonNode v = info.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
