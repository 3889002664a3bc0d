package dev.encore.formats.listenbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import dev.encore.formats.BadRecord;
import dev.encore.formats.ImportRun;
import dev.encore.formats.Instants;
import dev.encore.formats.Json;
import dev.encore.formats.RecordType;
import dev.encore.formats.SeenIds;
import dev.encore.formats.StableIds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One ListenBrainz listen to records: its user, artists, album and track the first time each is seen, then the
 * listen. Ids: MusicBrainz ids as {@code mbid:<uuid>} when the listen has them, otherwise as
 * {@link ListenBrainzIds} derives them from the ISRC or the normalised names.
 */
final class ListenMapper {
    static final String SOURCE = "listenbrainz";

    private record Credit(String id, String name) {}

    private final ImportRun run;
    private final RecordSink sink;
    private final SeenIds users = new SeenIds();
    private final SeenIds artists = new SeenIds();
    private final SeenIds albums = new SeenIds();
    private final SeenIds tracks = new SeenIds();

    ListenMapper(ImportRun run) {
        this.run = run;
        this.sink = run.sink();
    }

    /** Emits the listen's records; throws {@link BadRecord} before emitting anything when the listen is unusable. */
    void map(JsonNode listen, String userId, String file, long line) {
        Instant at = listenedAt(listen);
        JsonNode tm = Json.object(listen, "track_metadata");
        if (tm == null) throw new BadRecord("missing track_metadata");
        String artistName = required(tm, "artist_name");
        String trackName = required(tm, "track_name");
        String releaseName = Json.text(tm, "release_name");
        JsonNode info = Json.object(tm, "additional_info");
        JsonNode mapping = Json.object(tm, "mbid_mapping");

        String recordingMbid = mbid(info, mapping, "recording_mbid", file, line);
        String isrc = Json.text(info, "isrc");
        String trackId = ListenBrainzIds.trackId(artistName, trackName, recordingMbid, isrc);

        if (users.firstTime(userId)) sink.user(new User(userId, null, null, null, SOURCE));
        // a track seen before brought its artists and album then; a repeat play only adds the listen
        if (tracks.firstTime(trackId)) {
            String releaseMbid = mbid(info, mapping, "release_mbid", file, line);
            List<Credit> credits = credits(artistName, info, mapping);
            List<String> artistIds = credits.stream().map(Credit::id).toList();
            String albumId = releaseName == null ? null
                    : releaseMbid != null ? "mbid:" + releaseMbid : ListenBrainzIds.albumId(artistName, releaseName);
            for (Credit c : credits) {
                if (artists.firstTime(c.id)) sink.artist(new Artist(c.id, c.name, List.of(), null, SOURCE));
            }
            if (albumId != null && albums.firstTime(albumId)) {
                sink.album(new Album(albumId, releaseName, artistIds, null, SOURCE));
            }
            sink.track(new Track(trackId, trackName, artistIds, albumId, durationMs(info, file, line), null, false,
                    isrc, strings(info, "tags"), null, SOURCE));
        }
        sink.listen(new ListenEvent(userId, ItemKind.TRACK, trackId, at, msPlayed(info, file, line), null, null, null,
                null, false, false, false, platform(info), SOURCE));
    }

    private static Instant listenedAt(JsonNode listen) {
        JsonNode v = listen.get("listened_at");
        if (v == null || v.isNull()) throw new BadRecord("missing listened_at");
        try {
            if (v.isNumber()) return Instants.fromSeconds(v.decimalValue());
            if (v.isTextual()) return Instants.parse(v.asText());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new BadRecord("listened_at: " + e.getMessage());
        }
        throw new BadRecord("listened_at is " + Json.describe(v) + ", expected Unix seconds or an ISO-8601 time");
    }

    private static String required(JsonNode tm, String field) {
        String s = Json.text(tm, field);
        if (s == null) throw new BadRecord("missing track_metadata." + field);
        return s.trim();
    }

    /** The MBID from additional_info, else from the server's mbid_mapping; a malformed one is warned about and dropped. */
    private String mbid(JsonNode info, JsonNode mapping, String field, String file, long line) {
        for (JsonNode source : new JsonNode[]{info, mapping}) {
            String raw = Json.text(source, field);
            if (raw == null) continue;
            String id = StableIds.mbid(raw);
            if (id != null) return id;
            run.warn(RecordType.LISTEN, file, line, field + " '" + raw + "' is not a MusicBrainz id; ignored");
        }
        return null;
    }

    /**
     * The credited artists: the server's mapping names each one with its MBID; a single submitted artist MBID
     * belongs to the credit as a whole; otherwise (several MBIDs without names, or none) the credit is one
     * artist identified by its normalised name.
     */
    private static List<Credit> credits(String artistName, JsonNode info, JsonNode mapping) {
        List<Credit> out = new ArrayList<>();
        JsonNode mapped = mapping == null ? null : mapping.get("artists");
        if (mapped != null && mapped.isArray()) {
            for (JsonNode a : mapped) {
                String id = StableIds.mbid(Json.text(a, "artist_mbid"));
                String name = Json.text(a, "artist_credit_name");
                if (id != null && name != null) out.add(new Credit("mbid:" + id, name.trim()));
            }
            if (!out.isEmpty()) return out;
        }
        List<String> mbids = strings(info, "artist_mbids").stream().map(StableIds::mbid).filter(m -> m != null).toList();
        if (mbids.size() == 1) return List.of(new Credit("mbid:" + mbids.get(0), artistName));
        return List.of(new Credit(ListenBrainzIds.artistId(artistName), artistName));
    }

    private int durationMs(JsonNode info, String file, long line) {
        Long ms = number(info, "duration_ms", 1, file, line);
        if (ms == null) ms = number(info, "duration", 1000, file, line);
        return ms == null ? 0 : (int) Math.min(ms, Integer.MAX_VALUE);
    }

    /** ListenBrainz's {@code duration_played} is in seconds; -1 when not recorded. */
    private long msPlayed(JsonNode info, String file, long line) {
        Long ms = number(info, "duration_played", 1000, file, line);
        return ms == null ? -1 : ms;
    }

    /** A non-negative number times {@code scale}, or null when absent; a bad value is warned about and dropped. */
    private Long number(JsonNode info, String field, int scale, String file, long line) {
        JsonNode v = info == null ? null : info.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isNumber() && v.asDouble() >= 0 && v.asDouble() < 1e12) return Math.round(v.asDouble() * scale);
        run.warn(RecordType.LISTEN, file, line, "additional_info." + field + " is " + Json.describe(v)
                + ", not a non-negative number; ignored");
        return null;
    }

    private static String platform(JsonNode info) {
        for (String f : new String[]{"media_player", "music_service_name", "music_service", "submission_client"}) {
            String s = Json.text(info, f);
            if (s != null) return s;
        }
        return null;
    }

    private static List<String> strings(JsonNode obj, String field) {
        JsonNode v = obj == null ? null : obj.get(field);
        if (v == null || !v.isArray()) return List.of();
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) if (e.isTextual() && !e.asText().isBlank()) out.add(e.asText().trim());
        return out;
    }
}
