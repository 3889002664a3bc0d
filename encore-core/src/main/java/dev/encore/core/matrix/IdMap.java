package dev.encore.core.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps external string ids to dense ints 0..size-1 in order of first appearance. Not thread-safe: build it in one
 * thread, then share it read-only.
 */
public final class IdMap {
    private final Map<String, Integer> index;
    private final List<String> ids;

    public IdMap() {
        this(16);
    }

    public IdMap(int expected) {
        index = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
        ids = new ArrayList<>(expected);
    }

    public static IdMap of(List<String> ids) {
        IdMap map = new IdMap(ids.size());
        for (String id : ids) {
            if (map.index.containsKey(id)) throw new IllegalArgumentException("duplicate id '" + id + "'");
            map.add(id);
        }
        return map;
    }

    /** The dense index of {@code id}, assigning the next one if it is new. */
    public int add(String id) {
        Integer known = index.get(id);
        if (known != null) return known;
        int next = ids.size();
        index.put(id, next);
        ids.add(id);
        return next;
    }

    /** The dense index of {@code id}, or -1 if unknown. */
    public int indexOf(String id) {
        Integer known = index.get(id);
        return known == null ? -1 : known;
    }

    public String id(int index) {
        return ids.get(index);
    }

    public int size() {
        return ids.size();
    }

    public List<String> ids() {
        return Collections.unmodifiableList(ids);
    }
}
