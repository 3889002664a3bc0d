package dev.encore.products.prompt;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a prompt playlist knows about the listener: how much they would like candidate tracks (from the served
 * model), the artists they play most (for {@code stats:user} and familiarity), and their recommendations
 * (for {@code recs:user}). {@link #NONE} for anonymous prompts.
 */
public interface ListenerTaste {
    /** Per known track id, the listener's preference in [0, 1] (rank among the given tracks); absent when unknown. */
    Map<String, Double> scores(String userId, List<String> trackIds);

    /** Up to {@code n} artist ids the listener plays most, with their share of plays, most played first. */
    Map<String, Double> topArtists(String userId, int n);

    /** Up to {@code n} recommended track ids, best first. */
    List<String> recommended(String userId, int n);

    /** Artists the listener has played at all. */
    default Set<String> familiarArtists(String userId) {
        return topArtists(userId, Integer.MAX_VALUE).keySet();
    }

    ListenerTaste NONE = new ListenerTaste() {
        @Override public Map<String, Double> scores(String userId, List<String> trackIds) { return Map.of(); }
        @Override public Map<String, Double> topArtists(String userId, int n) { return Map.of(); }
        @Override public List<String> recommended(String userId, int n) { return List.of(); }
    };
}
