package dev.encore.products.discovery;

import dev.encore.core.domain.Playlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Editions in memory, per (user, product) and sorted by period; thread-safe for batch generation. */
public final class InMemoryEditionHistory implements EditionHistory {
    private final Map<String, NavigableMap<String, Playlist>> editions = new ConcurrentHashMap<>();

    @Override
    public List<Playlist> before(String userId, String product, String period, int n) {
        NavigableMap<String, Playlist> all = editions.get(key(userId, product));
        if (all == null) return List.of();
        synchronized (all) {
            List<Playlist> out = new ArrayList<>(n);
            for (Playlist p : all.headMap(period, false).descendingMap().values()) {
                if (out.size() >= n) break;
                out.add(p);
            }
            return out;
        }
    }

    @Override
    public Playlist find(String userId, String product, String period) {
        NavigableMap<String, Playlist> all = editions.get(key(userId, product));
        if (all == null) return null;
        synchronized (all) {
            return all.get(period);
        }
    }

    @Override
    public void record(String userId, String product, Playlist edition) {
        if (edition.period() == null)
            throw new IllegalArgumentException("edition " + edition.id() + " has no period: set e.g. \"2026-W48\" on the playlist");
        NavigableMap<String, Playlist> all = editions.computeIfAbsent(key(userId, product), k -> new TreeMap<>());
        synchronized (all) {
            all.put(edition.period(), edition);
        }
    }

    private static String key(String userId, String product) {
        return product + '\u0000' + userId;
    }
}
