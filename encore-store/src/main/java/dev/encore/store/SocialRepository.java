package dev.encore.store;

import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;

import java.util.List;
import java.util.function.Consumer;

/** The follow graph: who a user follows (users, artists, shows, playlists), followers, and friends. */
public final class SocialRepository {
    private final Database db;

    SocialRepository(Database db) {
        this.db = db;
    }

    /** Everything {@code userId} follows, by kind then id. */
    public List<Follow> following(String userId) {
        return db.read("load follows of user " + userId, c -> Query.list(c,
                "SELECT * FROM follows WHERE follower_id = ? ORDER BY target_kind, target_id", rs -> follow(rs), userId));
    }

    /** Ids of the targets of one kind that {@code userId} follows (kind USER: the user's friends). */
    public List<String> following(String userId, ItemKind kind) {
        return db.read("load follows of user " + userId, c -> Query.list(c,
                "SELECT target_id FROM follows WHERE follower_id = ? AND target_kind = ? ORDER BY target_id",
                rs -> rs.getString(1), userId, Rows.wire(kind)));
    }

    /** Ids of the users following a target (an artist, a user, ...). */
    public List<String> followers(ItemKind kind, String targetId) {
        return db.read("load followers of " + Rows.wire(kind) + " " + targetId, c -> Query.list(c,
                "SELECT follower_id FROM follows WHERE target_kind = ? AND target_id = ? ORDER BY follower_id",
                rs -> rs.getString(1), Rows.wire(kind), targetId));
    }

    /** Users that {@code userId} follows and who follow back. */
    public List<String> mutualFriends(String userId) {
        return db.read("load friends of user " + userId, c -> Query.list(c,
                "SELECT f.target_id FROM follows f JOIN follows b ON b.follower_id = f.target_id AND b.target_kind = 'user' "
                        + "AND b.target_id = f.follower_id WHERE f.follower_id = ? AND f.target_kind = 'user' ORDER BY f.target_id",
                rs -> rs.getString(1), userId));
    }

    public boolean follows(String followerId, ItemKind kind, String targetId) {
        return db.read("check follow", c -> Query.number(c,
                "SELECT EXISTS (SELECT 1 FROM follows WHERE follower_id = ? AND target_kind = ? AND target_id = ?)",
                followerId, Rows.wire(kind), targetId) == 1);
    }

    /** Adds a follow edge and commits; returns whether it is new (following twice changes nothing). */
    public boolean follow(Follow follow) {
        return db.write("follow", c -> {
            var ps = db.prepared("INSERT OR IGNORE INTO follows (follower_id, target_kind, target_id) VALUES (?, ?, ?)");
            ps.setString(1, follow.followerId());
            ps.setString(2, Rows.wire(follow.targetKind()));
            ps.setString(3, follow.targetId());
            return ps.executeUpdate() > 0;
        });
    }

    /** One page of the targets of {@code kind} that {@code userId} follows, by id, starting after {@code after} (null: first page). */
    public List<String> following(String userId, ItemKind kind, String after, int limit) {
        return db.read("page follows of user " + userId, c -> Query.list(c,
                "SELECT target_id FROM follows WHERE follower_id = ? AND target_kind = ? AND target_id > ? ORDER BY target_id LIMIT ?",
                rs -> rs.getString(1), userId, Rows.wire(kind), after == null ? "" : after, limit));
    }

    /** One page of the users following a target, by id, starting after {@code after} (null: first page). */
    public List<String> followers(ItemKind kind, String targetId, String after, int limit) {
        return db.read("page followers of " + Rows.wire(kind) + " " + targetId, c -> Query.list(c,
                "SELECT follower_id FROM follows WHERE target_kind = ? AND target_id = ? AND follower_id > ? ORDER BY follower_id LIMIT ?",
                rs -> rs.getString(1), Rows.wire(kind), targetId, after == null ? "" : after, limit));
    }

    /** How many users follow a target. */
    public long followerCount(ItemKind kind, String targetId) {
        return db.read("count followers", c -> Query.number(c,
                "SELECT count(*) FROM follows WHERE target_kind = ? AND target_id = ?", Rows.wire(kind), targetId));
    }

    /** Removes a follow edge; returns whether it existed. (Importers add follows through a {@link StoreSink}.) */
    public boolean unfollow(Follow follow) {
        return db.write("unfollow", c -> {
            var ps = db.prepared("DELETE FROM follows WHERE follower_id = ? AND target_kind = ? AND target_id = ?");
            ps.setString(1, follow.followerId());
            ps.setString(2, Rows.wire(follow.targetKind()));
            ps.setString(3, follow.targetId());
            return ps.executeUpdate() > 0;
        });
    }

    /** Streams every follow edge by follower, with constant memory (graph walks, friend-based sources). */
    public void forEachFollow(Consumer<? super Follow> sink) {
        db.read("scan follows", c -> {
            Query.each(c, "SELECT * FROM follows ORDER BY follower_id, target_kind, target_id", rs -> follow(rs), sink);
            return null;
        });
    }

    private static Follow follow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Follow(rs.getString("follower_id"), Rows.kind(rs.getString("target_kind")), rs.getString("target_id"));
    }
}
