package dev.encore.products.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.encore.products.prompt.ScriptedChatServer.answer;
import static dev.encore.products.prompt.ScriptedChatServer.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

/** The agent loop through {@link PromptEngine} against a scripted local chat-completions server. */
class PromptAgentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PromptIndex INDEX = SmallCatalog.index();
    private ScriptedChatServer llm;

    @BeforeEach
    void start() throws IOException {
        llm = new ScriptedChatServer();
    }

    @AfterEach
    void stop() {
        llm.close();
    }

    private PromptEngine engine(long timeoutMs, ListenerTaste taste) {
        ChatRewriter.Config cfg = new ChatRewriter.Config(llm.baseUrl(), "test-model", Duration.ofMillis(timeoutMs), null, true, 4);
        return new PromptEngine(INDEX, new LexicalTagMapper(), taste, new ChatRewriter(cfg, INDEX));
    }

    private PromptPlaylist create(String prompt) {
        return engine(2000, ListenerTaste.NONE).create(null, prompt).playlist();
    }

    private JsonNode request(int i) throws IOException {
        return JSON.readTree(llm.requests.get(i));
    }

    @Test
    void toolResultsReachTheNextRequestAndTheFinalQueryIsUsed() throws IOException {
        llm.then(toolCalls("search_catalog", "{\"query\":\"daft\"}", "similar_artists", "{\"artist\":\"Radiohead\",\"limit\":2}"))
                .then(answer("artist:(Daft Punk):2 tag:(house) 30 minutes"));
        PromptPlaylist p = create("french house like daft punk, half an hour");

        assertThat(p.path()).isEqualTo("llm agent (2 rounds; search_catalog, similar_artists): artist:(Daft Punk):2 tag:(house) 30 minutes");
        assertThat(p.constraints().artists()).containsEntry("daftpunk", 2.0);
        assertThat(p.tracks()).isNotEmpty().anyMatch(t -> t.artistId().equals("daftpunk"));
        assertThat(llm.requests).hasSize(2);
        JsonNode first = request(0);
        assertThat(first.path("tools").findValuesAsText("name")).containsExactly("search_catalog", "similar_artists", "user_top_artists", "radio");
        assertThat(first.path("tools").get(0).path("function").path("parameters").path("required").get(0).asText()).isEqualTo("query");
        JsonNode messages = request(1).path("messages");
        assertThat(messages).hasSize(5); // system, user, assistant with tool_calls, two tool results
        assertThat(messages.get(2).path("tool_calls")).hasSize(2);
        JsonNode search = messages.get(3), similar = messages.get(4);
        assertThat(search.path("role").asText()).isEqualTo("tool");
        assertThat(search.path("tool_call_id").asText()).isEqualTo("call_0");
        JsonNode found = JSON.readTree(search.path("content").asText());
        assertThat(found.path("artists").get(0).path("name").asText()).isEqualTo("Daft Punk");
        assertThat(found.path("tracks").findValuesAsText("title")).contains("Daft Punk song 0");
        assertThat(similar.path("tool_call_id").asText()).isEqualTo("call_1");
        JsonNode alike = JSON.readTree(similar.path("content").asText()).path("similar");
        assertThat(alike).hasSize(2); // limit honoured
        assertThat(alike.get(0).path("name").asText()).isEqualTo("Coldplay"); // shares rock and indie with Radiohead
    }

    @Test
    void aFinalQueryInventingAnArtistIsRejectedForTheOfflinePath() {
        llm.then(toolCalls("radio", "{\"seed\":\"Daft Punk\"}")).then(answer("artist:(Daft Punkk) tag:(house)"));
        PromptPlaylist p = create("house like Daft Punk");
        assertThat(p.path()).isEqualTo("lexical");
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).startsWith("LLM agent answer rejected").contains("no artist named 'Daft Punkk'"));
        assertThat(p.constraints().artists()).containsKey("daftpunk");
    }

    @Test
    void malformedToolArgumentsEndTheLoop() {
        llm.then(toolCalls("search_catalog", "{query: daft"));
        PromptPlaylist p = create("house like Daft Punk");
        assertThat(p.path()).isEqualTo("lexical");
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).startsWith("LLM agent not used: bad tool call in round 1: search_catalog arguments are not JSON"));
        assertThat(llm.requests).hasSize(1);
        llm.then(toolCalls("play_song", "{}"));
        assertThat(create("rock").notes()).anySatisfy(n -> assertThat(n).contains("unknown tool 'play_song'"));
        llm.then(toolCalls("radio", "{\"limit\":3}"));
        assertThat(create("rock").notes()).anySatisfy(n -> assertThat(n).contains("radio needs a non-empty string 'seed'"));
    }

    @Test
    void malformedOrEmptyRepliesInALaterRoundFallBack() {
        llm.then(toolCalls("search_catalog", "{\"query\":\"rock\"}")).then("{\"choices\": [tru");
        assertThat(create("rock").notes()).anySatisfy(n -> assertThat(n).startsWith("LLM agent not used: reply is not JSON").endsWith("(round 2)"));
        llm.then(toolCalls("search_catalog", "{\"query\":\"rock\"}")).then("{\"choices\":[]}");
        assertThat(create("rock").notes()).contains("LLM agent not used: reply has no choices[0].message (round 2)");
        llm.then(answer("  "));
        PromptPlaylist p = create("rock");
        assertThat(p.notes()).contains("LLM agent not used: final reply has neither tool calls nor text (round 1)");
        assertThat(p.path()).isEqualTo("lexical");
        llm.then(500, "{\"error\":\"overloaded\"}");
        assertThat(create("rock").notes()).contains("LLM agent not used: HTTP 500 from " + llm.baseUrl() + ": overloaded (round 1)");
    }

    @Test
    void aModelThatNeverStopsCallingToolsHitsTheRoundLimit() {
        llm.then(toolCalls("search_catalog", "{\"query\":\"rock\"}"));
        PromptPlaylist p = create("rock like Radiohead");
        assertThat(llm.requests).hasSize(4);
        assertThat(p.path()).isEqualTo("lexical");
        assertThat(p.notes()).contains("LLM agent not used: still calling tools after 4 rounds (the limit); no final query");
        assertThat(p.constraints().artists()).containsKey("radiohead");
    }

    @Test
    void aSlowReplyTimesOutWithinTheOverallBudget() {
        // the first round answers at once, the second too late: the budget covers the whole loop, not each request
        llm.then(toolCalls("search_catalog", "{\"query\":\"ambient\"}")).then(200, answer("tag:(ambient)"), 1500);
        long t0 = System.nanoTime();
        PromptPlaylist p = engine(600, ListenerTaste.NONE).create(null, "calm ambient").playlist();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1400);
        assertThat(p.path()).isEqualTo("lexical");
        assertThat(p.notes()).contains("LLM agent not used: no final answer within 600 ms (round 2)");
        assertThat(p.constraints().tags()).containsKey("ambient");
    }

    @Test
    void anEndpointRefusingToolsGetsAPlainRewrite() {
        llm.then(400, "{\"error\":{\"message\":\"test-model does not support tools\"}}").then(answer("tag:(rock) 5 songs"));
        PromptPlaylist p = create("some house");
        assertThat(p.path()).isEqualTo("llm: tag:(rock) 5 songs");
        assertThat(p.tracks()).hasSize(5).allMatch(t -> t.tags().contains("rock"));
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).startsWith("LLM agent not used (HTTP 400 from ").contains(": test-model does not support tools)")
                .endsWith("asked for a plain rewrite"));
        assertThat(llm.requests.get(1)).doesNotContain("\"tools\"");
    }

    @Test
    void theListenersTopArtistsComeFromTheirTaste() throws IOException {
        ListenerTaste taste = new ListenerTaste() {
            @Override public Map<String, Double> scores(String u, List<String> ids) { return Map.of(); }
            @Override public Map<String, Double> topArtists(String u, int n) { return u.equals("ann") ? Map.of("sigur", 1.0) : Map.of(); }
            @Override public List<String> recommended(String u, int n) { return List.of(); }
        };
        llm.then(toolCalls("user_top_artists", "{}")).then(answer("stats:user tag:(ambient)"));
        PromptPlaylist p = engine(2000, taste).create("ann", "my kind of ambient").playlist();
        assertThat(p.path()).startsWith("llm agent (2 rounds; user_top_artists): stats:user");
        assertThat(p.constraints().statsUser()).isTrue();
        JsonNode top = JSON.readTree(request(1).path("messages").get(3).path("content").asText());
        assertThat(top.path("artists").get(0).path("name").asText()).isEqualTo("Sigur Rós");
        // anonymous: the tool says there is nobody instead of failing the loop
        llm.then(toolCalls("user_top_artists", "{}")).then(answer("tag:(ambient)"));
        engine(2000, taste).create(null, "ambient");
        assertThat(request(3).path("messages").get(3).path("content").asText()).contains("no listener is signed in");
    }

    @Test
    void agentModeAndRoundsComeFromTheEnvironment() {
        ChatRewriter.Config c = ChatRewriter.Config.fromEnv(Map.of("ENCORE_LLM_URL", "http://localhost:11434/v1", "ENCORE_LLM_AGENT", "1",
                "ENCORE_LLM_AGENT_ROUNDS", "6"));
        assertThat(c.agent()).isTrue();
        assertThat(c.agentRounds()).isEqualTo(6);
        assertThat(ChatRewriter.Config.fromEnv(Map.of("ENCORE_LLM_URL", "http://x/v1")).agent()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChatRewriter.Config.fromEnv(Map.of("ENCORE_LLM_URL", "http://x/v1",
                "ENCORE_LLM_AGENT_ROUNDS", "many"))).hasMessageContaining("ENCORE_LLM_AGENT_ROUNDS must be a whole number, got 'many'");
    }
}
