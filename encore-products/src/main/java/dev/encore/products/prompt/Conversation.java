package dev.encore.products.prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * A prompt conversation as a value: the turns so far (the prompt, then each follow-up), the constraints they add
 * up to, and the track ids of the latest playlist (so "less like the first three" knows which). Clients keep it and
 * send it back with the next follow-up; nothing is held on the server.
 */
public record Conversation(List<String> turns, Constraints constraints, List<String> trackIds) {
    public Conversation {
        turns = List.copyOf(turns);
        trackIds = List.copyOf(trackIds);
        if (turns.isEmpty()) throw new IllegalArgumentException("a conversation starts with a prompt: turns is empty");
        if (constraints == null) throw new IllegalArgumentException("conversation constraints are missing");
    }

    public Conversation then(String followUp, Constraints next, List<String> tracks) {
        List<String> t = new ArrayList<>(turns);
        t.add(followUp);
        return new Conversation(t, next, tracks);
    }
}
