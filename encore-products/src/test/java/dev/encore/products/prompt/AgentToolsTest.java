package dev.encore.products.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agent's tools run locally on the small catalog: what each finds, limits, size cap and bad calls. */
class AgentToolsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PromptIndex INDEX = SmallCatalog.index();
    private static final ListenerTaste TASTE = new ListenerTaste() {
        @Override public Map<String, Double> scores(String u, List<String> ids) { return Map.of(); }
        @Override public Map<String, Double> topArtists(String u, int n) {
            Map<String, Double> top = new java.util.LinkedHashMap<>();
            top.put("nas", 0.6);
            top.put("beatles", 0.4);
            return top.entrySet().stream().limit(n).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                    (a, b) -> a, java.util.LinkedHashMap::new));
        }
        @Override public List<String> recommended(String u, int n) { return List.of(); }
    };
    private final AgentTools tools = new AgentTools(INDEX, new CatalogTools(INDEX), TASTE, JSON);

    private JsonNode call(String name, String arguments, String user) throws Exception {
        String out = tools.call(name, TextNode.valueOf(arguments), user);
        assertThat(out.length()).isLessThanOrEqualTo(AgentTools.MAX_RESULT_CHARS);
        return JSON.readTree(out);
    }

    @Test
    void searchFindsArtistsTagsAndTitlesByEveryWord() throws Exception {
        JsonNode r = call("search_catalog", "{\"query\":\"SIGUR ros\"}", null);
        assertThat(r.path("artists").findValuesAsText("name")).containsExactly("Sigur Rós");
        assertThat(r.path("artists").get(0).path("tracks").asInt()).isEqualTo(8);
        assertThat(r.path("tracks").findValuesAsText("title")).hasSize(8).allMatch(t -> t.startsWith("Sigur Rós song"));
        JsonNode rock = call("search_catalog", "{\"query\":\"rock\",\"limit\":3}", null);
        // most used first: "rock" is carried by three artists' tracks, the others by one
        assertThat(rock.path("tags").findValuesAsText("tag")).hasSize(3).first().isEqualTo("rock");
        assertThat(rock.path("tracks")).isEmpty();
        assertThat(call("search_catalog", "{\"query\":\"zydeco\"}", null).path("artists")).isEmpty();
    }

    @Test
    void similarArtistsShareTagsAndUnknownNamesGetTheClosest() throws Exception {
        JsonNode r = call("similar_artists", "{\"artist\":\"radiohead\"}", null);
        assertThat(r.path("artist").asText()).isEqualTo("Radiohead");
        assertThat(r.path("similar").findValuesAsText("name")).containsExactly("Coldplay", "The Beatles");
        assertThat(r.path("similar").get(0).path("shared_tags").toString()).contains("indie").contains("rock");
        JsonNode none = call("similar_artists", "{\"artist\":\"Radiohed\"}", null);
        assertThat(none.path("error").asText()).isEqualTo("no artist named 'Radiohed'");
        assertThat(none.path("closest").get(0).asText()).isEqualTo("Radiohead");
    }

    @Test
    void radioFollowsASeedArtistOrTrackTwoPerArtist() throws Exception {
        JsonNode byArtist = call("radio", "{\"seed\":\"Radiohead\",\"limit\":10}", null);
        List<String> artists = byArtist.path("tracks").findValuesAsText("artist");
        assertThat(artists).isNotEmpty().doesNotContain("Radiohead").containsOnly("Coldplay", "The Beatles");
        assertThat(artists.stream().filter("Coldplay"::equals)).hasSize(2);
        JsonNode byTrack = call("radio", "{\"seed\":\"nas song 1\"}", null);
        assertThat(byTrack.path("seed_track").asText()).isEqualTo("Nas song 1");
        assertThat(byTrack.path("tracks").findValuesAsText("title")).hasSize(2).doesNotContain("Nas song 1").allMatch(t -> t.startsWith("Nas song"));
        assertThat(call("radio", "{\"seed\":\"nothing like this\"}", null).path("error").asText()).contains("no artist or track title matches");
    }

    @Test
    void topArtistsNeedAListener() throws Exception {
        JsonNode r = call("user_top_artists", "{\"limit\":1}", "ann");
        assertThat(r.path("artists").findValuesAsText("name")).containsExactly("Nas");
        assertThat(r.path("artists").get(0).path("share").asDouble()).isEqualTo(0.6);
        assertThat(call("user_top_artists", "", null).path("error").asText()).startsWith("no listener is signed in");
    }

    @Test
    void limitsAreClampedArgumentObjectsAcceptedAndLongResultsCut() throws Exception {
        assertThat(call("search_catalog", "{\"query\":\"song\",\"limit\":1000}", null).path("tracks")).hasSize(AgentTools.MAX_LIMIT);
        assertThat(call("search_catalog", "{\"query\":\"song\",\"limit\":0}", null).path("tracks")).hasSize(1);
        // some servers (Ollama's native API) send the arguments as an object, not as a JSON string
        String asObject = tools.call("search_catalog", JSON.readTree("{\"query\":\"nas\"}"), null);
        assertThat(JSON.readTree(asObject).path("artists").findValuesAsText("name")).containsExactly("Nas");
        AgentTools small = new AgentTools(INDEX, new CatalogTools(INDEX), TASTE, JSON, 600);
        String cut = small.call("search_catalog", TextNode.valueOf("{\"query\":\"song\",\"limit\":25}"), null);
        assertThat(cut.length()).isLessThanOrEqualTo(600);
        JsonNode r = JSON.readTree(cut);
        assertThat(r.path("truncated").asBoolean()).isTrue();
        assertThat(r.path("tracks").size()).isBetween(1, 24);
    }

    @Test
    void badCallsSayWhatIsWrong() {
        assertThatThrownBy(() -> tools.call("play", TextNode.valueOf("{}"), null)).isInstanceOf(AgentTools.BadCall.class)
                .hasMessage("unknown tool 'play' (offered: search_catalog, similar_artists, user_top_artists, radio)");
        assertThatThrownBy(() -> tools.call("radio", TextNode.valueOf("{\"seed\":"), null)).hasMessageStartingWith("radio arguments are not JSON");
        assertThatThrownBy(() -> tools.call("radio", TextNode.valueOf("[1]"), null)).hasMessage("radio arguments must be a JSON object, got [1]");
        assertThatThrownBy(() -> tools.call("similar_artists", TextNode.valueOf("{\"artist\":7}"), null))
                .hasMessage("similar_artists needs a non-empty string 'artist'");
    }

    @Test
    void definitionsAreFunctionToolsWithJsonSchemas() {
        JsonNode defs = tools.definitions();
        assertThat(defs).hasSize(4);
        for (JsonNode d : defs) {
            assertThat(d.path("type").asText()).isEqualTo("function");
            assertThat(d.path("function").path("parameters").path("type").asText()).isEqualTo("object");
            assertThat(d.path("function").path("parameters").path("properties").has("limit")).isTrue();
        }
        assertThat(defs.get(2).path("function").path("parameters").path("required")).isEmpty();
        assertThat(defs.get(3).path("function").path("parameters").path("required").get(0).asText()).isEqualTo("seed");
    }
}
