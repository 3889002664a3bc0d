package dev.encore.server.prompt;

import dev.encore.ml.serving.ModelBundle;
import dev.encore.products.TasteModel;
import dev.encore.products.prompt.ChatRewriter;
import dev.encore.products.prompt.Conversation;
import dev.encore.products.prompt.EmbeddingTagMapper;
import dev.encore.products.prompt.LexicalTagMapper;
import dev.encore.products.prompt.ModelTaste;
import dev.encore.products.prompt.PromptEngine;
import dev.encore.products.prompt.PromptIndex;
import dev.encore.products.prompt.PromptSyntaxException;
import dev.encore.products.prompt.TagMapper;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.server.products.StoreListeningHistory;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;
import dev.encore.store.EncoreStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Prompt playlists for the API and the UI. The prompt index (every track and artist) is built on first use and
 * rebuilt in the background when older than {@link #REBUILD} (requests keep the old one meanwhile); the engine follows the served model (taste scores) and works without
 * one. Tag mapping uses the bundled sentence-embedding model warmed in the background (system property
 * {@code encore.prompt.embeddings=off} keeps it lexical); an LLM joins when ENCORE_LLM_URL is set.
 */
public final class PromptService {
    private static final Logger LOG = LoggerFactory.getLogger(PromptService.class);
    static final Duration REBUILD = Duration.ofMinutes(10);
    private final EncoreStore store;
    private final ModelHolder models;
    private final TagMapper mapper;
    private final ChatRewriter.Config llm;
    private final Clock clock;
    private PromptIndex index;
    private Instant builtAt;
    private PromptEngine engine;
    private String engineModel;
    private PromptIndex next;
    private boolean rebuilding;

    public PromptService(EncoreStore store, ModelHolder models, TagMapper mapper, ChatRewriter.Config llm, Clock clock) {
        this.store = store;
        this.models = models;
        this.mapper = mapper;
        this.llm = llm;
        this.clock = clock;
    }

    /** The configuration the server runs with: background embeddings unless switched off, LLM from the environment. */
    public static PromptService standard(EncoreStore store, ModelHolder models, Clock clock) {
        boolean embeddings = !"off".equalsIgnoreCase(System.getProperty("encore.prompt.embeddings", "on"));
        TagMapper mapper = embeddings ? EmbeddingTagMapper.miniLmInBackground() : new LexicalTagMapper();
        ChatRewriter.Config llm = null;
        try {
            llm = ChatRewriter.Config.fromEnv(System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.warn("ignoring the LLM settings: {}", e.getMessage());
        }
        return new PromptService(store, models, mapper, llm, clock);
    }

    public PromptEngine.Turn create(String userId, String prompt) {
        try {
            return engine().create(userId, prompt);
        } catch (PromptSyntaxException e) {
            throw problem("prompt", e);
        }
    }

    public PromptEngine.Turn refine(String userId, Conversation conversation, String followUp) {
        try {
            return engine().refine(userId, conversation, followUp);
        } catch (PromptSyntaxException e) {
            throw problem("followUp", e);
        }
    }

    public PromptIndex index() {
        return engine().index();
    }

    private synchronized PromptEngine engine() {
        Instant now = clock.instant();
        LoadedModel m = models.current().orElse(null);
        String version = m == null ? "" : m.version();
        boolean fresh = false;
        if (index == null) {                       // the first prompt builds the index; later ones never wait for it
            index = build();
            builtAt = now;
            fresh = true;
        } else if (builtAt.plus(REBUILD).isBefore(now) && !rebuilding && next == null) {
            rebuilding = true;
            Thread t = new Thread(this::rebuild, "encore-prompt-index");
            t.setDaemon(true);
            t.start();
        }
        if (next != null) {
            index = next;
            next = null;
            builtAt = now;
            fresh = true;
        }
        if (fresh || engine == null || !version.equals(engineModel)) {
            TasteModel taste = m == null ? null : TasteModel.of(new ModelBundle(m.interactions(), m.model(), m.manifest()), null);
            ChatRewriter rewriter = llm == null ? null : new ChatRewriter(llm, index);
            engine = new PromptEngine(index, mapper, new ModelTaste(taste, new StoreListeningHistory(store), index.asCatalog()), rewriter);
            engineModel = version;
        }
        return engine;
    }

    private PromptIndex build() {
        long t0 = System.nanoTime();
        PromptIndex built = StorePromptIndex.build(store);
        LOG.info("prompt index: {} tracks in {} ms", built.size(), (System.nanoTime() - t0) / 1_000_000);
        return built;
    }

    /** Builds a fresh index off the request path; the next prompt switches to it. */
    private void rebuild() {
        try {
            PromptIndex built = build();
            synchronized (this) {
                next = built;
            }
        } catch (RuntimeException e) {
            LOG.warn("prompt index rebuild failed, keeping the current one: {}", e.toString());
        } finally {
            synchronized (this) {
                rebuilding = false;
            }
        }
    }

    private static ApiProblem problem(String field, PromptSyntaxException e) {
        return ApiProblem.invalid(e.getMessage(), List.of(FieldError.of(field, e.position() >= 0
                ? "at position " + e.position() + ": " + e.fix() : e.fix())));
    }
}
