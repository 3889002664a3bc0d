package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * 64-bit hashes of the duplicate keys of the listens waiting to be merged, kept in memory while they are complete
 * (nothing was waiting, then only {@link EncoreStore#ingest} appended), so ingest can tell new listens from
 * duplicates without reading the waiting batches. They are kept per batch, so a merge of the batches up to some id
 * forgets just those. A miss proves a listen is not waiting; a hit is only a candidate
 * that the caller confirms against the batches (true duplicates, such as a retried request, are rare; a false hit
 * is rarer still). Hashes in a primitive open-addressing table, not key objects: a million waiting listens cost
 * 16 MB and nothing for the garbage collector to trace. A bulk append through a sink is not tracked: it makes the
 * set incomplete until the next merge. Guarded by the database write lock.
 */
final class PendingKeys {
    /** The exact duplicate key, for confirming candidates. */
    record Key(String userId, long at, ItemKind kind, String itemId) {
        static Key of(ListenEvent e) {
            return new Key(e.userId(), e.listenedAt().toEpochMilli(), e.itemKind(), e.itemId());
        }
    }

    private record Batch(long id, long[] hashes, int count) {}

    private static final int MIN_CAPACITY = 1 << 10;

    private final ArrayDeque<Batch> batches = new ArrayDeque<>(); // in id order
    private long[] table = new long[MIN_CAPACITY]; // 0 = empty slot; the union of the batches' hashes
    private int size;
    private boolean complete;

    PendingKeys(boolean nothingWaiting) {
        complete = nothingWaiting;
    }

    /** The hash of a listen's duplicate key (never 0). */
    static long hash(ListenEvent e) {
        long h = mix(e.listenedAt().toEpochMilli() * 0x9E3779B97F4A7C15L + e.itemKind().ordinal());
        h = chars(h, e.userId());
        h = chars(mix(h), e.itemId());
        h = mix(h);
        return h == 0 ? 1 : h;
    }

    private static long chars(long h, String s) {
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001B3L; // FNV-1a steps over UTF-16
        return h ^ s.length();
    }

    /** A strong 64-bit finaliser (from SplitMix64), so ids that differ in one character spread over all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Whether the set holds the key of every waiting listen. */
    boolean complete() {
        return complete;
    }

    /** False: no waiting listen has this key. True: one may have (confirm it). */
    boolean mayContain(long hash) {
        int mask = table.length - 1;
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            if (table[i] == hash) return true;
            if (table[i] == 0) return false;
        }
    }

    /** The keys of a batch that was appended with id {@code batchId}. */
    void addBatch(long batchId, long[] hashes, int count) {
        if (!complete) return;
        batches.addLast(new Batch(batchId, hashes, count));
        for (int i = 0; i < count; i++) add(hashes[i]);
    }

    /** Ids of the batches holding any of these hashes (a linear pass over the hashes, far cheaper than decoding). */
    List<Long> batchesWith(Set<Long> wanted) {
        List<Long> out = new ArrayList<>();
        for (Batch b : batches) {
            for (int i = 0; i < b.count(); i++) {
                if (wanted.contains(b.hashes()[i])) {
                    out.add(b.id());
                    break;
                }
            }
        }
        return out;
    }

    /** Listens of the tracked batches with ids up to {@code batchId}. */
    long listensUpTo(long batchId) {
        long n = 0;
        for (Batch b : batches) if (b.id() <= batchId) n += b.count();
        return n;
    }

    /** A merge took the batches with ids up to {@code batchId}; those appended since stay. */
    void mergedUpTo(long batchId) {
        while (!batches.isEmpty() && batches.peekFirst().id() <= batchId) batches.removeFirst();
        clearTable();
        for (Batch b : batches) for (int i = 0; i < b.count(); i++) add(b.hashes()[i]);
    }

    private void add(long hash) {
        if (2 * (size + 1) > table.length) grow();
        int mask = table.length - 1;
        int i = (int) hash & mask;
        while (table[i] != 0) {
            if (table[i] == hash) return;
            i = (i + 1) & mask;
        }
        table[i] = hash;
        size++;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long h : old) if (h != 0) add(h);
    }

    /** Listens were appended without their keys: forget the set until nothing is waiting again. */
    void untracked() {
        batches.clear();
        clearTable();
        complete = false;
    }

    /** A merge took everything that was waiting. */
    void emptied() {
        batches.clear();
        clearTable();
        complete = true;
    }

    private void clearTable() {
        if (table.length > MIN_CAPACITY) table = new long[MIN_CAPACITY]; else Arrays.fill(table, 0);
        size = 0;
    }
}
