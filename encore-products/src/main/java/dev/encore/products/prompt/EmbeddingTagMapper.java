package dev.encore.products.prompt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Semantic tag mapping: the lexical pass first, then the words it could not place (each, and together as one
 * phrase) are embedded and compared with the embedded tag vocabulary (tags on at least {@link #MIN_TRACKS} tracks,
 * the {@link #MAX_VOCABULARY} most used); the best tags above {@link #THRESHOLD} cosine join at their similarity.
 * The encoder loads on first use, once; if it fails the mapper stays lexical and says so in the path (and the log).
 * Tag vectors are cached by tag text, so a rebuilt index (new catalog data) only embeds the tags that are new.
 */
public final class EmbeddingTagMapper implements TagMapper {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingTagMapper.class);
    static final int MIN_TRACKS = 5, MAX_VOCABULARY = 800, PER_QUERY = 2;
    static final double THRESHOLD = 0.6;
    private final Supplier<Encoder> loader;
    private final boolean background;
    private volatile boolean loading;
    private final LexicalTagMapper lexical = new LexicalTagMapper();
    private Encoder encoder;
    private String failure;
    private PromptIndex cachedFor;
    private List<String> vocabulary;
    private float[][] vectors;
    private final Map<String, float[]> tagVectors = new java.util.concurrent.ConcurrentHashMap<>();

    public EmbeddingTagMapper(Supplier<Encoder> loader) {
        this(loader, false);
    }

    /**
     * @param background load the model and embed the vocabulary on a daemon thread, answering lexically until it is
     *                   ready (a server never makes a request wait seconds); otherwise the first {@link #map} waits
     */
    public EmbeddingTagMapper(Supplier<Encoder> loader, boolean background) {
        this.loader = loader;
        this.background = background;
    }

    /** The bundled all-MiniLM-L6-v2 model, loaded on first use (the caller waits). */
    public static EmbeddingTagMapper miniLm() {
        return new EmbeddingTagMapper(MiniLmEncoder::new, false);
    }

    /** The bundled model, warmed on a background thread; prompts before it is ready are mapped lexically. */
    public static EmbeddingTagMapper miniLmInBackground() {
        return new EmbeddingTagMapper(MiniLmEncoder::new, true);
    }

    @Override
    public Mapping map(List<String> words, PromptIndex index) {
        if (background && !warm(index)) {
            Mapping m = lexical.map(words, index);
            return new Mapping(m.tags(), m.unmatched(), failure != null ? lexicalPath() : "lexical (embedding model loading)");
        }
        Mapping first = lexical.map(words, index);
        if (first.unmatched().isEmpty()) return new Mapping(first.tags(), List.of(), ready(index) ? "embedding+lexical" : lexicalPath());
        if (!ready(index)) return new Mapping(first.tags(), first.unmatched(), lexicalPath());
        List<String> queries = new ArrayList<>(first.unmatched());
        if (queries.size() > 1) queries.add(String.join(" ", first.unmatched()));
        float[][] q;
        try {
            q = encoder.encode(queries);
        } catch (RuntimeException e) {
            LOG.warn("prompt embedding failed, using lexical tags only: {}", e.toString());
            return new Mapping(first.tags(), first.unmatched(), "lexical (embedding failed: " + e.getMessage() + ")");
        }
        Map<String, Double> tags = new LinkedHashMap<>(first.tags());
        List<String> unmatched = new ArrayList<>();
        for (int k = 0; k < q.length; k++) {
            List<Map.Entry<String, Double>> best = nearest(q[k]);
            if (best.isEmpty() && k < first.unmatched().size()) unmatched.add(queries.get(k));
            for (Map.Entry<String, Double> e : best) tags.merge(e.getKey(), Math.min(0.9, e.getValue()), Math::max);
        }
        return new Mapping(tags, unmatched, "embedding+lexical");
    }

    /** In background mode: true when ready for {@code index}; otherwise starts the warm-up (once at a time). */
    private boolean warm(PromptIndex index) {
        synchronized (this) {
            if (failure != null) return false;
            if (encoder != null && cachedFor == index) return true;
            if (loading) return false;
            loading = true;
        }
        Thread t = new Thread(() -> {
            try {
                ready(index);
            } finally {
                loading = false;
            }
        }, "encore-prompt-embeddings");
        t.setDaemon(true);
        t.start();
        return false;
    }

    private String lexicalPath() {
        return failure == null ? "lexical" : "lexical (embedding model unavailable: " + failure + ")";
    }

    /** Whether the embedding path can serve {@code index}: loads the encoder and embeds the vocabulary once. */
    public synchronized boolean ready(PromptIndex index) {
        if (failure != null) return false;
        try {
            if (encoder == null) {
                long t0 = System.nanoTime();
                encoder = loader.get();
                LOG.info("prompt embedding model loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
            }
            if (cachedFor != index) {
                long t0 = System.nanoTime();
                List<String> vocab = index.vocabulary(MIN_TRACKS);
                List<String> wanted = vocab.subList(0, Math.min(MAX_VOCABULARY, vocab.size()));
                List<String> missing = wanted.stream().filter(t -> !tagVectors.containsKey(t)).toList();
                if (!missing.isEmpty()) {
                    float[][] fresh = encoder.encode(missing);
                    for (int k = 0; k < missing.size(); k++) tagVectors.put(missing.get(k), fresh[k]);
                }
                vectors = wanted.stream().map(tagVectors::get).toArray(float[][]::new);
                vocabulary = wanted;
                cachedFor = index;
                LOG.info("embedded {} new prompt tags ({} in the vocabulary) in {} ms", missing.size(), wanted.size(), (System.nanoTime() - t0) / 1_000_000);
            }
            return true;
        } catch (RuntimeException | LinkageError e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.warn("prompt embedding model unavailable, using the lexical tag mapping: {}", failure);
            return false;
        }
    }

    private List<Map.Entry<String, Double>> nearest(float[] q) {
        List<Map.Entry<String, Double>> out = new ArrayList<>();
        for (int t = 0; t < vectors.length; t++) {
            double dot = 0;
            float[] v = vectors[t];
            for (int d = 0; d < v.length; d++) dot += q[d] * v[d];
            if (dot >= THRESHOLD) out.add(Map.entry(vocabulary.get(t), dot));
        }
        out.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return out.subList(0, Math.min(PER_QUERY, out.size()));
    }
}
