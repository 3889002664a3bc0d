package dev.encore.products.prompt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Prompt → playlist, and follow-ups on it. With an LLM configured, its answer is tried first — from the agent loop
 * ({@link PromptAgent}, when {@link ChatRewriter.Config#agent()}; a plain rewrite if the endpoint refuses tools) or
 * the rewrite — and kept only when it parses, names only catalog artists and tags and contains at least one
 * structured term; otherwise (and always without one) the offline path runs: structured terms, rule layer, tag
 * mapping. Thread-safe once built.
 */
public final class PromptEngine {
    private static final Logger LOG = LoggerFactory.getLogger(PromptEngine.class);
    private final PromptIndex index;
    private final Interpreter interpreter;
    private final Refiner refiner;
    private final PlaylistBuilder builder;
    private final ChatRewriter rewriter;
    private final PromptAgent agent;

    /** @param rewriter the LLM step, or null for offline only */
    public PromptEngine(PromptIndex index, TagMapper mapper, ListenerTaste taste, ChatRewriter rewriter) {
        this.index = index;
        this.interpreter = new Interpreter(index, mapper);
        this.refiner = new Refiner(index, interpreter);
        this.builder = new PlaylistBuilder(index, taste);
        this.rewriter = rewriter;
        this.agent = rewriter != null && rewriter.config().agent() ? new PromptAgent(rewriter.config(), index, taste) : null;
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
        String structured, path, source = "rewrite";
        PromptAgent.Outcome a = agent == null ? null : agent.run(prompt, userId);
        if (a != null && a.ok()) {
            structured = a.structured();
            source = "agent answer";
            path = "llm agent (" + a.rounds() + (a.rounds() == 1 ? " round" : " rounds")
                    + (a.toolsUsed().isEmpty() ? "" : "; " + String.join(", ", a.toolsUsed())) + "): " + structured;
        } else if (a != null && !a.toolsRefused()) {
            LOG.info("LLM agent gave no usable answer ({}); offline interpretation", a.failure());
            notes.add("LLM agent not used: " + a.failure());
            return null;
        } else {
            if (a != null) {
                LOG.info("LLM endpoint refused the agent request ({}); asking for a plain rewrite", a.failure());
                notes.add("LLM agent not used (" + a.failure() + "); asked for a plain rewrite");
            }
            ChatRewriter.Outcome o = rewriter.rewrite(prompt);
            if (!o.ok()) {
                LOG.info("LLM rewrite unavailable ({}); offline interpretation", o.failure());
                notes.add("LLM not used: " + o.failure());
                return null;
            }
            structured = o.structured();
            path = "llm: " + structured;
        }
        try {
            Structured s = PromptParser.parse(structured);
            if (s.terms().isEmpty()) throw new PromptSyntaxException("the " + source + " has no structured term", -1, "expected artist:, tag:, stats: or recs:");
            Interpreter.Result r = interpreter.interpret(structured, userId, Constraints.none());
            return new Interpreter.Result(r.constraints(), path, r.unmatched());
        } catch (PromptSyntaxException e) {
            LOG.info("LLM {} '{}' rejected: {}", source, structured, e.getMessage());
            notes.add("LLM " + source + " rejected (" + e.getMessage() + "); used the offline interpretation");
            return null;
        }
    }
}
