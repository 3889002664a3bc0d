package dev.encore.formats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StableIdsTest {
    @Test
    void hashesAreStableAcrossReleases() {
        // computed independently: sha256("the beatles\u001flet it be")[:16] with Python's hashlib
        assertThat(StableIds.hash("The Beatles", "Let It Be")).isEqualTo("a5fa2dc8d1af87c0");
        assertThat(StableIds.hash("Sigur Rós")).isEqualTo("8e5060042e3ba6de");
    }

    @Test
    void caseSpacingAndCompatibilityFormsDoNotChangeTheHash() {
        String h = StableIds.hash("The Beatles", "Let It Be");
        assertThat(StableIds.hash("  the   BEATLES ", "let it\tbe")).isEqualTo(h);
        assertThat(StableIds.hash("Ｔｈｅ Ｂｅａｔｌｅｓ", "Let It Be")).as("full-width letters (NFKC)").isEqualTo(h);
        assertThat(StableIds.hash("ab", "c")).isNotEqualTo(StableIds.hash("a", "bc"));
        assertThat(StableIds.hash("The Beatles")).hasSize(16).matches("[0-9a-f]{16}");
    }

    @Test
    void mbidsAreRecognisedAndLowerCased() {
        assertThat(StableIds.mbid(" 6A2F8E1C-1B7D-4C8E-9A0F-3D5E7B9C1A21 ")).isEqualTo("6a2f8e1c-1b7d-4c8e-9a0f-3d5e7b9c1a21");
        assertThat(StableIds.mbid("not-a-uuid")).isNull();
        assertThat(StableIds.mbid(null)).isNull();
    }
}
