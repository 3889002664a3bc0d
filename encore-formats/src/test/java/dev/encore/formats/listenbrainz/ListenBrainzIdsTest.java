package dev.encore.formats.listenbrainz;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListenBrainzIdsTest {
    @Test
    void idsAreStableAcrossReleases() {
        // computed independently with Python's unicodedata and hashlib from the documented normalisation
        assertThat(ListenBrainzIds.trackId("The Beatles", "Let It Be", null, null)).isEqualTo("lb:1c2b6c1f76deb8040ef3");
        assertThat(ListenBrainzIds.artistId("Sigur Rós")).isEqualTo("lb:artist:213487e4ae085347");
        assertThat(ListenBrainzIds.albumId("Björk", "Homogenic")).isEqualTo("lb:album:6a15659e619c9520");
    }

    @Test
    void accentsCasePunctuationAndSpacingDoNotMatter() {
        assertThat(ListenBrainzIds.normalise("Beyoncé – Halo!")).isEqualTo("beyonce halo");
        assertThat(ListenBrainzIds.trackId("  the beatles", "LET IT BE!", null, null))
                .isEqualTo(ListenBrainzIds.trackId("The Beatles", "Let It Be", null, null));
        assertThat(ListenBrainzIds.artistId("Sigur Ros")).isEqualTo(ListenBrainzIds.artistId("Sigur Rós"));
        assertThat(ListenBrainzIds.trackId("A", "B C", null, null)).isNotEqualTo(ListenBrainzIds.trackId("A B", "C", null, null));
    }

    @Test
    void recordingMbidThenIsrcThenNamesIdentifyATrack() {
        String mbid = "6a2f8e1c-1b7d-4c8e-9a0f-3d5e7b9c1a21";
        assertThat(ListenBrainzIds.trackId("Sigur Rós", "Hoppípolla", mbid, "GBAYE0500656")).isEqualTo("mbid:" + mbid);
        assertThat(ListenBrainzIds.trackId("Sigur Rós", "Hoppípolla", null, "gb-aye-05-00656")).isEqualTo("isrc:GBAYE0500656");
        assertThat(ListenBrainzIds.trackId("Sigur Rós", "Hoppípolla", null, " ")).startsWith("lb:");
    }
}
