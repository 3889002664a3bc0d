package dev.encore.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** The counts behind {@link EncoreStore#stats()}, read in one snapshot. */
final class StatsQuery {
    private StatsQuery() {}

    static StoreStats run(Connection c) throws SQLException {
        c.setAutoCommit(false); // one read transaction, so all counts come from the same snapshot
        try {
            long listens = Query.number(c, "SELECT coalesce(sum(plays), 0) FROM item_plays");
            Instant first = listens == 0 ? null : Instant.ofEpochMilli(Query.number(c, "SELECT min(first_at) FROM item_plays"));
            Instant last = listens == 0 ? null : Instant.ofEpochMilli(Query.number(c, "SELECT max(last_at) FROM item_plays"));
            return new StoreStats(count(c, "users"), count(c, "artists"), count(c, "albums"), count(c, "tracks"),
                    count(c, "shows"), count(c, "episodes"), listens, count(c, "feedback"), count(c, "follows"),
                    count(c, "play_counts"), count(c, "tag_assignments"), count(c, "playlists"), first, last);
        } finally {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        return Query.number(c, "SELECT count(*) FROM " + table);
    }
}
