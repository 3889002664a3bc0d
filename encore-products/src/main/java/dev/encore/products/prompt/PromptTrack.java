package dev.encore.products.prompt;

import java.util.List;

/** One track of a prompt playlist with why it is there; {@code year} is 0 when the catalog has no date. */
public record PromptTrack(String trackId, String title, String artistId, String artistName, int durationMs, int year,
                          boolean explicit, List<String> tags, String reason) {
    public PromptTrack {
        tags = List.copyOf(tags);
    }
}
