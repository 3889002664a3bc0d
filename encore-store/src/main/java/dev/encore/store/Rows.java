package dev.encore.store;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Turns result rows back into domain records; the column lists here are the ones every query selects. */
final class Rows {
    static final String LISTEN_COLUMNS = "user_id, listened_at, item_kind, item_id, ms_played, context_type, "
            + "context_id, reason_start, reason_end, skipped, shuffle, offline, platform, source";
    static final String TRACK_COLUMNS = "id, title, artist_ids, album_id, duration_ms, release_date, explicit, isrc, "
            + "tags, tempo, energy, valence, danceability, acousticness, instrumentalness, loudness, source";

    private static final Map<String, ItemKind> KINDS = new HashMap<>();
    private static final Map<ItemKind, String> WIRE = new EnumMap<>(ItemKind.class);

    static {
        for (ItemKind k : ItemKind.values()) {
            KINDS.put(k.wire(), k);
            WIRE.put(k, k.wire());
        }
    }

    private Rows() {}

    static String wire(ItemKind kind) {
        return WIRE.get(kind);
    }

    static ItemKind kind(String wire) {
        ItemKind k = KINDS.get(wire);
        return k != null ? k : ItemKind.fromWire(wire);
    }

    /** Reads a row selected with {@link #LISTEN_COLUMNS}, by position (this is the hot path of the scans). */
    static ListenEvent listen(ResultSet rs) throws SQLException {
        long ms = rs.getLong(5);
        if (rs.wasNull()) ms = -1;
        return new ListenEvent(rs.getString(1), kind(rs.getString(3)), rs.getString(4), Instant.ofEpochMilli(rs.getLong(2)),
                ms, rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getInt(10) != 0, rs.getInt(11) != 0, rs.getInt(12) != 0, rs.getString(13), rs.getString(14));
    }

    static Track track(ResultSet rs) throws SQLException {
        Double tempo = Jdbc.real(rs, "tempo");
        AudioFeatures audio = tempo == null ? null : new AudioFeatures(tempo, rs.getDouble("energy"),
                rs.getDouble("valence"), rs.getDouble("danceability"), rs.getDouble("acousticness"),
                rs.getDouble("instrumentalness"), rs.getDouble("loudness"));
        return new Track(rs.getString("id"), rs.getString("title"), Jdbc.list(rs, "artist_ids"), rs.getString("album_id"),
                rs.getInt("duration_ms"), Jdbc.date(rs, "release_date"), rs.getInt("explicit") != 0, rs.getString("isrc"),
                Jdbc.list(rs, "tags"), audio, rs.getString("source"));
    }

    static Artist artist(ResultSet rs) throws SQLException {
        return new Artist(rs.getString("id"), rs.getString("name"), Jdbc.list(rs, "tags"), rs.getString("country"),
                rs.getString("source"));
    }

    static Album album(ResultSet rs) throws SQLException {
        return new Album(rs.getString("id"), rs.getString("title"), Jdbc.list(rs, "artist_ids"),
                Jdbc.date(rs, "release_date"), rs.getString("source"));
    }

    static Show show(ResultSet rs) throws SQLException {
        return new Show(rs.getString("id"), rs.getString("title"), rs.getString("publisher"), rs.getString("description"),
                Jdbc.list(rs, "tags"), rs.getString("source"));
    }

    static Episode episode(ResultSet rs) throws SQLException {
        return new Episode(rs.getString("id"), rs.getString("show_id"), rs.getString("title"), rs.getString("description"),
                rs.getInt("duration_ms"), Jdbc.date(rs, "release_date"), rs.getString("source"));
    }

    static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), rs.getString("country"), Jdbc.instant(rs, "created_at"),
                rs.getString("time_zone"), rs.getString("source"));
    }

    static Feedback feedback(ResultSet rs) throws SQLException {
        return new Feedback(rs.getString("user_id"), kind(rs.getString("item_kind")), rs.getString("item_id"),
                FeedbackType.fromWire(rs.getString("type")), Instant.ofEpochMilli(rs.getLong("at")), rs.getInt("active") != 0);
    }

    static PlayCount playCount(ResultSet rs) throws SQLException {
        return new PlayCount(rs.getString("user_id"), kind(rs.getString("item_kind")), rs.getString("item_id"),
                rs.getLong("count"), rs.getString("source"));
    }

    static TagAssignment tagAssignment(ResultSet rs) throws SQLException {
        return new TagAssignment(rs.getString("user_id"), kind(rs.getString("item_kind")), rs.getString("item_id"),
                rs.getString("tag"), Jdbc.date(rs, "assigned_on"));
    }
}
