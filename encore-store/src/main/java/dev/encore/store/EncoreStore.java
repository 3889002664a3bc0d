package dev.encore.store;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The embedded Encore store: one SQLite database ({@code encore.db}, WAL mode) in a data directory, holding the
 * catalog, users, listening history, feedback, follows, tags and playlists. Writes go through a {@link StoreSink}
 * (group commit); reads through the repositories below. Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (EncoreStore store = EncoreStore.open(dataDir); StoreSink sink = store.sink()) {
 *     importer.read(file, sink);          // sink.flush() commits
 *     Interactions m = store.interactions(ItemKind.TRACK, ConfidenceWeighting.defaults());
 * }
 * }</pre>
 */
public final class EncoreStore implements AutoCloseable {
    /** The database file name inside the data directory. */
    public static final String DATABASE_FILE = "encore.db";

    private final Path dataDir;
    private final Database db;
    private final ListenLog listenLog;
    private final int schemaVersion;

    private EncoreStore(Path dataDir, Database db) {
        this.dataDir = dataDir;
        this.db = db;
        this.schemaVersion = Migrations.apply(db);
        this.listenLog = new ListenLog(db);
    }

    /** Opens (creating the directory and database if needed) the store in {@code dataDir}, with default options. */
    public static EncoreStore open(Path dataDir) {
        return open(dataDir, StoreOptions.defaults());
    }

    /** Opens the store in {@code dataDir}, bringing its schema up to date. */
    public static EncoreStore open(Path dataDir, StoreOptions options) {
        Path file = dataDir.resolve(DATABASE_FILE);
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir))
            throw new StoreException("open data directory", file, dataDir + " is a file, not a directory; pass a directory (it is created if missing)");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("create data directory " + dataDir, file, e);
        }
        Database db = Database.open(file, options);
        try {
            return new EncoreStore(dataDir, db);
        } catch (RuntimeException e) {
            try {
                db.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path databaseFile() {
        return db.file();
    }

    public StoreOptions options() {
        return db.options();
    }

    /** The schema version this database is at (the number of migrations applied). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** A new buffered, group-committing sink; flush or close it to commit. */
    public StoreSink sink() {
        return new StoreSink(db, listenLog);
    }

    /** Sends records to a fresh sink and commits them before returning (one transaction up to the batch size). */
    public void write(Consumer<? super RecordSink> records) {
        try (StoreSink sink = sink()) {
            records.accept(sink);
        }
    }

    /**
     * Writes request-sized batches of listens and feedback in one transaction, committed when it returns, and
     * reports which records were new (duplicate listens and stale or repeated feedback change nothing). For the
     * server's event API; bulk imports should use {@link #sink()}, which is several times faster per listen.
     */
    public Ingested ingest(List<ListenEvent> listens, List<Feedback> feedback) {
        return new IngestWriter(db, listenLog).ingest(listens, feedback);
    }

    /** Tracks, artists, albums, shows and episodes by id; tracks by artist or album. */
    public CatalogRepository catalog() {
        return new CatalogRepository(db);
    }

    /** Full-text catalog search (titles, artist names, tags), ranked by BM25 with prefix matching. */
    public CatalogSearch search() {
        return new CatalogSearch(db);
    }

    /** The catalog in id-ordered pages (keyset cursors). */
    public CatalogPages catalogPages() {
        return new CatalogPages(db);
    }

    /** Catalog upserts applied in one transaction (all or nothing). */
    public CatalogUpserts catalogUpserts() {
        return new CatalogUpserts(db);
    }

    /** Users by id. */
    public UserRepository users() {
        return new UserRepository(db);
    }

    /** Listening history: scans, per-user time ranges, recent listens, per-item play counts. */
    public HistoryRepository history() {
        return new HistoryRepository(db, listenLog);
    }

    /** Explicit feedback and aggregated play counts. */
    public SignalRepository signals() {
        return new SignalRepository(db);
    }

    /** Per-artist streams, listeners over time and listener countries (for the artist console). */
    public ArtistStats artistStats() {
        return new ArtistStats(db, listenLog);
    }

    /** Follows, followers and friends. */
    public SocialRepository social() {
        return new SocialRepository(db);
    }

    /** Items by tag, top tags, tags of an item, user tag assignments. */
    public TagRepository tags() {
        return new TagRepository(db);
    }

    /** Playlists: save, load, list by owner or kind, delete. */
    public PlaylistRepository playlists() {
        return new PlaylistRepository(db);
    }

    /** Interaction matrices for training, built from the stored signals. */
    public TrainingData training() {
        return new TrainingData(db, listenLog);
    }

    /** Counts per entity and the time span of the listens. */
    public StoreStats stats() {
        listenLog.settle();
        return db.read("compute stats", StatsQuery::run);
    }

    /** Streams every listen ordered by user, then time, with constant memory. */
    public void forEachListen(Consumer<? super ListenEvent> sink) {
        history().forEachListen(sink);
    }

    /** Streams every aggregated play count ordered by user with constant memory. */
    public void forEachPlayCount(Consumer<? super PlayCount> sink) {
        signals().forEachPlayCount(sink);
    }

    /** Streams all feedback (latest per user, item and type) ordered by user with constant memory. */
    public void forEachFeedback(Consumer<? super Feedback> sink) {
        signals().forEachFeedback(sink);
    }

    /** One user's listens in {@code [from, to)}, oldest first. */
    public List<ListenEvent> listens(String userId, Instant from, Instant to) {
        return history().listens(userId, from, to);
    }

    /** The interaction matrix for {@code kind} (TRACK, ARTIST or EPISODE); see {@link TrainingData}. */
    public Interactions interactions(ItemKind kind, ConfidenceWeighting weighting) {
        return training().interactions(kind, weighting);
    }

    /**
     * Moves pending listens into the user-ordered table now (reads do this on demand; calling it after a bulk
     * import keeps the first read fast). Returns how many new listens were merged.
     */
    public long settle() {
        return listenLog.merge();
    }

    /** The listen log, for tests that drive merges step by step. */
    ListenLog listenLog() {
        return listenLog;
    }

    /**
     * Merges pending listens, then closes every connection. Records still buffered in a sink are not written:
     * flush or close sinks first.
     */
    @Override
    public void close() {
        try {
            listenLog.close();
            if (listenLog.pending() > 0) listenLog.merge();
        } finally {
            db.close();
        }
    }
}
