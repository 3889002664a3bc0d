package dev.encore.ml;

import java.util.BitSet;

/** Decides whether an item may be returned. Keep implementations cheap: top-K calls it for every candidate. */
@FunctionalInterface
public interface ItemFilter {
    boolean allows(int item);

    ItemFilter ALL = item -> true;

    /** Rejects every item whose bit is set (heard, banned, explicit, ...). */
    static ItemFilter excluding(BitSet excluded) {
        return item -> !excluded.get(item);
    }

    /** Rejects the given items (e.g. the query's own history). */
    static ItemFilter excluding(int[] items) {
        BitSet b = new BitSet();
        for (int i : items) b.set(i);
        return excluding(b);
    }

    default ItemFilter and(ItemFilter other) {
        return item -> allows(item) && other.allows(item);
    }
}
