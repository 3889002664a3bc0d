-- Encore store, schema version 2: full-text search over the catalog.
-- One search document per track, artist, album, show and episode in `search_docs` (title, the names of its
-- artists or publisher or show, and its tags), indexed by the FTS5 table `catalog_fts` (external content: the
-- index stores no second copy of the text). Triggers keep both in sync with every writer of the catalog tables
-- (the HTTP API, the importers' StoreSink, anything else), so no Java code path can forget to index.
-- What each document holds:
--   artist: title = name; tags.      track: title; artists = names of every credited artist (track_artists); tags.
--   album: title; artists = name of the primary (first) artist (known when the album is written; follows renames).
--   show: title; artists = publisher; tags.      episode: title; artists = the show's title when written.
-- Upserts that change nothing searchable leave the index alone (re-imports stay cheap). Cost, measured on a
-- loaded 2-core machine: writing 10k artists + 100k tracks took 4.3 CPU-s instead of 1.4 (about 26 us per record);
-- a prefix index (prefix = '2 3') added 0.7 s more and detail = column saved nothing, so neither is used.

CREATE TABLE search_docs (
    rowid   INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,
    item_id TEXT NOT NULL,
    title   TEXT,
    artists TEXT,
    tags    TEXT,
    UNIQUE (kind, item_id)
);

CREATE VIRTUAL TABLE catalog_fts USING fts5 (
    title, artists, tags,
    content = 'search_docs', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO catalog_fts (rowid, title, artists, tags) VALUES (new.rowid, new.title, new.artists, new.tags);
END;

CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO catalog_fts (catalog_fts, rowid, title, artists, tags) VALUES ('delete', old.rowid, old.title, old.artists, old.tags);
END;

CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs
WHEN old.title IS NOT new.title OR old.artists IS NOT new.artists OR old.tags IS NOT new.tags BEGIN
    INSERT INTO catalog_fts (catalog_fts, rowid, title, artists, tags) VALUES ('delete', old.rowid, old.title, old.artists, old.tags);
    INSERT INTO catalog_fts (rowid, title, artists, tags) VALUES (new.rowid, new.title, new.artists, new.tags);
END;

-- Artists: their own document, and the artists column of every track crediting them when the name changes.
CREATE TRIGGER artists_search_ai AFTER INSERT ON artists BEGIN
    INSERT INTO search_docs (kind, item_id, title, tags) VALUES ('artist', new.id, new.name, replace(new.tags, char(31), ' '))
        ON CONFLICT (kind, item_id) DO UPDATE SET title = excluded.title, tags = excluded.tags;
    UPDATE search_docs SET artists = (SELECT group_concat(a.name, ' ') FROM track_artists ta JOIN artists a ON a.id = ta.artist_id
            WHERE ta.track_id = search_docs.item_id)
        WHERE kind = 'track' AND item_id IN (SELECT track_id FROM track_artists WHERE artist_id = new.id);
END;

CREATE TRIGGER artists_search_au AFTER UPDATE ON artists
WHEN old.name IS NOT new.name OR old.tags IS NOT new.tags BEGIN
    UPDATE search_docs SET title = new.name, tags = replace(new.tags, char(31), ' ') WHERE kind = 'artist' AND item_id = new.id;
    UPDATE search_docs SET artists = (SELECT group_concat(a.name, ' ') FROM track_artists ta JOIN artists a ON a.id = ta.artist_id
            WHERE ta.track_id = search_docs.item_id)
        WHERE kind = 'track' AND item_id IN (SELECT track_id FROM track_artists WHERE artist_id = new.id) AND old.name IS NOT new.name;
    -- Albums have no credit index: a rename (rare) scans them for those whose primary artist this is.
    UPDATE search_docs SET artists = new.name
        WHERE kind = 'album' AND item_id IN (SELECT id FROM albums WHERE artist_ids = new.id
            OR substr(artist_ids, 1, length(new.id) + 1) = new.id || char(31)) AND old.name IS NOT new.name;
END;

CREATE TRIGGER artists_search_ad AFTER DELETE ON artists BEGIN
    DELETE FROM search_docs WHERE kind = 'artist' AND item_id = old.id;
END;

-- Tracks: title and tags from the row; artist names follow the track_artists rows, written after the track row.
-- A new track starts with its primary artist's name, which is what its credits come to in the common
-- single-artist case, so it is indexed once. Writers replace a track's credits by deleting and re-inserting
-- them; recomputing on insert alone keeps a re-import from indexing every track twice.
CREATE TRIGGER tracks_search_ai AFTER INSERT ON tracks BEGIN
    INSERT INTO search_docs (kind, item_id, title, artists, tags) VALUES ('track', new.id, new.title,
            (SELECT name FROM artists WHERE id = new.primary_artist_id), replace(new.tags, char(31), ' '))
        ON CONFLICT (kind, item_id) DO UPDATE SET title = excluded.title, artists = excluded.artists, tags = excluded.tags;
END;

CREATE TRIGGER tracks_search_au AFTER UPDATE ON tracks
WHEN old.title IS NOT new.title OR old.tags IS NOT new.tags BEGIN
    UPDATE search_docs SET title = new.title, tags = replace(new.tags, char(31), ' ') WHERE kind = 'track' AND item_id = new.id;
END;

CREATE TRIGGER tracks_search_ad AFTER DELETE ON tracks BEGIN
    DELETE FROM search_docs WHERE kind = 'track' AND item_id = old.id;
END;

CREATE TRIGGER track_artists_search_ai AFTER INSERT ON track_artists BEGIN
    UPDATE search_docs SET artists = (SELECT group_concat(a.name, ' ') FROM track_artists ta JOIN artists a ON a.id = ta.artist_id
            WHERE ta.track_id = new.track_id)
        WHERE kind = 'track' AND item_id = new.track_id;
END;

-- Albums: title and the primary artist's name (the part of artist_ids before the first U+001F).
CREATE TRIGGER albums_search_ai AFTER INSERT ON albums BEGIN
    INSERT INTO search_docs (kind, item_id, title, artists) VALUES ('album', new.id, new.title,
            (SELECT name FROM artists WHERE id = CASE WHEN instr(new.artist_ids, char(31)) > 0
                THEN substr(new.artist_ids, 1, instr(new.artist_ids, char(31)) - 1) ELSE new.artist_ids END))
        ON CONFLICT (kind, item_id) DO UPDATE SET title = excluded.title, artists = excluded.artists;
END;

CREATE TRIGGER albums_search_au AFTER UPDATE ON albums
WHEN old.title IS NOT new.title OR old.artist_ids IS NOT new.artist_ids BEGIN
    UPDATE search_docs SET title = new.title, artists = (SELECT name FROM artists WHERE id = CASE WHEN instr(new.artist_ids, char(31)) > 0
                THEN substr(new.artist_ids, 1, instr(new.artist_ids, char(31)) - 1) ELSE new.artist_ids END)
        WHERE kind = 'album' AND item_id = new.id;
END;

CREATE TRIGGER albums_search_ad AFTER DELETE ON albums BEGIN
    DELETE FROM search_docs WHERE kind = 'album' AND item_id = old.id;
END;

CREATE TRIGGER shows_search_ai AFTER INSERT ON shows BEGIN
    INSERT INTO search_docs (kind, item_id, title, artists, tags) VALUES ('show', new.id, new.title, new.publisher, replace(new.tags, char(31), ' '))
        ON CONFLICT (kind, item_id) DO UPDATE SET title = excluded.title, artists = excluded.artists, tags = excluded.tags;
END;

CREATE TRIGGER shows_search_au AFTER UPDATE ON shows
WHEN old.title IS NOT new.title OR old.publisher IS NOT new.publisher OR old.tags IS NOT new.tags BEGIN
    UPDATE search_docs SET title = new.title, artists = new.publisher, tags = replace(new.tags, char(31), ' ')
        WHERE kind = 'show' AND item_id = new.id;
END;

CREATE TRIGGER shows_search_ad AFTER DELETE ON shows BEGIN
    DELETE FROM search_docs WHERE kind = 'show' AND item_id = old.id;
END;

CREATE TRIGGER episodes_search_ai AFTER INSERT ON episodes BEGIN
    INSERT INTO search_docs (kind, item_id, title, artists) VALUES ('episode', new.id, new.title,
            (SELECT title FROM shows WHERE id = new.show_id))
        ON CONFLICT (kind, item_id) DO UPDATE SET title = excluded.title, artists = excluded.artists;
END;

CREATE TRIGGER episodes_search_au AFTER UPDATE ON episodes
WHEN old.title IS NOT new.title OR old.show_id IS NOT new.show_id BEGIN
    UPDATE search_docs SET title = new.title, artists = (SELECT title FROM shows WHERE id = new.show_id)
        WHERE kind = 'episode' AND item_id = new.id;
END;

CREATE TRIGGER episodes_search_ad AFTER DELETE ON episodes BEGIN
    DELETE FROM search_docs WHERE kind = 'episode' AND item_id = old.id;
END;

-- Index what a version-1 database already holds (the search_docs triggers fill catalog_fts).
INSERT INTO search_docs (kind, item_id, title, tags) SELECT 'artist', id, name, replace(tags, char(31), ' ') FROM artists;
INSERT INTO search_docs (kind, item_id, title, artists, tags) SELECT 'track', t.id, t.title,
    (SELECT group_concat(a.name, ' ') FROM track_artists ta JOIN artists a ON a.id = ta.artist_id WHERE ta.track_id = t.id),
    replace(t.tags, char(31), ' ') FROM tracks t;
INSERT INTO search_docs (kind, item_id, title, artists) SELECT 'album', b.id, b.title,
    (SELECT name FROM artists WHERE id = CASE WHEN instr(b.artist_ids, char(31)) > 0
        THEN substr(b.artist_ids, 1, instr(b.artist_ids, char(31)) - 1) ELSE b.artist_ids END) FROM albums b;
INSERT INTO search_docs (kind, item_id, title, artists, tags) SELECT 'show', id, title, publisher, replace(tags, char(31), ' ') FROM shows;
INSERT INTO search_docs (kind, item_id, title, artists) SELECT 'episode', e.id, e.title, (SELECT title FROM shows WHERE id = e.show_id)
    FROM episodes e;
