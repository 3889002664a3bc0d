package dev.encore.store;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;

/**
 * A {@link RecordSink} with group commit: records are buffered and written with prepared statements in one
 * transaction per {@link StoreOptions#batchRows()} rows (10,000 by default). When {@link #flush()} returns,
 * everything sent before it is committed (see {@link Durability} for what that survives). If a batch fails, the
 * whole batch is rolled back, its records are dropped and a {@link StoreException} is thrown; batches committed
 * earlier stay. Thread-safe: several producers may share one sink, and any flush commits all of their records.
 * Closing flushes.
 */
public final class StoreSink implements RecordSink, AutoCloseable {
    private final Database db;
    private final CatalogWriter catalog;
    private final ActivityWriter activity;
    private final PlaylistWriter playlists;
    private final ListenLog listenLog;
    private Batch batch = new Batch();
    private long committed;

    StoreSink(Database db, ListenLog listenLog) {
        this.db = db;
        this.catalog = new CatalogWriter(db);
        this.activity = new ActivityWriter(db);
        this.playlists = new PlaylistWriter(db);
        this.listenLog = listenLog;
    }

    @Override
    public synchronized void artist(Artist artist) {
        Jdbc.requireListable("artist '" + artist.id() + "' tags", artist.tags());
        add(batch.artists, artist, 1);
    }

    @Override
    public synchronized void album(Album album) {
        Jdbc.requireListable("album '" + album.id() + "' artist ids", album.artistIds());
        add(batch.albums, album, 1);
    }

    @Override
    public synchronized void track(Track track) {
        Jdbc.requireListable("track '" + track.id() + "' artist ids", track.artistIds());
        Jdbc.requireListable("track '" + track.id() + "' tags", track.tags());
        add(batch.tracks, track, 1);
    }

    @Override
    public synchronized void show(Show show) {
        Jdbc.requireListable("show '" + show.id() + "' tags", show.tags());
        add(batch.shows, show, 1);
    }

    @Override
    public synchronized void episode(Episode episode) {
        add(batch.episodes, episode, 1);
    }

    @Override
    public synchronized void user(User user) {
        add(batch.users, user, 1);
    }

    @Override
    public synchronized void listen(ListenEvent event) {
        add(batch.listens, event, 1);
    }

    @Override
    public synchronized void feedback(Feedback feedback) {
        add(batch.feedback, feedback, 1);
    }

    @Override
    public synchronized void follow(Follow follow) {
        add(batch.follows, follow, 1);
    }

    @Override
    public synchronized void playCount(PlayCount playCount) {
        add(batch.playCounts, playCount, 1);
    }

    @Override
    public synchronized void tagAssignment(TagAssignment tag) {
        if (tag.tag().isBlank())
            throw new IllegalArgumentException("tag assignment by user '" + tag.userId() + "' on " + tag.itemKind().wire()
                    + " '" + tag.itemId() + "' has an empty tag; drop the record or give it a tag");
        add(batch.tags, tag, 1);
    }

    @Override
    public synchronized void playlist(Playlist playlist) {
        add(batch.playlists, playlist, 1 + playlist.items().size());
    }

    /** Commits everything buffered so far; a no-op when nothing is buffered. */
    @Override
    public synchronized void flush() {
        if (!batch.isEmpty()) writeBatch();
    }

    /** Records this sink has committed so far (a playlist counts one row per item plus one). */
    public synchronized long committedRows() {
        return committed;
    }

    /** Flushes; the sink must not be used afterwards. */
    @Override
    public synchronized void close() {
        flush();
    }

    private <T> void add(java.util.List<T> list, T record, int rows) {
        list.add(record);
        batch.rows += rows;
        if (batch.rows >= db.options().batchRows()) writeBatch();
    }

    private void writeBatch() {
        Batch b = batch;
        batch = new Batch();
        db.write(b.describe(), c -> {
            b.writeTo(catalog, activity, playlists, listenLog);
            return null;
        });
        committed += b.rows;
        listenLog.mergeIfAtLeast(db.options().mergeThreshold());
    }
}
