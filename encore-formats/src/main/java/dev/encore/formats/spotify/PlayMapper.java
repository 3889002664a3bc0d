package dev.encore.formats.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import dev.encore.formats.BadRecord;
import dev.encore.formats.ImportException;
import dev.encore.formats.ImportRun;
import dev.encore.formats.Json;
import dev.encore.formats.SeenIds;
import dev.encore.formats.StableIds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One Spotify play to records. Spotify stamps a play when it <em>ended</em>; Encore's {@code listenedAt} is when
 * it started, so it is {@code ts - ms_played}. Tracks keep their {@code spotify:track:} URI and episodes their
 * {@code spotify:episode:} URI; artists, albums and shows (which the export names but does not identify) get
 * {@code spotify-history:artist|album|show:<hash of names>}, as do tracks and episodes of the short export,
 * which has no URIs. Incognito plays, audiobooks and plays naming nothing are counted as ignored, not imported.
 */
final class PlayMapper {
    static final String SOURCE = "spotify-history";
    private static final String PREFIX = "spotify-history:";

    private final ImportRun run;
    private final RecordSink sink;
    private final SeenIds users = new SeenIds();
    private final SeenIds items = new SeenIds();
    private final SeenIds parents = new SeenIds();

    PlayMapper(ImportRun run) {
        this.run = run;
        this.sink = run.sink();
    }

    void map(JsonNode play, String file, long line) {
        if (hasAny(play, "ts", "ms_played", "spotify_track_uri", "spotify_episode_uri")) extendedPlay(play, file, line);
        else if (hasAny(play, "endTime", "msPlayed", "trackName", "podcastName")) shortPlay(play, file, line);
        else throw new BadRecord("neither ts (extended history) nor endTime (short history): not a Spotify play");
    }

    private void extendedPlay(JsonNode p, String file, long line) {
        Instant end = isoTime(p, "ts");
        long ms = msPlayed(p, "ms_played");
        if (bool(p, "incognito_mode")) {
            run.ignore("incognito play");
            return;
        }
        String trackUri = Json.text(p, "spotify_track_uri");
        String episodeUri = Json.text(p, "spotify_episode_uri");
        String trackName = Json.text(p, "master_metadata_track_name");
        String artistName = Json.text(p, "master_metadata_album_artist_name");
        String episodeName = Json.text(p, "episode_name");
        String showName = Json.text(p, "episode_show_name");
        ItemKind kind;
        String itemId;
        if (trackUri != null || (trackName != null && artistName != null)) {
            if (trackName == null) throw new BadRecord("missing master_metadata_track_name for " + trackUri);
            kind = ItemKind.TRACK;
            itemId = trackUri != null ? trackUri : PREFIX + "track:" + StableIds.hash(artistName, trackName);
        } else if (episodeUri != null || (episodeName != null && showName != null)) {
            if (episodeName == null) throw new BadRecord("missing episode_name for " + episodeUri);
            kind = ItemKind.EPISODE;
            itemId = episodeUri != null ? episodeUri : PREFIX + "episode:" + StableIds.hash(showName, episodeName);
        } else if (Json.text(p, "audiobook_uri") != null || Json.text(p, "audiobook_chapter_uri") != null) {
            run.ignore("audiobook play");
            return;
        } else {
            run.ignore("play naming no track or episode");
            return;
        }
        String user = user(p, file, line);
        if (kind == ItemKind.TRACK) track(itemId, trackName, artistName, Json.text(p, "master_metadata_album_album_name"));
        else episode(itemId, episodeName, showName);
        sink.listen(new ListenEvent(user, kind, itemId, end.minusMillis(ms), ms, null, null,
                Json.text(p, "reason_start"), Json.text(p, "reason_end"), bool(p, "skipped"), bool(p, "shuffle"),
                bool(p, "offline"), Json.text(p, "platform"), SOURCE));
    }

