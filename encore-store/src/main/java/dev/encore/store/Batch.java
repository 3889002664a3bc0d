package dev.encore.store;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records buffered for one transaction, grouped by type. Order is kept within a type (later feedback, later
 * upserts win); across types it does not matter because the schema has no cross-table constraints.
 */
final class Batch {
    final List<Artist> artists = new ArrayList<>();
    final List<Album> albums = new ArrayList<>();
    final List<Track> tracks = new ArrayList<>();
    final List<Show> shows = new ArrayList<>();
    final List<Episode> episodes = new ArrayList<>();
    final List<User> users = new ArrayList<>();
    final List<Playlist> playlists = new ArrayList<>();
    final List<Follow> follows = new ArrayList<>();
    final List<TagAssignment> tags = new ArrayList<>();
    final List<PlayCount> playCounts = new ArrayList<>();
    final List<Feedback> feedback = new ArrayList<>();
    final List<ListenEvent> listens = new ArrayList<>();
    /** Rows this batch will write (a playlist counts one per item plus one). */
    int rows;

    boolean isEmpty() {
        return rows == 0;
    }

    void writeTo(CatalogWriter catalog, ActivityWriter activity, PlaylistWriter playlistWriter, ListenLog listenLog)
            throws SQLException {
        if (!artists.isEmpty()) catalog.artists(artists);
        if (!albums.isEmpty()) catalog.albums(albums);
        if (!tracks.isEmpty()) catalog.tracks(tracks);
        if (!shows.isEmpty()) catalog.shows(shows);
        if (!episodes.isEmpty()) catalog.episodes(episodes);
        if (!users.isEmpty()) catalog.users(users);
        if (!playlists.isEmpty()) playlistWriter.save(playlists);
        if (!follows.isEmpty()) activity.follows(follows);
        if (!tags.isEmpty()) activity.tagAssignments(tags);
        if (!playCounts.isEmpty()) activity.playCounts(playCounts);
        if (!feedback.isEmpty()) activity.feedback(feedback);
        if (!listens.isEmpty()) listenLog.append(listens);
    }

    String describe() {
        return "write batch of " + rows + " rows (" + listens.size() + " listens, " + tracks.size() + " tracks, "
                + artists.size() + " artists, " + feedback.size() + " feedback, " + playCounts.size() + " play counts)";
    }
}
