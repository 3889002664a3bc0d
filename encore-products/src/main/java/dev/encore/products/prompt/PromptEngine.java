package dev.encore.products.prompt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Prompt → playlist, and follow-ups on it. With an LLM configured, its rewrite is tried first and kept only when it
 * parses, names only catalog artists and tags and contains at least one structured term; otherwise (and always
 * without one) the offline path runs: structured terms, rule layer, tag mapping. Thread-safe once built.
 */
public final class PromptEngine {
    private static final Logger LOG = LoggerFactory.getLogger(PromptEngine.class);
    private final PromptIndex index;
    private final Interpreter interpreter;
    private final Refiner refiner;
    private final PlaylistBuilder builder;
    private final ChatRewriter rewriter;

    /** @param rewriter the LLM step, or null for offline only */
    public PromptEngine(PromptIndex index, TagMapper mapper, ListenerTaste taste, ChatRewriter rewriter) {
        this.index = index;
        this.interpreter = new Interpreter(index, mapper);
        this.refiner = new Refiner(index, interpreter);
        this.builder = new PlaylistBuilder(index, taste);
        this.rewriter = rewriter;
    }

    /** The playlist and the conversation to continue from. */
    public record Turn(PromptPlaylist playlist, Conversation conversation) {}

    public PromptIndex index() {
        return index;
    }

    public Turn create(String userId, String prompt) {
        if (prompt == null || prompt.isBlank())
            throw new PromptSyntaxException("the prompt is empty", -1, "describe the playlist, e.g. \"chill indie for a rainy Sunday, 2 hours\"");
        List<String> notes = new ArrayList<>();
        Interpreter.Result llm = rewriter == null ? null : viaLlm(prompt, userId, notes);
        Interpreter.Result r = llm != null ? llm : interpreter.interpret(prompt, userId, Constraints.none());
        return finish(userId, r, notes, conv -> new Conversation(List.of(prompt), r.constraints(), conv));
    }

    public Turn refine(String userId, Conversation conversation, String followUp) {
        Interpreter.Result r = refiner.refine(conversation, followUp, userId);
        return finish(userId, r, new ArrayList<>(), ids -> conversation.then(followUp, r.constraints(), ids));
    }

    private Turn finish(String userId, Interpreter.Result r, List<String> notes, java.util.function.Function<List<String>, Conversation> conv) {
        if (!r.unmatched().isEmpty()) notes.add("not matched to any tag or artist: " + String.join(", ", r.unmatched()));
        PromptPlaylist p = builder.build(r.constraints(), userId, r.path(), notes);
        return new Turn(p, conv.apply(p.trackIds()));
    }

    private Interpreter.Result viaLlm(String prompt, String userId, List<String> notes) {
        ChatRewriter.Outcome o = rewriter.rewrite(prompt);
        if (!o.ok()) {
            LOG.info("LLM rewrite unavailable ({}); offline interpretation", o.failure());
            notes.add("LLM not used: " + o.failure());
            return null;
        }
        try {
            Structured s = PromptParser.parse(o.structured());
            if (s.terms().isEmpty()) throw new PromptSyntaxException("the rewrite has no structured term", -1, "expected artist:, tag:, stats: or recs:");
            Interpreter.Result r = interpreter.interpret(o.structured(), userId, Constraints.none());
            return new Interpreter.Result(r.constraints(), "llm: " + o.structured(), r.unmatched());
        } catch (PromptSyntaxException e) {
            LOG.info("LLM rewrite '{}' rejected: {}", o.structured(), e.getMessage());
            notes.add("LLM rewrite rejected (" + e.getMessage() + "); used the offline interpretation");
            return null;
        }
    }
}
