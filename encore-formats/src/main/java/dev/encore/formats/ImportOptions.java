package dev.encore.formats;

/**
 * How an import run behaves.
 *
 * @param strict      fail on the first bad record with an {@link ImportException} (file:line: reason)
 *                    instead of reporting it and going on
 * @param progress    told the bytes read so far; never null ({@link ProgressListener#NONE} when unwanted)
 * @param user        the user id to attribute listens to when the input does not name one (ListenBrainz,
 *                    Spotify history); overrides names found in the input; null when not given
 * @param maxExamples how many rejects and warnings the report keeps as examples (all are counted)
 */
public record ImportOptions(boolean strict, ProgressListener progress, String user, int maxExamples) {
    public static final int DEFAULT_MAX_EXAMPLES = 1000;

    public ImportOptions {
        if (progress == null) progress = ProgressListener.NONE;
        if (user != null && user.isBlank()) {
            throw new IllegalArgumentException("user must not be blank; leave it out to use the names in the input");
        }
        if (maxExamples < 0) throw new IllegalArgumentException("maxExamples must be >= 0, got " + maxExamples);
    }

    /** Lenient, silent, no user override, 1000 examples. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, ProgressListener.NONE, null, DEFAULT_MAX_EXAMPLES);
    }

    public ImportOptions withStrict(boolean strict) {
        return new ImportOptions(strict, progress, user, maxExamples);
    }

    public ImportOptions withProgress(ProgressListener progress) {
        return new ImportOptions(strict, progress, user, maxExamples);
    }

    public ImportOptions withUser(String user) {
        return new ImportOptions(strict, progress, user, maxExamples);
    }

    public ImportOptions withMaxExamples(int maxExamples) {
        return new ImportOptions(strict, progress, user, maxExamples);
    }
}
