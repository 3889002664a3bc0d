package dev.encore.products.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Human-readable forms of interpreted constraints: chips for the UI and CLI, a playlist title and description. */
public final class Describe {
    private Describe() {}

    public static List<String> chips(Constraints c, PromptIndex index) {
        List<String> out = new ArrayList<>();
        c.tags().forEach((t, w) -> out.add("tag: " + index.tagShown(t) + (w == 1.0 ? "" : " ×" + round(w))));
        c.artists().forEach((a, w) -> out.add("artist: " + index.artistName(a) + (w == 1.0 ? "" : " ×" + round(w))));
        c.excludedArtists().forEach(a -> out.add("no " + index.artistName(a)));
        c.excludedTags().forEach(t -> out.add("no " + index.tagShown(t)));
        if (c.fromYear() != 0 || c.toYear() != 0) out.add("years: " + years(c));
        if (c.durationMs() > 0) out.add("length: " + length(c.durationMs()));
        if (c.count() > 0) out.add("songs: " + c.count());
        if (c.energy() != Energy.ANY) out.add("energy: " + c.energy().wire());
        if (c.clean()) out.add("no explicit");
        if (c.activity() != null) out.add("for: " + c.activity());
        out.add("mode: " + c.mode().wire());
        if (c.statsUser()) out.add("your top artists");
        if (c.recsUser()) out.add("your recommendations");
        if (c.refresh() != Refresh.NONE) out.add("refresh: " + c.refresh().wire());
        if (!c.avoidTracks().isEmpty()) out.add("avoiding " + c.avoidTracks().size() + " tracks");
        return out;
    }

    static String years(Constraints c) {
        if (c.fromYear() != 0 && c.toYear() == c.fromYear() + 9 && c.fromYear() % 10 == 0) return c.fromYear() + "s";
        if (c.fromYear() == c.toYear()) return String.valueOf(c.fromYear());
        if (c.fromYear() == 0) return "up to " + c.toYear();
        if (c.toYear() == 0) return "from " + c.fromYear();
        return c.fromYear() + "–" + c.toYear();
    }

    static String length(long ms) {
        long min = Math.round(ms / 60_000.0);
        return min >= 60 ? (min / 60) + " h" + (min % 60 == 0 ? "" : " " + (min % 60) + " min") : min + " min";
    }

    public static String title(Constraints c, PromptIndex index) {
        List<String> head = new ArrayList<>();
        for (Map.Entry<String, Double> e : c.tags().entrySet()) {
            if (head.size() == 2) break;
            String key = e.getKey().replace(" ", "");
            boolean same = head.stream().map(h -> Text.norm(h).replace(" ", "")).anyMatch(h -> key.startsWith(h) || h.startsWith(key));
            if (e.getValue() >= 0.6 && !same) head.add(Text.titleCase(index.tagShown(e.getKey())));
        }
        String t = !head.isEmpty() ? String.join(" & ", head)
                : !c.artists().isEmpty() ? index.artistName(c.artists().keySet().iterator().next()) + " & Friends"
                : c.statsUser() ? "Your Favourites" : c.recsUser() ? "Picked For You" : "Your Mix";
        if (c.fromYear() != 0 || c.toYear() != 0) t += " · " + years(c);
        if (c.activity() != null) t += " · " + Text.titleCase(c.activity());
        return t;
    }

    public static String description(Constraints c, PromptIndex index, long totalMs, int tracks, boolean personal) {
        StringBuilder b = new StringBuilder(length(totalMs) + " (" + tracks + " tracks)");
        List<String> tags = c.tags().keySet().stream().limit(4).map(index::tagShown).toList();
        if (!tags.isEmpty()) b.append(" of ").append(String.join(", ", tags));
        if (!c.artists().isEmpty())
            b.append(tags.isEmpty() ? " of " : ", ").append("music like ").append(String.join(", ", c.artists().keySet().stream().map(index::artistName).toList()));
        if (c.activity() != null) b.append(" for ").append(c.activity());
        if (c.fromYear() != 0 || c.toYear() != 0) b.append(", released ").append(years(c).startsWith("up") || years(c).startsWith("from") ? years(c) : "in " + years(c));
        if (c.energy() != Energy.ANY) b.append(", ").append(c.energy().wire());
        if (c.clean()) b.append(", nothing explicit");
        if (!c.excludedArtists().isEmpty())
            b.append(", without ").append(String.join(", ", c.excludedArtists().stream().map(index::artistName).toList()));
        b.append(personal ? ". Ranked by how well each track fits and by your taste." : ". Ranked by fit and popularity.");
        if (c.refresh() != Refresh.NONE) b.append(" Refreshed ").append(c.refresh().wire()).append('.');
        return b.toString();
    }

    private static String round(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.format(java.util.Locale.ROOT, "%.2f", w);
    }
}
