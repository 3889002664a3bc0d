package dev.encore.products.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * Optional LLM step: asks an OpenAI-compatible chat-completions endpoint (e.g. a local Ollama at
 * {@code http://localhost:11434/v1}) to rewrite a prompt into the structured language, listing the catalog's most
 * used tags so it picks real ones. It only proposes: {@link PromptEngine} parses and checks every artist and tag
 * against the catalog, and any failure here (absent, slow, HTTP error, malformed reply) returns a reason instead,
 * so the offline path runs.
 */
public final class ChatRewriter {
    /** Where the endpoint is; {@code apiKey} may be null (local servers need none). */
    public record Config(URI baseUrl, String model, Duration timeout, String apiKey) {
        public Config {
            if (baseUrl == null || model == null || model.isBlank()) throw new IllegalArgumentException("LLM base URL and model are both needed");
            if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("LLM timeout must be positive");
        }

        /** From ENCORE_LLM_URL, ENCORE_LLM_MODEL, ENCORE_LLM_TIMEOUT_MS (default 3000) and ENCORE_LLM_KEY; null when no URL. */
        public static Config fromEnv(Map<String, String> env) {
            String url = env.get("ENCORE_LLM_URL");
            if (url == null || url.isBlank()) return null;
            String model = env.getOrDefault("ENCORE_LLM_MODEL", "llama3.2");
            long ms = Long.parseLong(env.getOrDefault("ENCORE_LLM_TIMEOUT_MS", "3000"));
            return new Config(URI.create(url.endsWith("/") ? url : url + "/"), model, Duration.ofMillis(ms), env.get("ENCORE_LLM_KEY"));
        }
    }

    /** The structured prompt the model proposed, or why there is none. */
    public record Outcome(String structured, String failure) {
        public boolean ok() {
            return structured != null;
        }
    }

    private static final String SYSTEM = """
            You rewrite music playlist requests into a query language. Terms: artist:(Name) for an artist, tag:(name) for a \
            tag or genre, term:N for a weight (e.g. tag:(rock):3), stats:user for the listener's top artists, recs:user for \
            their recommendations, mode:easy|medium|hard for how unfamiliar the music may be. Keep lengths, decades, \
            exclusions and activities as plain words after the terms (e.g. "2 hours", "90s", "no Coldplay", "nothing explicit", \
            "workout"). Use only tags from this list: %s. Reply with the query only, one line, no explanation.""";
    private final Config config;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String system;

    public ChatRewriter(Config config, PromptIndex index) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        this.system = SYSTEM.formatted(String.join(", ", index.vocabulary(1).stream().limit(150).toList()));
    }

    public Outcome rewrite(String prompt) {
        ObjectNode body = json.createObjectNode().put("model", config.model()).put("temperature", 0);
        body.putArray("messages").add(json.createObjectNode().put("role", "system").put("content", system))
                .add(json.createObjectNode().put("role", "user").put("content", prompt));
        HttpRequest.Builder req = HttpRequest.newBuilder(config.baseUrl().resolve("chat/completions")).timeout(config.timeout())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (config.apiKey() != null) req.header("Authorization", "Bearer " + config.apiKey());
        HttpResponse<String> res;
        try {
            res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "no answer within " + config.timeout().toMillis() + " ms");
        } catch (IOException e) {
            return new Outcome(null, "cannot reach " + config.baseUrl() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
        if (res.statusCode() != 200) return new Outcome(null, "HTTP " + res.statusCode() + " from " + config.baseUrl());
        try {
            JsonNode content = json.readTree(res.body()).path("choices").path(0).path("message").path("content");
            if (!content.isTextual() || content.asText().isBlank()) return new Outcome(null, "reply has no choices[0].message.content");
            String text = content.asText().strip();
            if (text.startsWith("```")) text = text.replaceAll("^```[a-zA-Z]*\\s*", "").replaceAll("\\s*```$", "");
            text = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
            if (text.isEmpty()) return new Outcome(null, "reply is empty");
            return new Outcome(text, null);
        } catch (IOException e) {
            return new Outcome(null, "reply is not JSON: " + e.getMessage());
        }
    }
}
