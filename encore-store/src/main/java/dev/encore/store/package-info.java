/**
 * The embedded Encore store: SQLite (WAL) in one data directory, opened with
 * {@link dev.encore.store.EncoreStore#open(java.nio.file.Path)}.
 *
 * <ul>
 *   <li>Writes: {@link dev.encore.store.StoreSink} (a {@code RecordSink} with group commit, for importers and
 *       generators) and {@link dev.encore.store.EncoreStore#ingest} (request-sized batches that report which
 *       records were new, for the server). Catalog, users, follows, play counts and tags are idempotent upserts;
 *       a listen is a duplicate when user, item kind, item and listened_at (ms) match, and the first one wins;
 *       feedback keeps the latest per user, item and type.</li>
 *   <li>Durability: a write is acknowledged only once committed. By default ({@link
 *       dev.encore.store.Durability#PROCESS_CRASH}, {@code synchronous=NORMAL}) commits survive kill -9 of the
 *       process; {@link dev.encore.store.Durability#POWER_LOSS} fsyncs each commit to survive power loss too.</li>
 *   <li>Reads: repositories from the store ({@code catalog()}, {@code users()}, {@code history()},
 *       {@code signals()}, {@code social()}, {@code tags()}, {@code playlists()}, {@code training()}) and
 *       {@link dev.encore.store.EncoreStore#stats()}. Scans stream with constant memory.</li>
 *   <li>Failures: every database error is a {@link dev.encore.store.StoreException} naming the operation and the
 *       file; a failed batch is rolled back whole.</li>
 * </ul>
 */
package dev.encore.store;
