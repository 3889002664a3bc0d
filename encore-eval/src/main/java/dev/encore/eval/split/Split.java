package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;

import java.util.Map;

/**
 * A train/test partition of one log: same users × items shape, disjoint (user, item) pairs. {@code protocol} names
 * how it was made and {@code settings} records every parameter (and the seed), for reports.
 */
public record Split(InteractionLog train, InteractionLog test, String protocol, Map<String, Object> settings) {
    public Split {
        if (train.users() != test.users() || train.items() != test.items())
            throw new IllegalArgumentException("train is " + train.users() + "x" + train.items() + " but test is "
                    + test.users() + "x" + test.items() + ": both halves must index the same users and items");
        settings = Map.copyOf(settings);
    }
}
