package dev.encore.products.prompt;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real bundled all-MiniLM-L6-v2 model (offline, ~4 s to load): unit 384-d vectors that put meaning before spelling. */
class MiniLmEncoderTest {
    @Test
    void embedsAndMapsUnseenWordsOntoTheVocabulary() {
        MiniLmEncoder enc = new MiniLmEncoder();
        float[][] v = enc.encode(List.of("calm relaxing music", "chillout", "death metal"));
        assertThat(v[0]).hasSize(384);
        assertThat(dot(v[0], v[0])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]));

        EmbeddingTagMapper mapper = new EmbeddingTagMapper(() -> enc);
        TagMapper.Mapping m = mapper.map(List.of("rock", "rapper"), SmallCatalog.index());
        assertThat(m.path()).isEqualTo("embedding+lexical");
        assertThat(m.tags()).containsKey("rock").containsKey("rap");
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
