package dev.encore.products.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.encore.core.domain.Track;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tools {@link PromptAgent} offers the model, in the chat-completions {@code tools} format, and their local
 * execution: {@code search_catalog}, {@code similar_artists}, {@code user_top_artists}, {@code radio}. A result is
 * compact JSON of at most {@link #MAX_RESULT_CHARS} characters by default (long lists are cut, with {@code "truncated":true}).
 * A name the catalog lacks is an answer the model can act on ({@code "error"} plus the closest names); an unknown
 * tool or arguments that are not a JSON object are a {@link BadCall}, which ends the loop.
 */
final class AgentTools {
    static final int MAX_RESULT_CHARS = 4000, DEFAULT_LIMIT = 10, MAX_LIMIT = 25;
    static final List<String> NAMES = List.of("search_catalog", "similar_artists", "user_top_artists", "radio");

    /** A tool call that cannot be run: unknown tool or malformed arguments. */
    static final class BadCall extends Exception {
        BadCall(String message) {
            super(message);
        }
    }

    private final PromptIndex index;
    private final CatalogTools catalog;
    private final ListenerTaste taste;
    private final ObjectMapper json;
    private final int maxChars;

    AgentTools(PromptIndex index, CatalogTools catalog, ListenerTaste taste, ObjectMapper json) {
        this(index, catalog, taste, json, MAX_RESULT_CHARS);
    }

    /** @param maxChars the longest result sent back to the model */
    AgentTools(PromptIndex index, CatalogTools catalog, ListenerTaste taste, ObjectMapper json, int maxChars) {
        this.maxChars = maxChars;
        this.index = index;
        this.catalog = catalog;
        this.taste = taste;
        this.json = json;
    }

    /** The {@code tools} array of a chat-completions request. */
    ArrayNode definitions() {
        ArrayNode tools = json.createArrayNode();
        tools.add(tool("search_catalog", "Find artists, tags and track titles in the catalog containing every word of the query.",
                "query", "words to look for, e.g. an artist name or a genre"));
        tools.add(tool("similar_artists", "Artists that sound alike the given one (shared catalog tags).",
                "artist", "an artist name as the catalog spells it"));
        tools.add(tool("user_top_artists", "The listener's most played artists (none when no listener is signed in).", null, null));
        tools.add(tool("radio", "Tracks alike a seed artist or track title (shared tags, popular first).",
                "seed", "an artist name or a track title"));
        return tools;
    }

    private ObjectNode tool(String name, String description, String arg, String argDescription) {
        ObjectNode params = json.createObjectNode().put("type", "object");
        ObjectNode props = params.putObject("properties");
        ArrayNode required = params.putArray("required");
        if (arg != null) {
            props.putObject(arg).put("type", "string").put("description", argDescription);
            required.add(arg);
        }
        props.putObject("limit").put("type", "integer").put("description", "how many results, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")");
        ObjectNode fn = json.createObjectNode().put("name", name).put("description", description);
        fn.set("parameters", params);
        ObjectNode t = json.createObjectNode().put("type", "function");
        t.set("function", fn);
        return t;
    }

    /**
     * Runs tool {@code name} for {@code userId} (null: anonymous). {@code arguments} is the call's JSON object, as a
     * string (OpenAI) or an object (some local servers).
     */
    String call(String name, JsonNode arguments, String userId) throws BadCall {
        if (!NAMES.contains(name)) throw new BadCall("unknown tool '" + name + "' (offered: " + String.join(", ", NAMES) + ")");
        JsonNode args = parseArguments(name, arguments);
        int limit = Math.max(1, Math.min(MAX_LIMIT, args.path("limit").asInt(DEFAULT_LIMIT)));
        ObjectNode out = switch (name) {
            case "search_catalog" -> search(text(name, args, "query"), limit);
            case "similar_artists" -> similar(text(name, args, "artist"), limit);
            case "user_top_artists" -> topArtists(userId, limit);
            default -> radio(text(name, args, "seed"), limit);
        };
        return capped(out);
    }

    private JsonNode parseArguments(String name, JsonNode arguments) throws BadCall {
        JsonNode args = arguments;
        if (arguments == null || arguments.isMissingNode() || arguments.isNull()) return json.createObjectNode();
        if (arguments.isTextual()) {
            if (arguments.asText().isBlank()) return json.createObjectNode();
            try {
                args = json.readTree(arguments.asText());
            } catch (JsonProcessingException e) {
                throw new BadCall(name + " arguments are not JSON: " + e.getOriginalMessage());
            }
        }
        if (!args.isObject()) throw new BadCall(name + " arguments must be a JSON object, got " + abbreviate(args.toString()));
        return args;
    }

    private static String text(String tool, JsonNode args, String field) throws BadCall {
        JsonNode v = args.path(field);
        if (!v.isTextual() || v.asText().isBlank()) throw new BadCall(tool + " needs a non-empty string '" + field + "'");
        return v.asText();
    }

    private ObjectNode search(String query, int limit) {
        CatalogTools.Found f = catalog.search(query, limit);
        ObjectNode out = json.createObjectNode();
        ArrayNode artists = out.putArray("artists");
        for (String a : f.artistIds()) artists.addObject().put("name", index.artistName(a)).put("tracks", index.tracksBy(a).size());
        ArrayNode tags = out.putArray("tags");
        for (String t : f.tags()) tags.addObject().put("tag", t).put("tracks", index.tagCount(t));
        track(out.putArray("tracks"), f.tracks());
        return out;
    }

    private ObjectNode similar(String name, int limit) {
        Optional<String> id = index.artistNamed(name);
        if (id.isEmpty()) return notFound("no artist named '" + name + "'", index.similarArtistNames(name, 3));
        ObjectNode out = json.createObjectNode().put("artist", index.artistName(id.get()));
        ArrayNode similar = out.putArray("similar");
        for (Map.Entry<String, List<String>> e : catalog.similarArtists(id.get(), limit).entrySet()) {
            ObjectNode a = similar.addObject().put("name", index.artistName(e.getKey()));
            e.getValue().stream().limit(3).forEach(a.putArray("shared_tags")::add);
        }
        return out;
    }

    private ObjectNode topArtists(String userId, int limit) {
        if (userId == null) return json.createObjectNode().put("error", "no listener is signed in; describe the music with artists and tags instead");
        ObjectNode out = json.createObjectNode().put("hint", "stats:user in the query includes these artists");
        ArrayNode artists = out.putArray("artists");
        taste.topArtists(userId, limit).forEach((a, share) -> artists.addObject().put("name", index.artistName(a)).put("share", Math.round(share * 1000) / 1000.0));
        return out;
    }

    private ObjectNode radio(String seed, int limit) {
        Optional<String> artist = index.artistNamed(seed);
        List<Integer> seeds;
        ObjectNode out = json.createObjectNode();
        if (artist.isPresent()) {
            seeds = index.tracksBy(artist.get());
            out.put("seed_artist", index.artistName(artist.get()));
        } else {
            int t = catalog.trackTitled(seed);
            if (t < 0) return notFound("no artist or track title matches '" + seed + "'", index.similarArtistNames(seed, 3));
            seeds = List.of(t);
            out.put("seed_track", index.track(t).title()).put("seed_artist", index.artistName(index.track(t).primaryArtistId()));
        }
        track(out.putArray("tracks"), catalog.radio(seeds, limit));
        return out;
    }

    private void track(ArrayNode into, List<Integer> tracks) {
        for (int i : tracks) {
            Track t = index.track(i);
            ObjectNode o = into.addObject().put("title", t.title()).put("artist", index.artistName(t.primaryArtistId()));
            index.tags(i).stream().limit(3).forEach(o.putArray("tags")::add);
        }
    }

    private ObjectNode notFound(String error, List<String> closest) {
        ObjectNode out = json.createObjectNode().put("error", error);
        closest.forEach(out.putArray("closest")::add);
        return out;
    }

    /** Drops the last entry of the longest list until the JSON fits, so the model still gets valid JSON. */
    private String capped(ObjectNode out) {
        String s = out.toString();
        while (s.length() > maxChars) {
            ArrayNode longest = null;
            for (JsonNode v : out) if (v.isArray() && v.size() > 0 && (longest == null || v.size() > longest.size())) longest = (ArrayNode) v;
            if (longest == null) return json.createObjectNode().put("error", "result too large").toString();
            longest.remove(longest.size() - 1);
            out.put("truncated", true);
            s = out.toString();
        }
        return s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
