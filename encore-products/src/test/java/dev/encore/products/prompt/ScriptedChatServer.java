package dev.encore.products.prompt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local chat-completions endpoint that answers from a script: each request takes the next scripted reply (the
 * last one repeats), after its delay. It records every request body so tests can read what the client sent.
 */
final class ScriptedChatServer implements AutoCloseable {
    record Scripted(int status, String body, long delayMs) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ConcurrentLinkedQueue<Scripted> script = new ConcurrentLinkedQueue<>();
    private volatile Scripted last;
    final List<String> requests = new CopyOnWriteArrayList<>();

    ScriptedChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            requests.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Scripted next = script.poll();
            if (next != null) last = next;
            Scripted r = next != null ? next : last;
            try {
                Thread.sleep(r.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(r.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            } catch (IOException ignored) {
                // the client gave up (timeout tests)
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    ScriptedChatServer then(String body) {
        return then(200, body);
    }

    ScriptedChatServer then(int status, String body) {
        return then(status, body, 0);
    }

    /** Answers {@code body} with {@code status} after {@code delayMs}. */
    ScriptedChatServer then(int status, String body, long delayMs) {
        script.add(new Scripted(status, body, delayMs));
        return this;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
    }

    /** A final assistant message. */
    static String answer(String content) {
        return "{\"id\":\"c\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + TextNode.valueOf(content) + "},\"finish_reason\":\"stop\"}]}";
    }

    /** An assistant message calling tools: pairs of name and arguments (the JSON text the model wrote). */
    static String toolCalls(String... nameThenArguments) {
        ObjectNode reply = JSON.createObjectNode().put("id", "c").put("object", "chat.completion");
        ObjectNode choice = reply.putArray("choices").addObject().put("index", 0).put("finish_reason", "tool_calls");
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        message.putNull("content");
        ArrayNode calls = message.putArray("tool_calls");
        for (int i = 0; i < nameThenArguments.length; i += 2) {
            ObjectNode call = calls.addObject().put("id", "call_" + i / 2).put("type", "function");
            call.putObject("function").put("name", nameThenArguments[i]).put("arguments", nameThenArguments[i + 1]);
        }
        return reply.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
