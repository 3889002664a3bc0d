package dev.encore.products.prompt;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (384 dimensions) in process on ONNX Runtime, shipped inside its Maven artifact: no network.
 * Loading takes seconds, so callers create it once and lazily. The tokenizer library caches under the home
 * directory; when that is not writable a temporary directory is used instead.
 */
public final class MiniLmEncoder implements Encoder {
    private final EmbeddingModel model;

    public MiniLmEncoder() {
        Path home = Path.of(System.getProperty("user.home", "/"));
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null && !Files.isWritable(home))
            System.setProperty("DJL_CACHE_DIR", Path.of(System.getProperty("java.io.tmpdir"), "encore-djl").toString());
        this.model = new AllMiniLmL6V2EmbeddingModel();
    }

    @Override
    public float[][] encode(List<String> texts) {
        List<Embedding> out = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        float[][] v = new float[out.size()][];
        for (int i = 0; i < v.length; i++) v[i] = unit(out.get(i).vector());
        return v;
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        if (n == 0) return v;
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) u[i] = (float) (v[i] / n);
        return u;
    }
}
