-- Discovery Mode promotion: campaigns (an artist or label opts tracks in), their tracks in owner order, and
-- listeners who opted out of seeing promoted tracks. Written by CampaignRepository. Times are epoch milliseconds.
CREATE TABLE IF NOT EXISTS campaigns (
    id              TEXT PRIMARY KEY,
    owner_id        TEXT NOT NULL,
    name            TEXT NOT NULL,
    start_at        INTEGER NOT NULL,
    end_at          INTEGER NOT NULL CHECK (end_at > start_at),
    commission_rate REAL NOT NULL CHECK (commission_rate >= 0 AND commission_rate <= 1),
    impression_goal INTEGER NOT NULL CHECK (impression_goal >= 1),
    status          TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
    created_at      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS campaigns_by_owner ON campaigns (owner_id, created_at);

CREATE TABLE IF NOT EXISTS campaign_tracks (
    campaign_id TEXT NOT NULL,
    position    INTEGER NOT NULL,
    track_id    TEXT NOT NULL,
    PRIMARY KEY (campaign_id, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS campaign_tracks_by_track ON campaign_tracks (track_id);

CREATE TABLE IF NOT EXISTS promotion_opt_outs (
    user_id TEXT PRIMARY KEY,
    at      INTEGER NOT NULL
) WITHOUT ROWID;
