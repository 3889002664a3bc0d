package dev.encore.store;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.TagAssignment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Writes listening activity other than listens (those go through {@link ListenLog}) inside the caller's
 * transaction: feedback keeps the latest signal per (user, item, type) (a later one replaces it; at the same
 * instant, only a changed one); play counts and tag assignments are upserts; follows are set-like.
 */
final class ActivityWriter {
    private static final String FEEDBACK = "INSERT INTO feedback (user_id, item_kind, item_id, type, at, active) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, item_kind, item_id, type) DO UPDATE SET "
            + "at = excluded.at, active = excluded.active "
            + "WHERE excluded.at > feedback.at OR (excluded.at = feedback.at AND excluded.active <> feedback.active)";
    private static final String PLAY_COUNT = "INSERT INTO play_counts (user_id, item_kind, item_id, count, source) "
            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, item_kind, item_id) DO UPDATE SET "
            + "count = excluded.count, source = coalesce(excluded.source, source)";
    private static final String FOLLOW = "INSERT OR IGNORE INTO follows (follower_id, target_kind, target_id) VALUES (?, ?, ?)";
    private static final String TAG = "INSERT INTO tag_assignments (user_id, item_kind, item_id, tag, assigned_on) "
            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, item_kind, item_id, tag) DO UPDATE SET "
            + "assigned_on = coalesce(excluded.assigned_on, assigned_on)";

    private final Database db;

    ActivityWriter(Database db) {
        this.db = db;
    }

    /** Upserts feedback; returns per record whether it changed the stored state (false: a duplicate or older). */
    boolean[] feedback(List<Feedback> feedback) throws SQLException {
        PreparedStatement ps = db.prepared(FEEDBACK);
        for (Feedback f : feedback) {
            ps.setString(1, f.userId());
            ps.setString(2, Rows.wire(f.itemKind()));
            ps.setString(3, f.itemId());
            ps.setString(4, f.type().name().toLowerCase(Locale.ROOT));
            ps.setLong(5, f.at().toEpochMilli());
            ps.setInt(6, f.active() ? 1 : 0);
            ps.addBatch();
        }
        return changed(ps.executeBatch());
    }

    private static boolean[] changed(int[] counts) {
        boolean[] out = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) out[i] = counts[i] > 0;
        return out;
    }

    void playCounts(List<PlayCount> counts) throws SQLException {
        PreparedStatement ps = db.prepared(PLAY_COUNT);
        for (PlayCount c : counts) {
            ps.setString(1, c.userId());
            ps.setString(2, Rows.wire(c.itemKind()));
            ps.setString(3, c.itemId());
            ps.setLong(4, c.count());
            Jdbc.text(ps, 5, c.source());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    void follows(List<Follow> follows) throws SQLException {
        PreparedStatement ps = db.prepared(FOLLOW);
        for (Follow f : follows) {
            ps.setString(1, f.followerId());
            ps.setString(2, Rows.wire(f.targetKind()));
            ps.setString(3, f.targetId());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    void tagAssignments(List<TagAssignment> tags) throws SQLException {
        PreparedStatement ps = db.prepared(TAG);
        for (TagAssignment t : tags) {
            ps.setString(1, t.userId());
            ps.setString(2, Rows.wire(t.itemKind()));
            ps.setString(3, t.itemId());
            ps.setString(4, t.tag());
            Jdbc.date(ps, 5, t.date());
            ps.addBatch();
        }
        ps.executeBatch();
    }
}
