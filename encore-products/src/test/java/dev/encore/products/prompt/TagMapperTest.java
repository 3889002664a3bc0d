package dev.encore.products.prompt;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TagMapperTest {
    private final PromptIndex index = SmallCatalog.index();

    @Test
    void lexicalMatchesTagsSpellingsAndSynonyms() {
        TagMapper.Mapping m = new LexicalTagMapper().map(List.of("classic", "rock", "hiphop", "postrock", "chill", "zzz"), index);
        assertThat(m.tags()).containsKeys("classic rock", "hip hop", "post rock", "chillout");
        assertThat(m.unmatched()).containsExactly("zzz");
        assertThat(m.path()).isEqualTo("lexical");
        assertThat(new LexicalTagMapper().map(List.of("rap"), index).tags()).containsKeys("hip hop", "rap");
    }

    @Test
    void aModelThatFailsToLoadLeavesTheLexicalPathAndSaysWhy() {
        AtomicInteger loads = new AtomicInteger();
        EmbeddingTagMapper m = new EmbeddingTagMapper(() -> {
            loads.incrementAndGet();
            throw new IllegalStateException("no ONNX runtime here");
        });
        TagMapper.Mapping out = m.map(List.of("rock", "soothing"), index);
        assertThat(out.tags()).containsKey("rock");
        assertThat(out.unmatched()).containsExactly("soothing");
        assertThat(out.path()).isEqualTo("lexical (embedding model unavailable: IllegalStateException: no ONNX runtime here)");
        m.map(List.of("jazz"), index);
        assertThat(loads).hasValue(1);   // tried once, not on every prompt
    }

    @Test
    void embeddingsPlaceWordsTheLexiconMisses() {
        // a fake encoder: "soothing" lies next to "ambient", "beats" next to "hip hop"; everything else is orthogonal
        Map<String, float[]> space = Map.of("ambient", new float[]{1, 0, 0}, "soothing", new float[]{0.9f, 0.1f, 0},
                "hip hop", new float[]{0, 1, 0}, "beats", new float[]{0, 0.8f, 0.2f});
        AtomicInteger vocabularyCalls = new AtomicInteger();
        EmbeddingTagMapper m = new EmbeddingTagMapper(() -> texts -> {
            if (texts.size() > 5) vocabularyCalls.incrementAndGet();
            return texts.stream().map(t -> MiniLmEncoder.unit(space.getOrDefault(t, new float[]{0, 0, 1}))).toArray(float[][]::new);
        });
        TagMapper.Mapping out = m.map(List.of("soothing", "beats"), index);
        assertThat(out.path()).isEqualTo("embedding+lexical");
        assertThat(out.tags()).containsKeys("ambient", "hip hop");
        assertThat(out.tags().get("ambient")).isBetween(0.6, 0.9);
        m.map(List.of("soothing"), index);
        assertThat(vocabularyCalls).hasValue(1);   // vocabulary embedded once per index
        m.map(List.of("soothing"), SmallCatalog.index());
        assertThat(vocabularyCalls).hasValue(1);   // a rebuilt index with the same tags embeds nothing new
    }

    @Test
    void inBackgroundModeRequestsNeverWaitForTheModel() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        EmbeddingTagMapper m = new EmbeddingTagMapper(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return texts -> texts.stream().map(t -> MiniLmEncoder.unit(t.equals("soothing") || t.equals("ambient") ? new float[]{1, 0} : new float[]{0, 1}))
                    .toArray(float[][]::new);
        }, true);
        assertThat(m.map(List.of("soothing"), index).path()).isEqualTo("lexical (embedding model loading)");
        release.countDown();
        long deadline = System.currentTimeMillis() + 5000;
        TagMapper.Mapping out = m.map(List.of("soothing"), index);
        while (!out.path().equals("embedding+lexical") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            out = m.map(List.of("soothing"), index);
        }
        assertThat(out.path()).isEqualTo("embedding+lexical");
        assertThat(out.tags()).containsKey("ambient");
    }
}
