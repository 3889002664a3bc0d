package dev.encore.formats.rss;

import dev.encore.formats.BadRecord;

/**
 * {@code itunes:duration} in the forms feeds really use: {@code HH:MM:SS}, {@code MM:SS}, or whole (or decimal)
 * seconds; minutes and seconds past 59 are accepted in the leading field only, as Apple's validator does.
 */
public final class FeedDurations {
    /** Episodes longer than this are taken as a unit mistake (milliseconds written as seconds), not as real. */
    static final long MAX_SECONDS = 7L * 24 * 3600;

    private FeedDurations() {}

    /** Milliseconds; throws {@link BadRecord} naming the value and the accepted forms. */
    public static int parseMs(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) throw new BadRecord("empty itunes:duration; use HH:MM:SS, MM:SS or seconds");
        String[] parts = t.split(":", -1);
        if (parts.length > 3) throw bad(t);
        double seconds = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            boolean last = i == parts.length - 1;
            if (p.isEmpty() || !(last ? p.matches("\\d+(\\.\\d+)?") : p.matches("\\d+"))) throw bad(t);
            double v = Double.parseDouble(p);
            if (i > 0 && v >= 60) throw bad(t);
            seconds = seconds * 60 + v;
        }
        if (seconds > MAX_SECONDS) {
            throw new BadRecord("itunes:duration '" + t + "' is longer than a week; give it in seconds, not milliseconds");
        }
        return (int) Math.round(seconds * 1000);
    }

    private static BadRecord bad(String t) {
        return new BadRecord("itunes:duration '" + t + "' is not HH:MM:SS, MM:SS or a number of seconds");
    }
}
