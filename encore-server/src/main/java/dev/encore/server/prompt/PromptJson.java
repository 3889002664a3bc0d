package dev.encore.server.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.products.prompt.Conversation;
import dev.encore.products.prompt.PromptEngine;
import dev.encore.products.prompt.PromptPlaylist;
import dev.encore.products.prompt.PromptTrack;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for prompt playlists: the playlist (title, description, tracks with reasons, interpreted constraints and
 * chips, length, refresh, path, notes) and the conversation value the client sends back with a follow-up.
 */
final class PromptJson {
    private PromptJson() {}

    static Map<String, Object> turn(String user, PromptEngine.Turn t) {
        PromptPlaylist p = t.playlist();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", user);
        out.put("title", p.title());
        out.put("description", p.description());
        out.put("durationMs", p.totalMs());
        out.put("refresh", p.refresh().wire());
        out.put("interpretation", p.path());
        out.put("chips", p.chips());
        out.put("constraints", p.constraints());
        out.put("notes", p.notes());
        out.put("items", p.tracks().stream().map(PromptJson::track).toList());
        out.put("conversation", t.conversation());
        return out;
    }

    private static Map<String, Object> track(PromptTrack t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.trackId());
        m.put("title", t.title());
        m.put("artistId", t.artistId());
        m.put("artist", t.artistName());
        m.put("durationMs", t.durationMs());
        if (t.year() != 0) m.put("year", t.year());
        m.put("explicit", t.explicit());
        m.put("reason", t.reason());
        return m;
    }

    /** The conversation a client sent back, or a 422 that says what is wrong with it. */
    static Conversation conversation(ObjectMapper json, JsonNode node) {
        if (node == null || !node.isObject())
            throw ApiProblem.invalid("field 'conversation' is missing: send back the 'conversation' object of the previous answer",
                    List.of(FieldError.of("conversation", "the object from the previous response")));
        try {
            Conversation c = json.treeToValue(node, Conversation.class);
            if (c.constraints() == null) throw new IllegalArgumentException("constraints are missing");
            return c;
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            throw ApiProblem.invalid("field 'conversation' is not a conversation from this API (" + root.getMessage()
                    + "): send back the 'conversation' object of the previous answer unchanged",
                    List.of(FieldError.of("conversation", "the object from the previous response")));
        }
    }

}
