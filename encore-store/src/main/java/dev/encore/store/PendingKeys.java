package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Duplicate keys of the listens waiting in the inbox, kept in memory while they are complete (the inbox was
 * empty, then only {@link EncoreStore#ingest} appended to it), so ingest can tell new listens from duplicates
 * without an index on the inbox. A bulk append through a sink is not tracked: it makes the set incomplete until
 * the next merge empties the inbox. Guarded by the database write lock.
 */
final class PendingKeys {
    record Key(String userId, long at, ItemKind kind, String itemId) {
        static Key of(ListenEvent e) {
            return new Key(e.userId(), e.listenedAt().toEpochMilli(), e.itemKind(), e.itemId());
        }
    }

    private final Set<Key> keys = new HashSet<>();
    private boolean complete;

    PendingKeys(boolean inboxEmpty) {
        complete = inboxEmpty;
    }

    /** Whether the set holds the key of every listen in the inbox. */
    boolean complete() {
        return complete;
    }

    boolean contains(Key key) {
        return keys.contains(key);
    }

    void addAll(Collection<Key> added) {
        if (complete) keys.addAll(added);
    }

    /** Listens were appended without their keys: forget the set until the inbox is empty again. */
    void untracked() {
        keys.clear();
        complete = false;
    }

    /** The inbox was emptied by a merge. */
    void emptied() {
        keys.clear();
        complete = true;
    }
}
