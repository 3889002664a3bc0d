package dev.encore.formats.mpd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.Track;
import dev.encore.formats.BadRecord;
import dev.encore.formats.ImportRun;
import dev.encore.formats.Json;
import dev.encore.formats.RecordType;
import dev.encore.formats.SeenIds;

import java.util.ArrayList;
import java.util.List;

/**
 * One MPD playlist to records. A track entry missing a field is rejected on its own (the playlist keeps its other
 * tracks); a playlist without a usable pid is rejected whole. MPD playlists are anonymous: no owner.
 */
final class PlaylistMapper {
    static final String SOURCE = "mpd";

    private final ImportRun run;
    private final RecordSink sink;
    private final SeenIds artists = new SeenIds();
    private final SeenIds albums = new SeenIds();
    private final SeenIds tracks = new SeenIds();

    PlaylistMapper(ImportRun run) {
        this.run = run;
        this.sink = run.sink();
    }

    void map(JsonNode p, String file, long line) {
        JsonNode pidNode = p.get("pid");
        if (pidNode == null || pidNode.isNull()) throw new BadRecord("missing pid");
        long pid = pidNode.isIntegralNumber() ? pidNode.asLong() : BadRecord.parseLong("pid", pidNode.asText());
        if (pid < 0) throw new BadRecord("pid " + pid + " is below 0");
        String id = "mpd:" + pid;
        JsonNode tracksNode = p.get("tracks");
        if (tracksNode != null && !tracksNode.isNull() && !tracksNode.isArray()) {
            throw new BadRecord(id + ": tracks is " + Json.describe(tracksNode) + ", expected an array");
        }
        List<PlaylistItem> items = new ArrayList<>();
        if (tracksNode != null) {
            int index = 0;
            for (JsonNode t : tracksNode) {
                String where = id + " track " + (t.hasNonNull("pos") ? "pos " + t.get("pos").asText() : "#" + index);
                index++;
                try {
                    items.add(new PlaylistItem(ItemKind.TRACK, track(t), null));
                } catch (BadRecord e) {
                    run.reject(RecordType.TRACK, file, line, where + ": " + e.getMessage());
                }
            }
        }
        String name = Json.text(p, "name");
        sink.playlist(new Playlist(id, null, name == null ? "" : name, Json.text(p, "description"), PlaylistKind.USER,
                null, items, SOURCE));
    }

    /** Emits the track's artist, album and track on first sighting; returns the track URI. */
    private String track(JsonNode t) {
        String uri = required(t, "track_uri");
        String title = required(t, "track_name");
        String artistUri = required(t, "artist_uri");
        String artistName = required(t, "artist_name");
        String albumUri = required(t, "album_uri");
        String albumName = required(t, "album_name");
        int duration = duration(t);
        if (tracks.firstTime(uri)) {
            if (artists.firstTime(artistUri)) sink.artist(new Artist(artistUri, artistName, List.of(), null, SOURCE));
            if (albums.firstTime(albumUri)) sink.album(new Album(albumUri, albumName, List.of(artistUri), null, SOURCE));
            sink.track(new Track(uri, title, List.of(artistUri), albumUri, duration, null, false, null, List.of(), null, SOURCE));
        }
        return uri;
    }

    private static int duration(JsonNode t) {
        JsonNode v = t.get("duration_ms");
        if (v == null || v.isNull()) return 0;
        long ms = v.isIntegralNumber() ? v.asLong() : BadRecord.parseLong("duration_ms", v.asText());
        if (ms < 0 || ms > Integer.MAX_VALUE) throw new BadRecord("duration_ms " + ms + " is out of range");
        return (int) ms;
    }

    private static String required(JsonNode t, String field) {
        String s = Json.text(t, field);
        if (s == null) throw new BadRecord("missing " + field);
        return s;
    }
}
