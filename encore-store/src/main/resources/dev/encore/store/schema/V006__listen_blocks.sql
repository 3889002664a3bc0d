-- Listens are stored as blobs (see ListenCodec): a listen was a row of 14 columns, which cost ~14 JDBC binds to
-- append and a re-sort through SQLite to merge; now a commit appends a batch as one row, and a merge writes a
-- block per user. The rows of `listens` and `listen_inbox` move here in the same transaction (ListenBlocksUpgrade).

-- Committed batches waiting for the next merge, in arrival order. AUTOINCREMENT: ids are never reused, even after a
-- merge empties the table, so "the batches up to id N" names the same batches for as long as they exist.
CREATE TABLE listen_batches (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    listens INTEGER NOT NULL,
    data    BLOB NOT NULL
);

-- Stored listens, a block of one user's at a time, sorted by (listened_at, item_kind, item_id) inside the block.
-- first_at/last_at bound the block's listens, so a time-range read decodes only the blocks that overlap it.
CREATE TABLE listen_blocks (
    id       INTEGER PRIMARY KEY,
    user_id  TEXT NOT NULL,
    first_at INTEGER NOT NULL,
    last_at  INTEGER NOT NULL,
    listens  INTEGER NOT NULL,
    data     BLOB NOT NULL
);
CREATE INDEX listen_blocks_by_user ON listen_blocks (user_id, id);

-- Merges so far: a merge worked out from a snapshot, off the write lock, is stored only if no other merge (of this
-- process or another) came first.
ALTER TABLE listen_watermark ADD COLUMN merges INTEGER NOT NULL DEFAULT 0;
