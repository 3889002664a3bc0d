package dev.encore.products.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One POST to an OpenAI-compatible {@code chat/completions} endpoint. Every way it can go wrong (unreachable, slow,
 * non-200, not JSON) comes back as a {@link Reply} with a failure in words, never as an exception, so callers can
 * fall back to the offline path and say why.
 */
final class ChatClient {
    /**
     * The parsed reply body, the HTTP status (0 when there was no answer), why it is unusable if it is, and the
     * server's own error message for a non-200 answer (e.g. Ollama's "does not support tools"; empty when none).
     */
    record Reply(JsonNode body, int status, String failure, String serverError) {
        boolean ok() {
            return failure == null;
        }
    }

    private final ChatRewriter.Config config;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    ChatClient(ChatRewriter.Config config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    ObjectMapper json() {
        return json;
    }

    /** Sends {@code body}, waiting at most {@code timeout} for the whole answer. */
    Reply post(ObjectNode body, Duration timeout) {
        HttpRequest.Builder req = HttpRequest.newBuilder(config.baseUrl().resolve("chat/completions")).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (config.apiKey() != null) req.header("Authorization", "Bearer " + config.apiKey());
        HttpResponse<String> res;
        try {
            res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new Reply(null, 0, "no answer within " + timeout.toMillis() + " ms", "");
        } catch (IOException e) {
            return new Reply(null, 0, "cannot reach " + config.baseUrl() + ": " + e.getMessage(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(null, 0, "interrupted", "");
        }
        if (res.statusCode() != 200) return new Reply(null, res.statusCode(), "HTTP " + res.statusCode() + " from " + config.baseUrl(), errorDetail(res.body()));
        try {
            return new Reply(json.readTree(res.body()), 200, null, "");
        } catch (IOException e) {
            return new Reply(null, 200, "reply is not JSON: " + e.getMessage(), "");
        }
    }

    /** The server's own error message (e.g. Ollama's "model does not support tools"), shortened; empty when none. */
    private String errorDetail(String body) {
        try {
            JsonNode err = json.readTree(body).path("error");
            String m = err.isTextual() ? err.asText() : err.path("message").asText("");
            return m.length() > 200 ? m.substring(0, 200) + "…" : m;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The first non-blank line of a reply's text, code fences removed; empty when there is none. */
    static String firstLine(String content) {
        String text = content.strip();
        if (text.startsWith("```")) text = text.replaceAll("^```[a-zA-Z]*\\s*", "").replaceAll("\\s*```$", "");
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }
}
