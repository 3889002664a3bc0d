package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;

/** A way to cut a log into train and test. Implementations are deterministic for a given seed. */
public interface Splitter {
    Split split(InteractionLog log, long seed);

    /**
     * A validation split for tuning, carved from {@code split}'s train part only (the test part is never looked at),
     * with the same protocol and a derived seed.
     */
    default Split validation(Split split, long seed) {
        Split v = split(split.train(), seed ^ 0x9E3779B97F4A7C15L);
        return new Split(v.train(), v.test(), v.protocol() + "/validation", v.settings());
    }
}
