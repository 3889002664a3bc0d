package dev.encore.products.prompt;

import java.util.List;

/**
 * A playlist built from a prompt: title, description, tracks with reasons, the constraints as interpreted (also
 * as display chips), the total length, whether the listener asked for a refresh schedule, which interpretation
 * path ran ("llm", "embedding+lexical", "lexical …") and notes on what could not be honoured.
 */
public record PromptPlaylist(String title, String description, List<PromptTrack> tracks, Constraints constraints,
                             List<String> chips, long totalMs, Refresh refresh, String path, List<String> notes) {
    public PromptPlaylist {
        tracks = List.copyOf(tracks);
        chips = List.copyOf(chips);
        notes = List.copyOf(notes);
    }

    public List<String> trackIds() {
        return tracks.stream().map(PromptTrack::trackId).toList();
    }
}
