package dev.encore.formats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the most recently emitted ids so an importer does not send the same artist or track for every
 * listen. Bounded (least recently seen forgotten first) so memory stays constant; forgetting only means a
 * repeat emission, which the store upserts. Deterministic: same input order, same emissions.
 */
public final class SeenIds {
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Map<String, Boolean> recent;

    public SeenIds() {
        this(DEFAULT_CAPACITY);
    }

    public SeenIds(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        this.recent = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True when {@code id} was not seen recently (the caller should emit it); remembers it either way. */
    public boolean firstTime(String id) {
        return recent.put(id, Boolean.TRUE) == null;
    }
}
