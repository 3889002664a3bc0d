package dev.encore.products;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Listens held in memory, per user and sorted by time; for tests and tools. */
public final class InMemoryListeningHistory implements ListeningHistory {
    private final Map<String, List<ListenEvent>> byUser = new HashMap<>();

    public InMemoryListeningHistory(Iterable<ListenEvent> listens) {
        for (ListenEvent e : listens) byUser.computeIfAbsent(e.userId(), u -> new ArrayList<>()).add(e);
        for (List<ListenEvent> l : byUser.values()) l.sort(Comparator.comparing(ListenEvent::listenedAt));
    }

    @Override
    public List<ListenEvent> listens(String userId, Instant from, Instant to) {
        List<ListenEvent> out = new ArrayList<>();
        for (ListenEvent e : byUser.getOrDefault(userId, List.of())) {
            if (!e.listenedAt().isBefore(from) && e.listenedAt().isBefore(to)) out.add(e);
        }
        return out;
    }

    @Override
    public Set<String> heardTracks(String userId) {
        Set<String> out = new HashSet<>();
        for (ListenEvent e : byUser.getOrDefault(userId, List.of())) {
            if (e.itemKind() == ItemKind.TRACK) out.add(e.itemId());
        }
        return out;
    }
}
