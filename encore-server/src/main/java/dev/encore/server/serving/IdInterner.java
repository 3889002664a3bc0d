package dev.encore.server.serving;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per item id, so the overlay's many per-user tables hold references to the same strings
 * instead of a copy per event parsed. Bounded: past {@code maxIds} distinct ids (more than a catalog, so likely
 * junk ids) it stops remembering new ones and hands them back as they are.
 */
final class IdInterner {
    private final int maxIds;
    private final ConcurrentHashMap<String, String> ids = new ConcurrentHashMap<>();

    IdInterner(int maxIds) {
        this.maxIds = maxIds;
    }

    String intern(String id) {
        String known = ids.get(id);
        if (known != null) return known;
        if (ids.size() >= maxIds) return id;
        known = ids.putIfAbsent(id, id);
        return known != null ? known : id;
    }
}