    /** The short export: {@code endTime} "yyyy-MM-dd HH:mm" UTC, names only, podcasts with podcastName. */
    private void shortPlay(JsonNode p, String file, long line) {
        Instant end = localTime(p, "endTime");
        long ms = msPlayed(p, "msPlayed");
        String podcast = Json.text(p, "podcastName");
        String name = required(p, podcast != null ? "episodeName" : "trackName");
        String artist = podcast != null ? null : required(p, "artistName");
        ItemKind kind = podcast != null ? ItemKind.EPISODE : ItemKind.TRACK;
        String itemId = podcast != null ? PREFIX + "episode:" + StableIds.hash(podcast, name)
                : PREFIX + "track:" + StableIds.hash(artist, name);
        String user = user(p, file, line);
        if (kind == ItemKind.EPISODE) episode(itemId, name, podcast);
        else track(itemId, name, artist, null);
        emitListen(user, kind, itemId, end.minusMillis(ms), ms);
    }

    private void emitListen(String user, ItemKind kind, String itemId, Instant start, long ms) {
        sink.listen(new ListenEvent(user, kind, itemId, start, ms, null, null, null, null, false, false, false, null, SOURCE));
    }

    private void track(String id, String title, String artistName, String albumName) {
        if (!items.firstTime(id)) return;
        String artistId = artistName == null ? null : PREFIX + "artist:" + StableIds.hash(artistName);
        List<String> artists = artistId == null ? List.of() : List.of(artistId);
        if (artistId != null && parents.firstTime(artistId)) sink.artist(new Artist(artistId, artistName, List.of(), null, SOURCE));
        String albumId = albumName == null ? null : PREFIX + "album:" + StableIds.hash(artistName, albumName);
        if (albumId != null && parents.firstTime(albumId)) sink.album(new Album(albumId, albumName, artists, null, SOURCE));
        sink.track(new Track(id, title, artists, albumId, 0, null, false, null, List.of(), null, SOURCE));
    }

    private void episode(String id, String title, String showName) {
        if (!items.firstTime(id)) return;
        String showId = showName == null ? null : PREFIX + "show:" + StableIds.hash(showName);
        if (showId != null && parents.firstTime(showId)) sink.show(new Show(showId, showName, null, null, List.of(), SOURCE));
        sink.episode(new Episode(id, showId, title, null, 0, null, SOURCE));
    }

    /** The --user option, else the export's username field; the extended export since 2023 has none. */
    private String user(JsonNode p, String file, long line) {
        String u = run.options().user();
        if (u == null) u = Json.text(p, "username");
        if (u == null) {
            throw new ImportException(file, line, "the play names no user (this export has no username field); "
                    + "pass the user id with --user");
        }
        u = u.trim();
        if (users.firstTime(u)) sink.user(new User(u, null, null, null, SOURCE));
        return u;
    }

    private static Instant isoTime(JsonNode p, String field) {
        String s = Json.text(p, field);
        if (s == null) throw new BadRecord("missing " + field);
        try {
            return OffsetDateTime.parse(s.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRecord(field + " '" + s + "' is not an ISO-8601 time such as 2024-03-01T12:00:00Z");
        }
    }

    private static Instant localTime(JsonNode p, String field) {
        String s = Json.text(p, field);
        if (s == null) throw new BadRecord("missing " + field);
        try {
            return LocalDateTime.parse(s.trim().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadRecord(field + " '" + s + "' is not a time such as 2024-03-01 12:00");
        }
    }

    private static long msPlayed(JsonNode p, String field) {
        JsonNode v = p.get(field);
        if (v == null || v.isNull()) throw new BadRecord("missing " + field);
        if (v.isIntegralNumber()) {
            if (v.asLong() < 0) throw new BadRecord(field + " " + v.asLong() + " is below 0");
            return v.asLong();
        }
        return BadRecord.parseLong(field, v.isTextual() ? v.asText() : Json.describe(v), 0);
    }

    private static String required(JsonNode p, String field) {
        String s = Json.text(p, field);
        if (s == null) throw new BadRecord("missing " + field);
        return s;
    }

    private static boolean hasAny(JsonNode p, String... fields) {
        for (String f : fields) if (p.has(f)) return true;
        return false;
    }

    /** Spotify writes null for unknown flags (e.g. skipped in older plays): read as false. */
    private static boolean bool(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v != null && (v.isBoolean() ? v.asBoolean() : "true".equalsIgnoreCase(v.asText()));
    }
}
