package dev.encore.formats;

/**
 * The kinds of record an importer emits into a {@link dev.encore.core.domain.RecordSink}; reports count by these.
 * {@link #TAG} is a vocabulary entry (HetRec's tags.dat): it reaches the sink only inside tag assignments and
 * artists' tags, so it is counted with {@link ImportRun#acceptAside}.
 */
public enum RecordType {
    ARTIST, ALBUM, TRACK, SHOW, EPISODE, USER, LISTEN, FEEDBACK, FOLLOW, PLAY_COUNT, TAG_ASSIGNMENT, PLAYLIST, TAG;

    /** Human label for a count in summaries: {@code 1 play count}, {@code 3 play counts}. */
    public String label(long n) {
        String one = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return n == 1 ? one : one + "s";
    }
}
