package dev.encore.synth;

/**
 * What {@link DemoCompletion} emitted. {@code ignoredCounts} are play counts it could not use (an artist missing
 * from the artist list, or a kind other than artist).
 */
public record DemoSummary(int users, int albums, int tracks, int shows, int episodes, long listens, long episodeListens,
                          long ignoredCounts) {
    @Override
    public String toString() {
        return "users: " + users + "\nalbums: " + albums + "\ntracks: " + tracks + "\nshows: " + shows + "\nepisodes: " + episodes
                + "\nlistens: " + listens + "\nepisode listens: " + episodeListens + "\nignored play counts: " + ignoredCounts;
    }
}
