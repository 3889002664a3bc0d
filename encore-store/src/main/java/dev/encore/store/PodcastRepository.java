package dev.encore.store;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Show;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the podcast products read in bulk: every show and episode, and which shows each listener played (from
 * their episode listens, joined to the episodes' shows). Per-listener reads go through
 * {@link EncoreStore#history()} and {@link EncoreStore#social()}.
 */
public final class PodcastRepository {
    private final EncoreStore store;

    private PodcastRepository(EncoreStore store) {
        this.store = store;
    }

    public static PodcastRepository of(EncoreStore store) {
        return new PodcastRepository(store);
    }

    public List<Show> shows() {
        return SideConnection.with(store, "load shows", c -> Query.list(c, "SELECT * FROM shows ORDER BY id", Rows::show));
    }

    public List<Episode> episodes() {
        return SideConnection.with(store, "load episodes", c -> Query.list(c, "SELECT * FROM episodes ORDER BY id", Rows::episode));
    }

    /** For every listener with an episode listen: the shows of the episodes they played (only episodes still in the catalog). */
    public Map<String, Set<String>> showsByListener() {
        store.settle();
        return SideConnection.with(store, "load show listeners", c -> {
            Map<String, Set<String>> out = new HashMap<>();
            Map<String, String> showOf = new HashMap<>();
            Query.rows(c, "SELECT id, show_id FROM episodes WHERE show_id IS NOT NULL", rs -> showOf.put(rs.getString(1), rs.getString(2)));
            ListenBlocks.forEach(c, e -> {
                String show = e.itemKind() == ItemKind.EPISODE ? showOf.get(e.itemId()) : null;
                if (show != null) out.computeIfAbsent(e.userId(), k -> new TreeSet<>()).add(show);
            });
            return out;
        });
    }
}
