package dev.encore.server.serving;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One user's fresh items for {@link UserOverlay}: an open-addressing table (linear probing) of item id, summed
 * weight, last touch (epoch ms) and a recency tick, in parallel arrays. A server holds hundreds of these per active
 * user, so an item costs ~48 bytes and no object of its own (a map entry per item made every young collection
 * copy, and every full one trace, millions of them under ingest). Holds up to a quarter more than {@code cap}
 * items; past that it drops the least recently touched down to {@code cap} at once, so eviction costs a sort per
 * {@code cap / 4} new items instead of list upkeep per touch. Not thread-safe: {@link UserOverlay} locks each user's.
 */
final class FreshItems {
    private final int cap;
    private String[] ids = new String[16];
    private float[] weights = new float[16];
    private long[] touched = new long[16];
    private long[] ticks = new long[16];
    private int size;
    private long tick;

    FreshItems(int cap) {
        this.cap = cap;
    }

    /** The most items held: {@code cap} plus a quarter (at least one). */
    int limit() {
        return cap + Math.max(1, cap / 4);
    }

    void add(String id, float weight, long nowMillis) {
        int i = slot(id);
        if (ids[i] == null) {
            if (2 * (size + 1) > ids.length) {
                rehash(ids.length * 2, Long.MIN_VALUE, Long.MIN_VALUE);
                i = slot(id);
            }
            ids[i] = id;
            weights[i] = 0f;
            size++;
        }
        weights[i] += weight;
        touched[i] = nowMillis;
        ticks[i] = ++tick;
        if (size > limit()) rehash(ids.length, Long.MIN_VALUE, nthOldestTick(size - cap));
    }

    /** Drops items last touched before {@code cutoffMillis}. */
    void pruneBefore(long cutoffMillis) {
        rehash(ids.length, cutoffMillis, Long.MIN_VALUE);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Drops every item. */
    void clear() {
        ids = new String[16];
        weights = new float[16];
        touched = new long[16];
        ticks = new long[16];
        size = 0;
    }

    /** The items' weights, least recently touched first. */
    Map<String, Float> snapshot() {
        long[] order = new long[size];
        int n = 0;
        for (int i = 0; i < ids.length; i++) if (ids[i] != null) order[n++] = ticks[i] * ids.length + i;
        Arrays.sort(order);
        Map<String, Float> out = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            int i = (int) (order[k] % ids.length);
            out.put(ids[i], weights[i]);
        }
        return out;
    }

    private int slot(String id) {
        int mask = ids.length - 1;
        int h = id.hashCode() * 0x9E3779B9;
        int i = (h ^ (h >>> 16)) & mask;
        while (ids[i] != null && !ids[i].equals(id)) i = (i + 1) & mask;
        return i;
    }

    /** The tick of the {@code n}-th least recent item (1-based). */
    private long nthOldestTick(int n) {
        long[] t = new long[size];
        int k = 0;
        for (int i = 0; i < ids.length; i++) if (ids[i] != null) t[k++] = ticks[i];
        Arrays.sort(t);
        return t[n - 1];
    }

    /** Rebuilds the table at {@code capacity}, keeping items touched at or after {@code minMillis} and ticked after {@code maxDroppedTick}. */
    private void rehash(int capacity, long minMillis, long maxDroppedTick) {
        String[] oldIds = ids;
        float[] oldWeights = weights;
        long[] oldTouched = touched, oldTicks = ticks;
        ids = new String[capacity];
        weights = new float[capacity];
        touched = new long[capacity];
        ticks = new long[capacity];
        size = 0;
        for (int j = 0; j < oldIds.length; j++) {
            if (oldIds[j] == null || oldTouched[j] < minMillis || oldTicks[j] <= maxDroppedTick) continue;
            int i = slot(oldIds[j]);
            ids[i] = oldIds[j];
            weights[i] = oldWeights[j];
            touched[i] = oldTouched[j];
            ticks[i] = oldTicks[j];
            size++;
        }
    }
}
