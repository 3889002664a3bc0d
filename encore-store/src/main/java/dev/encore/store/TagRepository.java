package dev.encore.store;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.Track;

import java.util.List;
import java.util.function.Consumer;

/**
 * Tag queries over both sources of tags: catalog tags (a track's, artist's or show's own list) and user tag
 * assignments. A tag matches case-insensitively (ASCII) and is reported in lower case. An item's weight for a
 * tag is its number of uses: one for carrying the tag in the catalog plus one per user who assigned it.
 */
public final class TagRepository {
    private static final String USES = "SELECT item_id, sum(w) AS uses FROM ("
            + "SELECT item_id, 1 AS w FROM catalog_tags WHERE tag = ? AND item_kind = ? "
            + "UNION ALL SELECT item_id, 1 AS w FROM tag_assignments WHERE tag = ? AND item_kind = ?) GROUP BY item_id";

    private final Database db;

    TagRepository(Database db) {
        this.db = db;
    }

    /** Ids of items of {@code kind} with the tag, most used first, then by id; includes ids not in the catalog. */
    public List<String> itemsByTag(ItemKind kind, String tag, int limit) {
        String k = Rows.wire(kind);
        return db.read("find " + k + "s tagged '" + tag + "'", c -> Query.list(c,
                USES + " ORDER BY uses DESC, item_id LIMIT ?", rs -> rs.getString(1), tag, k, tag, k, limit));
    }

    /** Catalog tracks with the tag, most used first, then by id. */
    public List<Track> tracksByTag(String tag, int limit) {
        return db.read("find tracks tagged '" + tag + "'", c -> Query.list(c, "SELECT " + CatalogRepository.prefixed("t")
                        + " FROM (" + USES + ") x JOIN tracks t ON t.id = x.item_id ORDER BY x.uses DESC, t.id LIMIT ?",
                Rows::track, tag, "track", tag, "track", limit));
    }

    /** Catalog artists with the tag, most used first, then by id. */
    public List<Artist> artistsByTag(String tag, int limit) {
        return db.read("find artists tagged '" + tag + "'", c -> Query.list(c, "SELECT a.* FROM (" + USES
                        + ") x JOIN artists a ON a.id = x.item_id ORDER BY x.uses DESC, a.id LIMIT ?",
                Rows::artist, tag, "artist", tag, "artist", limit));
    }

    /** The most used tags on items of {@code kind} (every kind when null), then by tag. */
    public List<TagCount> topTags(ItemKind kind, int limit) {
        String where = kind == null ? "" : " WHERE item_kind = ?";
        Object[] params = kind == null ? new Object[]{limit} : new Object[]{Rows.wire(kind), Rows.wire(kind), limit};
        String sql = "SELECT lower(tag) AS t, sum(n) AS uses FROM ("
                + "SELECT tag, count(*) AS n FROM catalog_tags" + where + " GROUP BY tag "
                + "UNION ALL SELECT tag, count(*) AS n FROM tag_assignments" + where + " GROUP BY tag) "
                + "GROUP BY t ORDER BY uses DESC, t LIMIT ?";
        return db.read("count top tags", c -> Query.list(c, sql, rs -> new TagCount(rs.getString(1), rs.getLong(2)), params));
    }

    /** Tags of one item with their use counts, most used first. */
    public List<TagCount> tagsOf(ItemKind kind, String itemId) {
        String k = Rows.wire(kind);
        return db.read("load tags of " + k + " " + itemId, c -> Query.list(c, "SELECT lower(tag) AS t, sum(w) AS uses FROM ("
                        + "SELECT tag, 1 AS w FROM catalog_tags WHERE item_kind = ? AND item_id = ? "
                        + "UNION ALL SELECT tag, 1 AS w FROM tag_assignments WHERE item_kind = ? AND item_id = ?) "
                        + "GROUP BY t ORDER BY uses DESC, t",
                rs -> new TagCount(rs.getString(1), rs.getLong(2)), k, itemId, k, itemId));
    }

    /** Streams every user tag assignment, by user then item, with constant memory. */
    public void forEachAssignment(Consumer<? super TagAssignment> sink) {
        db.read("scan tag assignments", c -> {
            Query.each(c, "SELECT * FROM tag_assignments ORDER BY user_id, item_kind, item_id, tag", Rows::tagAssignment, sink);
            return null;
        });
    }
}
