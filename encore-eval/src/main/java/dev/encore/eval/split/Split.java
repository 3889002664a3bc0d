package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;

import java.util.Map;

/**
 * A train/test partition of one log: same users × items shape, disjoint (user, item) pairs. {@code protocol} names
 * how it was made and {@code settings} records every parameter (and the seed), for reports. {@code unranked}, when
 * not null, holds pairs that are neither trained on nor tested but must not be ranked either (a three-way split's
 * validation part at test time, as RecBole excludes every earlier phase's items from the candidates).
 */
public record Split(InteractionLog train, InteractionLog test, String protocol, Map<String, Object> settings, InteractionLog unranked) {
    public Split {
        if (train.users() != test.users() || train.items() != test.items())
            throw new IllegalArgumentException("train is " + train.users() + "x" + train.items() + " but test is "
                    + test.users() + "x" + test.items() + ": both halves must index the same users and items");
        if (unranked != null && (unranked.users() != train.users() || unranked.items() != train.items()))
            throw new IllegalArgumentException("the unranked pairs must index the same users and items as train");
        settings = Map.copyOf(settings);
    }

    public Split(InteractionLog train, InteractionLog test, String protocol, Map<String, Object> settings) {
        this(train, test, protocol, settings, null);
    }
}
