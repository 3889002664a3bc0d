package dev.encore.products.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The LLM agent loop: sends the prompt with the catalog tools ({@link AgentTools}) to an OpenAI-compatible
 * chat-completions endpoint; while the reply asks for tool calls, runs them locally, appends their results as
 * {@code role: tool} messages and asks again. It stops at a final assistant message (the structured query, which
 * {@link PromptEngine} then validates against the catalog like a rewrite), at the round limit, or when the overall
 * timeout is spent. Every failure is an {@link Outcome} with a reason, never an exception. Thread-safe.
 */
public final class PromptAgent {
    /** HTTP statuses with which a server refuses a request it does not understand, here: one carrying tools. */
    private static final Set<Integer> REFUSED = Set.of(400, 404, 405, 422, 501);
    private static final String SYSTEM = "You build music playlists. Turn the listener's request into one query in this language. "
            + ChatRewriter.LANGUAGE + " Only artists and tags that exist in the catalog are accepted: call the tools to look "
            + "them up (search_catalog for names and genres, similar_artists, user_top_artists, radio) when unsure. Common tags: %s. "
            + "When done, reply with the query only, one line, no explanation.";

    /**
     * The final query, or why there is none; {@code rounds} requests were sent, {@code toolsUsed} in call order;
     * {@code toolsRefused}: the endpoint rejected the first request (likely the tools), so a plain rewrite may work.
     */
    public record Outcome(String structured, String failure, int rounds, List<String> toolsUsed, boolean toolsRefused) {
        public boolean ok() {
            return structured != null;
        }
    }

    private final ChatRewriter.Config config;
    private final ChatClient client;
    private final ObjectMapper json;
    private final AgentTools tools;
    private final String system;

    public PromptAgent(ChatRewriter.Config config, PromptIndex index, ListenerTaste taste) {
        this.config = config;
        this.client = new ChatClient(config);
        this.json = client.json();
        this.tools = new AgentTools(index, new CatalogTools(index), taste, json);
        this.system = SYSTEM.formatted(String.join(", ", index.vocabulary(1).stream().limit(100).toList()));
    }

    /** @param userId the listener (null when anonymous: {@code user_top_artists} then says so) */
    public Outcome run(String prompt, String userId) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        ObjectNode body = json.createObjectNode().put("model", config.model()).put("temperature", 0);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", prompt);
        body.set("tools", tools.definitions());
        List<String> used = new ArrayList<>();
        for (int round = 1; round <= config.agentRounds(); round++) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return fail("no final answer within " + config.timeout().toMillis() + " ms", round - 1, used);
            ChatClient.Reply reply = client.post(body, Duration.ofNanos(left));
            if (!reply.ok()) {
                String detail = reply.serverError().isEmpty() ? "" : ": " + reply.serverError();
                if (round == 1 && REFUSED.contains(reply.status())) return new Outcome(null, reply.failure() + detail, 1, used, true);
                String why = reply.status() == 0 && reply.failure().startsWith("no answer")
                        ? "no final answer within " + config.timeout().toMillis() + " ms" : reply.failure() + detail;
                return fail(why + " (round " + round + ")", round, used);
            }
            JsonNode message = reply.body().path("choices").path(0).path("message");
            if (!message.isObject()) return fail("reply has no choices[0].message (round " + round + ")", round, used);
            JsonNode calls = message.path("tool_calls");
            if (calls.isArray() && !calls.isEmpty()) {
                if (round == config.agentRounds())
                    return fail("still calling tools after " + round + " rounds (the limit); no final query", round, used);
                messages.add(assistantTurn(message));
                for (JsonNode call : calls) {
                    String name = call.path("function").path("name").asText("");
                    String result;
                    try {
                        result = tools.call(name, call.path("function").path("arguments"), userId);
                    } catch (AgentTools.BadCall e) {
                        return fail("bad tool call in round " + round + ": " + e.getMessage(), round, used);
                    }
                    used.add(name);
                    ObjectNode toolMsg = messages.addObject().put("role", "tool").put("name", name).put("content", result);
                    if (call.hasNonNull("id")) toolMsg.put("tool_call_id", call.path("id").asText());
                }
                continue;
            }
            JsonNode content = message.path("content");
            String text = content.isTextual() ? ChatClient.firstLine(content.asText()) : "";
            if (text.isEmpty()) return fail("final reply has neither tool calls nor text (round " + round + ")", round, used);
            return new Outcome(text, null, round, List.copyOf(used), false);
        }
        throw new IllegalStateException("unreachable: the loop returns by its last round");
    }

    /** The assistant's tool-calling message as sent back: role, content and the calls, nothing server-specific. */
    private ObjectNode assistantTurn(JsonNode message) {
        ObjectNode m = json.createObjectNode().put("role", "assistant");
        JsonNode content = message.path("content");
        if (content.isTextual()) m.put("content", content.asText());
        else m.putNull("content");
        m.set("tool_calls", message.path("tool_calls").deepCopy());
        return m;
    }

    private static Outcome fail(String why, int rounds, List<String> used) {
        return new Outcome(null, why, rounds, List.copyOf(used), false);
    }
}
