-- The latest listened_at of any listen in `listens` (the minimum long when there is none). A listen that arrives
-- later than this cannot duplicate a stored one, so ingest skips the primary-key lookup for it: live listens,
-- which arrive in time order, never pay for it. Every merge raises it (see ListenLog); nothing else writes listens.
CREATE TABLE IF NOT EXISTS listen_watermark (
    latest_at INTEGER NOT NULL
);
INSERT INTO listen_watermark (latest_at)
SELECT coalesce(max(listened_at), -9223372036854775808) FROM listens
WHERE NOT EXISTS (SELECT 1 FROM listen_watermark);
