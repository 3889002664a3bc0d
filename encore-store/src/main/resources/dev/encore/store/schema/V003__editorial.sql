-- Editorial pools: editors curate candidate tracks; each listener is served a personalised selection of them.
-- Written by EditorialRepository. IF NOT EXISTS so a database that met this script under another number
-- while migrations were being renumbered can take it again.

-- One pool: a title, the playlist size served to listeners and the share of it fixed by the editor.
CREATE TABLE IF NOT EXISTS editorial_pools (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    description TEXT,
    size        INTEGER NOT NULL CHECK (size > 0),
    fixed_ratio REAL NOT NULL CHECK (fixed_ratio >= 0 AND fixed_ratio <= 1),
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT
);

-- The pool's candidates in editor order (rank 0 first); pin is the 1-based position an editor fixed, or NULL.
CREATE TABLE IF NOT EXISTS editorial_pool_tracks (
    pool_id  TEXT NOT NULL,
    rank     INTEGER NOT NULL,
    track_id TEXT NOT NULL,
    pin      INTEGER,
    PRIMARY KEY (pool_id, rank)
) WITHOUT ROWID;

-- What each listener was shown: one row per (pool, listener, day, track), so refreshing a page is one impression.
CREATE TABLE IF NOT EXISTS editorial_impressions (
    pool_id   TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    served_on TEXT NOT NULL,
    track_id  TEXT NOT NULL,
    position  INTEGER NOT NULL,
    slot      TEXT NOT NULL,
    served_at INTEGER NOT NULL,
    PRIMARY KEY (pool_id, user_id, served_on, track_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS editorial_impressions_by_pool_track ON editorial_impressions (pool_id, track_id);
