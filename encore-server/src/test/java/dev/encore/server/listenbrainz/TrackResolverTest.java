package dev.encore.server.listenbrainz;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackResolverTest {
    @Test
    void normalisesCaseAccentsAndPunctuation() {
        assertThat(TrackResolver.normalise("  Beyoncé – HALO!! ")).isEqualTo("beyonce halo");
        assertThat(TrackResolver.normalise("Sigur Rós")).isEqualTo(TrackResolver.normalise("sigur ros"));
    }

    @Test
    void matchesByMbidThenIsrcThenNameAndRemembersEveryKey() {
        TrackResolver r = new TrackResolver();
        TrackResolver.Resolved first = r.resolve("Artist", "Song", null, "gb-aaa-01-00001");
        assertThat(first.trackId()).isEqualTo("isrc:GBAAA0100001");
        assertThat(first.newTrack().title()).isEqualTo("Song");
        assertThat(first.newArtist().name()).isEqualTo("Artist");
        // Same ISRC, different spelling and a new MBID: same track, no new records; the MBID is learnt.
        TrackResolver.Resolved second = r.resolve("ARTIST", "song (live)", "0000-mbid", "GBAAA0100001");
        assertThat(second.trackId()).isEqualTo(first.trackId());
        assertThat(second.newTrack()).isNull();
        assertThat(r.resolve("x", "y", "0000-mbid", null).trackId()).isEqualTo(first.trackId());
        // Name only, normalised.
        assertThat(r.resolve("artist", "SONG!", null, null).trackId()).isEqualTo(first.trackId());
        // A different song by the same artist is a new track but reuses the artist.
        TrackResolver.Resolved other = r.resolve("Artist", "Other song", null, null);
        assertThat(other.trackId()).startsWith("lb:").isNotEqualTo(first.trackId());
        assertThat(other.newArtist()).isNull();
        assertThat(other.newTrack().artistIds()).containsExactly(first.newArtist().id());
        // Ids are the importer's: a scrobble and an imported ListenBrainz dump of the same track agree.
        assertThat(other.trackId()).isEqualTo(dev.encore.formats.listenbrainz.ListenBrainzIds.trackId("Artist", "Other song", null, null));
        assertThat(other.newTrack().artistIds()).containsExactly(dev.encore.formats.listenbrainz.ListenBrainzIds.artistId("Artist"));
        // Ids derived from names are stable across restarts (a fresh resolver gives the same id).
        assertThat(new TrackResolver().resolve("Artist", "Other song", null, null).trackId()).isEqualTo(other.trackId());
    }
}
