package dev.encore.products.prompt;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The LLM adapter against a local server speaking the OpenAI chat-completions format, good and bad replies. */
class ChatRewriterTest {
    private HttpServer server;
    private final AtomicReference<String> reply = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private volatile long delayMs;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            requests.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = reply.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            } catch (IOException ignored) {
                // the client gave up (timeout test)
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PromptEngine engine(long timeoutMs) {
        PromptIndex index = SmallCatalog.index();
        ChatRewriter.Config cfg = new ChatRewriter.Config(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/"), "test-model",
                Duration.ofMillis(timeoutMs), null);
        return new PromptEngine(index, new LexicalTagMapper(), ListenerTaste.NONE, new ChatRewriter(cfg, index));
    }

    private static String completion(String content) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(content) + "},\"finish_reason\":\"stop\"}]}";
    }

    @Test
    void aValidRewriteIsUsedAndTheRequestIsChatCompletions() {
        reply.set(completion("```\nartist:(Daft Punk):2 tag:(house) 30 minutes nothing explicit\n```"));
        PromptPlaylist p = engine(2000).create(null, "french house like daft punk, half an hour, clean").playlist();
        assertThat(p.path()).isEqualTo("llm: artist:(Daft Punk):2 tag:(house) 30 minutes nothing explicit");
        assertThat(p.constraints().artists()).containsEntry("daftpunk", 2.0);
        assertThat(p.constraints().clean()).isTrue();
        assertThat(p.tracks()).isNotEmpty().noneMatch(PromptTrack::explicit);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0)).contains("\"model\":\"test-model\"").contains("\"role\":\"system\"")
                .contains("french house like daft punk").contains("electronic");
    }

    @Test
    void inventedArtistsOrTagsFallBackToTheOfflinePath() {
        reply.set(completion("artist:(Daft Punkk) tag:(house)"));
        PromptPlaylist p = engine(2000).create(null, "house like Daft Punk").playlist();
        assertThat(p.path()).isEqualTo("lexical");
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("LLM rewrite rejected").contains("no artist named 'Daft Punkk'"));
        assertThat(p.constraints().artists()).containsKey("daftpunk");
        reply.set(completion("tag:(french touch)"));
        assertThat(engine(2000).create(null, "house").playlist().notes()).anySatisfy(n -> assertThat(n).contains("no track carries the tag"));
    }

    @Test
    void malformedEmptyOrUnstructuredRepliesFallBack() {
        for (String bad : List.of("not json at all", "{\"choices\":[]}", completion("   "), completion("Sure! Here is some music you may like."))) {
            reply.set(bad);
            PromptPlaylist p = engine(2000).create(null, "rock like Radiohead").playlist();
            assertThat(p.path()).as(bad).isEqualTo("lexical");
            assertThat(p.constraints().artists()).containsKey("radiohead");
            assertThat(p.notes()).as(bad).anySatisfy(n -> assertThat(n).startsWith("LLM"));
        }
        status.set(500);
        reply.set("{\"error\":\"overloaded\"}");
        assertThat(engine(2000).create(null, "rock").playlist().notes()).contains("LLM not used: HTTP 500 from http://127.0.0.1:"
                + server.getAddress().getPort() + "/v1/");
    }

    @Test
    void aSlowReplyTimesOutAndTheOfflinePathAnswers() {
        delayMs = 1500;
        reply.set(completion("tag:(house)"));
        long t0 = System.nanoTime();
        PromptPlaylist p = engine(200).create(null, "calm ambient").playlist();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).isLessThan(1400);
        assertThat(p.path()).isEqualTo("lexical");
        assertThat(p.notes()).contains("LLM not used: no answer within 200 ms");
        assertThat(p.constraints().tags()).containsKey("ambient");
    }

    @Test
    void anUnreachableEndpointFallsBack() {
        server.stop(0);
        PromptPlaylist p = engine(500).create(null, "hip hop").playlist();
        assertThat(p.path()).isEqualTo("lexical");
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).startsWith("LLM not used: cannot reach"));
    }

    @Test
    void configurationComesFromTheEnvironment() {
        assertThat(ChatRewriter.Config.fromEnv(java.util.Map.of())).isNull();
        ChatRewriter.Config c = ChatRewriter.Config.fromEnv(java.util.Map.of("ENCORE_LLM_URL", "http://localhost:11434/v1", "ENCORE_LLM_MODEL", "qwen2.5"));
        assertThat(c.baseUrl().resolve("chat/completions").toString()).isEqualTo("http://localhost:11434/v1/chat/completions");
        assertThat(c.model()).isEqualTo("qwen2.5");
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(3));
    }
}
