package dev.encore.server.products;

import dev.encore.products.radio.RadioSession;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Open radio sessions by id, across model versions (a session keeps the model it was opened on until it ends).
 * Bounded: past {@code capacity} the least recently used session is dropped, so abandoned sessions cannot grow
 * memory without limit.
 */
public final class RadioSessions {
    private final Map<String, RadioSession> sessions;

    public RadioSessions(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("radio session capacity must be >= 1, got " + capacity);
        this.sessions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RadioSession> e) {
                return size() > capacity;
            }
        };
    }

    public synchronized void add(RadioSession s) {
        sessions.put(s.id(), s);
    }

    public synchronized Optional<RadioSession> get(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    public synchronized int size() {
        return sessions.size();
    }
}
