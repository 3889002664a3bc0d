package dev.encore.store;

import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Promotion campaigns and promotion opt-outs (tables of {@code V004__promotion.sql}). Each call uses a short-lived
 * side connection to the store's database, so it needs no accessor on {@link EncoreStore}.
 */
public final class CampaignRepository {
    private final EncoreStore store;

    private CampaignRepository(EncoreStore store) {
        this.store = store;
    }

    public static CampaignRepository of(EncoreStore store) {
        return new CampaignRepository(store);
    }

    /** Creates or replaces a campaign with its tracks in one transaction. */
    public void save(Campaign c) {
        SideConnection.with(store, "save campaign " + c.id(), conn -> SideConnection.transaction(conn, () -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO campaigns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET owner_id = excluded.owner_id, name = excluded.name, start_at = excluded.start_at, "
                    + "end_at = excluded.end_at, commission_rate = excluded.commission_rate, impression_goal = excluded.impression_goal, "
                    + "status = excluded.status")) {
                ps.setString(1, c.id());
                ps.setString(2, c.ownerId());
                ps.setString(3, c.name());
                ps.setLong(4, c.start().toEpochMilli());
                ps.setLong(5, c.end().toEpochMilli());
                ps.setDouble(6, c.commissionRate());
                ps.setLong(7, c.impressionGoal());
                ps.setString(8, c.status().wire());
                ps.setLong(9, c.createdAt().toEpochMilli());
                ps.executeUpdate();
            }
            try (PreparedStatement del = conn.prepareStatement("DELETE FROM campaign_tracks WHERE campaign_id = ?")) {
                del.setString(1, c.id());
                del.executeUpdate();
            }
            try (PreparedStatement ins = conn.prepareStatement("INSERT INTO campaign_tracks VALUES (?, ?, ?)")) {
                for (int i = 0; i < c.trackIds().size(); i++) {
                    ins.setString(1, c.id());
                    ins.setInt(2, i);
                    ins.setString(3, c.trackIds().get(i));
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        }));
    }

    public Optional<Campaign> find(String id) {
        List<Campaign> found = load("SELECT * FROM campaigns WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** One owner's campaigns, newest first. */
    public List<Campaign> byOwner(String ownerId) {
        return load("SELECT * FROM campaigns WHERE owner_id = ? ORDER BY created_at DESC, id", ownerId);
    }

    /** Every campaign, newest first. */
    public List<Campaign> all() {
        return load("SELECT * FROM campaigns ORDER BY created_at DESC, id");
    }

    /** Sets the status; returns false when no such campaign exists. */
    public boolean setStatus(String id, CampaignStatus status) {
        return SideConnection.with(store, "set status of campaign " + id, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE campaigns SET status = ? WHERE id = ?")) {
                ps.setString(1, status.wire());
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Records (or withdraws) a listener's opt-out from promoted tracks. */
    public void setOptOut(String userId, boolean optedOut, Instant at) {
        SideConnection.with(store, "record promotion opt-out of " + userId, conn -> {
            try (PreparedStatement ps = conn.prepareStatement(optedOut
                    ? "INSERT INTO promotion_opt_outs VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING"
                    : "DELETE FROM promotion_opt_outs WHERE user_id = ?")) {
                ps.setString(1, userId);
                if (optedOut) ps.setLong(2, at.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    public Set<String> optedOut() {
        return SideConnection.with(store, "list promotion opt-outs", conn -> {
            Set<String> out = new LinkedHashSet<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT user_id FROM promotion_opt_outs ORDER BY user_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    private List<Campaign> load(String sql, Object... params) {
        return SideConnection.with(store, "load campaigns", conn -> {
            List<Campaign> out = new ArrayList<>();
            for (Head h : Query.list(conn, sql, CampaignRepository::head, params)) {
                List<String> tracks = Query.list(conn, "SELECT track_id FROM campaign_tracks WHERE campaign_id = ? ORDER BY position",
                        rs -> rs.getString(1), h.id);
                out.add(new Campaign(h.id, h.owner, h.name, tracks, h.start, h.end, h.rate, h.goal, h.status, h.created));
            }
            return out;
        });
    }

    private record Head(String id, String owner, String name, Instant start, Instant end, double rate, long goal,
                        CampaignStatus status, Instant created) {}

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getString("id"), rs.getString("owner_id"), rs.getString("name"),
                Instant.ofEpochMilli(rs.getLong("start_at")), Instant.ofEpochMilli(rs.getLong("end_at")),
                rs.getDouble("commission_rate"), rs.getLong("impression_goal"), CampaignStatus.parse(rs.getString("status")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
