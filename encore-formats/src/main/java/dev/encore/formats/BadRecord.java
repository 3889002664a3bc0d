package dev.encore.formats;

/**
 * Thrown by an importer's record conversion to say why one record is unusable; the reading loop catches it and
 * calls {@link ImportRun#reject}. Carries no stack trace: it is control flow for bad data, not a bug.
 */
public final class BadRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRecord(String reason) {
        super(reason, null, false, false);
    }

    /** A whole number parsed from {@code text}; {@code what} names the field in the error. */
    public static long parseLong(String what, String text) {
        if (text == null || text.isBlank()) throw new BadRecord("missing " + what);
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRecord(what + " '" + text.trim() + "' is not a whole number");
        }
    }

    /** Like {@link #parseLong} but also at least {@code min}. */
    public static long parseLong(String what, String text, long min) {
        long v = parseLong(what, text);
        if (v < min) throw new BadRecord(what + " " + v + " is below " + min);
        return v;
    }
}
