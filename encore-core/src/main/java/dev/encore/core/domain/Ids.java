package dev.encore.core.domain;

/** Validation shared by the records: external ids are non-blank strings of bounded length. */
final class Ids {
    static final int MAX_LENGTH = 512;

    private Ids() {}

    static void require(String what, String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException(what + " must not be empty");
        if (id.length() > MAX_LENGTH) throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
    }
}
