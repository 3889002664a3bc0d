package dev.encore.synth;

import java.nio.file.Path;
import java.time.Duration;

/** What a generation wrote, for the CLI to print. {@code elapsed} is wall time and is not written anywhere. */
public record WorldSummary(Path directory, int users, int artists, int albums, int tracks, int shows, int episodes,
                           long listens, long follows, long feedback, Duration elapsed) {
    @Override
    public String toString() {
        return "users: " + users + "\nartists: " + artists + "\nalbums: " + albums + "\ntracks: " + tracks
                + "\nshows: " + shows + "\nepisodes: " + episodes + "\nlistens: " + listens + "\nfollows: " + follows
                + "\nfeedback: " + feedback;
    }
}
