package dev.encore.formats.encore;

/**
 * The files of an Encore dataset directory, in the order the reader streams them: catalog first, so a sink sees
 * every track before a listen of it, and the big listens file last. See the package documentation for columns.
 */
public enum EncoreFile {
    ARTISTS("artists.jsonl", false),
    ALBUMS("albums.jsonl", false),
    TRACKS("tracks.jsonl", false),
    SHOWS("shows.jsonl", false),
    EPISODES("episodes.jsonl", false),
    USERS("users.jsonl", false),
    PLAYLISTS("playlists.jsonl", true),
    FOLLOWS("follows.csv", false),
    TAG_ASSIGNMENTS("tag_assignments.csv", true),
    PLAY_COUNTS("play_counts.csv", true),
    FEEDBACK("feedback.csv", false),
    LISTENS("listens.csv", false);

    private final String fileName;
    private final boolean optional;

    EncoreFile(String fileName, boolean optional) {
        this.fileName = fileName;
        this.optional = optional;
    }

    public String fileName() {
        return fileName;
    }

    /** Optional files are only created by the writer when a record of their kind arrives. */
    public boolean optional() {
        return optional;
    }

    public boolean isCsv() {
        return fileName.endsWith(".csv");
    }

    /** The header line of a CSV file; null for JSON-lines files. */
    public String csvHeader() {
        return switch (this) {
            case FOLLOWS -> FollowCsv.HEADER;
            case TAG_ASSIGNMENTS -> PlayCountCsv.TAG_HEADER;
            case PLAY_COUNTS -> PlayCountCsv.HEADER;
            case FEEDBACK -> FeedbackCsv.HEADER;
            case LISTENS -> ListenCsv.HEADER;
            default -> null;
        };
    }
}
