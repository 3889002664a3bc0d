-- Encore store, schema version 1.
-- External ids are stored as given (TEXT). Lists (artist ids, tags) are kept in their row, joined by U+001F,
-- so a record loads from one row; join tables beside them make "tracks by artist" and "items by tag" queries.
-- Dates are ISO-8601 text (YYYY-MM-DD); instants are epoch milliseconds (UTC); booleans are 0/1.
-- Tables of small rows looked up by id are WITHOUT ROWID (one b-tree search per lookup instead of two); those
-- with free text (shows, episodes, playlists) keep a rowid so long descriptions do not bloat the key tree.

CREATE TABLE artists (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    country TEXT,
    tags    TEXT,
    source  TEXT
) WITHOUT ROWID;

CREATE TABLE albums (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    artist_ids   TEXT,
    release_date TEXT,
    source       TEXT
) WITHOUT ROWID;

CREATE TABLE tracks (
    id                TEXT PRIMARY KEY,
    title             TEXT NOT NULL,
    artist_ids        TEXT,
    primary_artist_id TEXT,
    album_id          TEXT,
    duration_ms       INTEGER,
    release_date      TEXT,
    explicit          INTEGER NOT NULL DEFAULT 0,
    isrc              TEXT,
    tags              TEXT,
    tempo             REAL,
    energy            REAL,
    valence           REAL,
    danceability      REAL,
    acousticness      REAL,
    instrumentalness  REAL,
    loudness          REAL,
    source            TEXT
) WITHOUT ROWID;
CREATE INDEX tracks_by_album ON tracks (album_id);

-- Every credited artist of a track (position 0 is the primary artist).
CREATE TABLE track_artists (
    artist_id TEXT NOT NULL,
    track_id  TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (artist_id, track_id)
) WITHOUT ROWID;
CREATE INDEX track_artists_by_track ON track_artists (track_id);

CREATE TABLE shows (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    publisher   TEXT,
    description TEXT,
    tags        TEXT,
    source      TEXT
);

CREATE TABLE episodes (
    id           TEXT PRIMARY KEY,
    show_id      TEXT,
    title        TEXT NOT NULL,
    description  TEXT,
    duration_ms  INTEGER,
    release_date TEXT,
    source       TEXT
);
CREATE INDEX episodes_by_show ON episodes (show_id, release_date);

-- Catalog tags of tracks, artists and shows (case-insensitive, so "Rock" and "rock" are one tag).
CREATE TABLE catalog_tags (
    tag       TEXT NOT NULL COLLATE NOCASE,
    item_kind TEXT NOT NULL,
    item_id   TEXT NOT NULL,
    PRIMARY KEY (tag, item_kind, item_id)
) WITHOUT ROWID;
CREATE INDEX catalog_tags_by_item ON catalog_tags (item_kind, item_id);

CREATE TABLE users (
    id         TEXT PRIMARY KEY,
    country    TEXT,
    created_at INTEGER,
    time_zone  TEXT,
    source     TEXT
) WITHOUT ROWID;

-- Listens land here first, in arrival order, with no index to maintain: appending is what a commit costs.
-- They move into `listens` in large sorted merges (before any read of listens, and when many are pending).
CREATE TABLE listen_inbox (
    user_id      TEXT NOT NULL,
    listened_at  INTEGER NOT NULL,
    item_kind    TEXT NOT NULL,
    item_id      TEXT NOT NULL,
    ms_played    INTEGER,
    context_type TEXT,
    context_id   TEXT,
    reason_start TEXT,
    reason_end   TEXT,
    skipped      INTEGER NOT NULL,
    shuffle      INTEGER NOT NULL,
    offline      INTEGER NOT NULL,
    platform     TEXT,
    source       TEXT
);

-- Clustered by user then time: the training scan and the per-user time-range query read it in key order,
-- and the key doubles as the duplicate check on (user, item kind, item, listened_at).
CREATE TABLE listens (
    user_id      TEXT NOT NULL,
    listened_at  INTEGER NOT NULL,
    item_kind    TEXT NOT NULL,
    item_id      TEXT NOT NULL,
    ms_played    INTEGER,
    context_type TEXT,
    context_id   TEXT,
    reason_start TEXT,
    reason_end   TEXT,
    skipped      INTEGER NOT NULL,
    shuffle      INTEGER NOT NULL,
    offline      INTEGER NOT NULL,
    platform     TEXT,
    source       TEXT,
    PRIMARY KEY (user_id, listened_at, item_kind, item_id)
) WITHOUT ROWID;

-- Plays per item: exact counts of stored listens, maintained by the writers (see ListenLog and IngestWriter).
CREATE TABLE item_plays (
    item_kind TEXT NOT NULL,
    item_id   TEXT NOT NULL,
    plays     INTEGER NOT NULL,
    first_at  INTEGER NOT NULL,
    last_at   INTEGER NOT NULL,
    PRIMARY KEY (item_kind, item_id)
) WITHOUT ROWID;

-- The latest signal per (user, item, type); active = 0 records a withdrawal.
CREATE TABLE feedback (
    user_id   TEXT NOT NULL,
    item_kind TEXT NOT NULL,
    item_id   TEXT NOT NULL,
    type      TEXT NOT NULL,
    at        INTEGER NOT NULL,
    active    INTEGER NOT NULL,
    PRIMARY KEY (user_id, item_kind, item_id, type)
) WITHOUT ROWID;

CREATE TABLE play_counts (
    user_id   TEXT NOT NULL,
    item_kind TEXT NOT NULL,
    item_id   TEXT NOT NULL,
    count     INTEGER NOT NULL CHECK (count >= 0),
    source    TEXT,
    PRIMARY KEY (user_id, item_kind, item_id)
) WITHOUT ROWID;

CREATE TABLE follows (
    follower_id TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    PRIMARY KEY (follower_id, target_kind, target_id)
) WITHOUT ROWID;
CREATE INDEX follows_by_target ON follows (target_kind, target_id);

CREATE TABLE tag_assignments (
    user_id     TEXT NOT NULL,
    item_kind   TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    tag         TEXT NOT NULL COLLATE NOCASE,
    assigned_on TEXT,
    PRIMARY KEY (user_id, item_kind, item_id, tag)
) WITHOUT ROWID;
CREATE INDEX tag_assignments_by_tag ON tag_assignments (tag, item_kind, item_id);
CREATE INDEX tag_assignments_by_item ON tag_assignments (item_kind, item_id);

CREATE TABLE playlists (
    id          TEXT PRIMARY KEY,
    owner_id    TEXT,
    title       TEXT NOT NULL,
    description TEXT,
    kind        TEXT NOT NULL,
    period      TEXT,
    source      TEXT
);
CREATE INDEX playlists_by_owner ON playlists (owner_id, kind);
CREATE INDEX playlists_by_kind ON playlists (kind);

CREATE TABLE playlist_items (
    playlist_id TEXT NOT NULL,
    position    INTEGER NOT NULL,
    item_kind   TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    reason      TEXT,
    PRIMARY KEY (playlist_id, position)
) WITHOUT ROWID;
