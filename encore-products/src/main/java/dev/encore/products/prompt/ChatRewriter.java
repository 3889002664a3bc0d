package dev.encore.products.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Optional LLM step: asks an OpenAI-compatible chat-completions endpoint (e.g. a local Ollama at
 * {@code http://localhost:11434/v1}) to rewrite a prompt into the structured language, listing the catalog's most
 * used tags so it picks real ones. It only proposes: {@link PromptEngine} parses and checks every artist and tag
 * against the catalog, and any failure here (absent, slow, HTTP error, malformed reply) returns a reason instead,
 * so the offline path runs. With {@link Config#agent()} the engine runs {@link PromptAgent} first and this rewrite
 * only when the endpoint rejects tools.
 */
public final class ChatRewriter {
    /**
     * Where the endpoint is; {@code apiKey} may be null (local servers need none). {@code agent}: let the model call
     * catalog tools ({@link PromptAgent}) in at most {@code agentRounds} requests, all within {@code timeout}.
     */
    public record Config(URI baseUrl, String model, Duration timeout, String apiKey, boolean agent, int agentRounds) {
        public static final int DEFAULT_AGENT_ROUNDS = 4;

        public Config {
            if (baseUrl == null || model == null || model.isBlank()) throw new IllegalArgumentException("LLM base URL and model are both needed");
            if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("LLM timeout must be positive");
            if (agentRounds < 1 || agentRounds > 20)
                throw new IllegalArgumentException("LLM agent rounds must be between 1 and 20, got " + agentRounds + " (ENCORE_LLM_AGENT_ROUNDS)");
        }

        /** The rewrite only, no agent loop. */
        public Config(URI baseUrl, String model, Duration timeout, String apiKey) {
            this(baseUrl, model, timeout, apiKey, false, DEFAULT_AGENT_ROUNDS);
        }

        /**
         * From ENCORE_LLM_URL, ENCORE_LLM_MODEL, ENCORE_LLM_TIMEOUT_MS (default 3000), ENCORE_LLM_KEY, ENCORE_LLM_AGENT
         * (1/true: agent loop) and ENCORE_LLM_AGENT_ROUNDS (default 4); null when no URL.
         */
        public static Config fromEnv(Map<String, String> env) {
            String url = env.get("ENCORE_LLM_URL");
            if (url == null || url.isBlank()) return null;
            String model = env.getOrDefault("ENCORE_LLM_MODEL", "llama3.2");
            long ms = number(env, "ENCORE_LLM_TIMEOUT_MS", 3000);
            String agent = env.getOrDefault("ENCORE_LLM_AGENT", "0").trim();
            boolean on = agent.equals("1") || agent.equalsIgnoreCase("true") || agent.equalsIgnoreCase("yes");
            return new Config(URI.create(url.endsWith("/") ? url : url + "/"), model, Duration.ofMillis(ms), env.get("ENCORE_LLM_KEY"),
                    on, (int) number(env, "ENCORE_LLM_AGENT_ROUNDS", DEFAULT_AGENT_ROUNDS));
        }

        private static long number(Map<String, String> env, String name, long dflt) {
            String v = env.get(name);
            if (v == null || v.isBlank()) return dflt;
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
            }
        }
    }

    /** The structured prompt the model proposed, or why there is none. */
    public record Outcome(String structured, String failure) {
        public boolean ok() {
            return structured != null;
        }
    }

    static final String LANGUAGE = """
            Terms: artist:(Name) for an artist, tag:(name) for a \
            tag or genre, term:N for a weight (e.g. tag:(rock):3), stats:user for the listener's top artists, recs:user for \
            their recommendations, mode:easy|medium|hard for how unfamiliar the music may be. Keep lengths, decades, \
            exclusions and activities as plain words after the terms (e.g. "2 hours", "90s", "no Coldplay", "nothing explicit", \
            "workout").""";
    private static final String SYSTEM = "You rewrite music playlist requests into a query language. " + LANGUAGE
            + " Use only tags from this list: %s. Reply with the query only, one line, no explanation.";
    private final Config config;
    private final ChatClient client;
    private final ObjectMapper json;
    private final String system;

    public ChatRewriter(Config config, PromptIndex index) {
        this.config = config;
        this.client = new ChatClient(config);
        this.json = client.json();
        this.system = SYSTEM.formatted(String.join(", ", index.vocabulary(1).stream().limit(150).toList()));
    }

    public Config config() {
        return config;
    }

    public Outcome rewrite(String prompt) {
        ObjectNode body = json.createObjectNode().put("model", config.model()).put("temperature", 0);
        body.putArray("messages").add(json.createObjectNode().put("role", "system").put("content", system))
                .add(json.createObjectNode().put("role", "user").put("content", prompt));
        ChatClient.Reply res = client.post(body, config.timeout());
        if (!res.ok()) return new Outcome(null, res.failure());
        JsonNode content = res.body().path("choices").path(0).path("message").path("content");
        if (!content.isTextual() || content.asText().isBlank()) return new Outcome(null, "reply has no choices[0].message.content");
        String text = ChatClient.firstLine(content.asText());
        if (text.isEmpty()) return new Outcome(null, "reply is empty");
        return new Outcome(text, null);
    }
}
