package dev.encore.formats.encore;

/** A dataset directory the reader cannot use: a bad header, or (in strict mode) the first bad line. */
public class EncoreFormatException extends RuntimeException {
    public EncoreFormatException(String message) {
        super(message);
    }
}
