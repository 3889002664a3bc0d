package dev.encore.store;

import dev.encore.core.domain.ItemKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Full-text search over the catalog (schema V002: one document per track, artist, album, show and episode, kept in
 * sync by triggers on every write). Every word of the query must match, each as a prefix ("radioh" finds
 * Radiohead); results are ranked by BM25 with a title match counting most, then artist names, then tags.
 */
public final class CatalogSearch {
    /** BM25 column weights for title, artists, tags: a title hit outranks the same word in an artist credit. */
    private static final String RANK = "bm25(catalog_fts, 10.0, 4.0, 2.0)";
    /** Longer queries are cut: nobody types 32 words into a search box, and each word costs an index lookup. */
    static final int MAX_TERMS = 32;
    private static final Set<ItemKind> SEARCHABLE = Set.of(ItemKind.TRACK, ItemKind.ARTIST, ItemKind.ALBUM, ItemKind.SHOW, ItemKind.EPISODE);

    private final Database db;

    CatalogSearch(Database db) {
        this.db = db;
    }

    /** One result: {@code artists} is the artist names (publisher for shows, show title for episodes) or null. */
    public record Hit(ItemKind kind, String id, String title, String artists, double score) {}

    /** The kinds search covers. */
    public static Set<ItemKind> searchable() {
        return SEARCHABLE;
    }

    /**
     * The best matches for {@code text}, among {@code kinds} (all searchable kinds when empty), best first, skipping
     * {@code offset}. Throws {@link IllegalArgumentException} when the text holds no letter or digit.
     */
    public List<Hit> search(String text, Collection<ItemKind> kinds, int limit, int offset) {
        String match = matchExpression(text);
        for (ItemKind k : kinds)
            if (!SEARCHABLE.contains(k))
                throw new IllegalArgumentException("cannot search " + k.wire() + "s; searchable kinds: track, artist, album, show, episode");
        List<Object> params = new ArrayList<>();
        params.add(match);
        String kindFilter = "";
        if (!kinds.isEmpty()) {
            kindFilter = " AND d.kind IN (" + Query.placeholders(kinds.size()) + ")";
            for (ItemKind k : kinds) params.add(Rows.wire(k));
        }
        params.add(limit);
        params.add(offset);
        String sql = "SELECT d.kind, d.item_id, d.title, d.artists, " + RANK + " AS r FROM catalog_fts f "
                + "JOIN search_docs d ON d.rowid = f.rowid WHERE catalog_fts MATCH ?" + kindFilter
                + " ORDER BY r, d.kind, d.item_id LIMIT ? OFFSET ?";
        return db.read("search catalog for '" + text + "'", c -> Query.list(c, sql,
                rs -> new Hit(Rows.kind(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), -rs.getDouble(5)),
                params.toArray()));
    }

    /**
     * Turns free text into an FTS5 expression: each run of letters and digits becomes a quoted prefix term
     * ({@code "radioh"*}), so FTS5 operators and punctuation typed by users are taken literally, never parsed.
     */
    static String matchExpression(String text) {
        List<String> terms = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String s = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= s.length() && terms.size() < MAX_TERMS; ) {
            int cp = i < s.length() ? s.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) word.appendCodePoint(cp);
            else if (word.length() > 0) {
                terms.add("\"" + word + "\"*");
                word.setLength(0);
            }
            i += i < s.length() ? Character.charCount(cp) : 1;
        }
        if (terms.isEmpty())
            throw new IllegalArgumentException("search text '" + (text == null ? "" : text)
                    + "' has no letters or digits; type part of a title, an artist name or a tag");
        return String.join(" ", terms);
    }
}
