package dev.encore.products.prompt;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths and eras in normalised prompt text: "2 hours", "an hour and a half", "45 minutes", "20 songs",
 * "90s", "the 1980s", "nineties", "from 1997", "before 2000", "1995 to 2005". Decimals arrive as "1 point 5"
 * (see {@link FreeTextRules}).
 */
final class Quantities {
    static final long MIN_MS = 5 * 60_000L, MAX_MS = 12 * 3_600_000L;
    static final int MAX_COUNT = 200;
    private static final String NUMBER = "(\\d+(?: point \\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|half an?)";
    static final Pattern DURATION = Pattern.compile("\\b" + NUMBER + " (hours?|hrs?|h|minutes?|mins?|min)( and a half)?\\b");
    static final Pattern COUNT = Pattern.compile("\\b" + NUMBER + " (songs?|tracks?|tunes?)\\b");
    static final Pattern DECADE = Pattern.compile("\\b(?:from |in |of )?(?:the )?(?:(19|20)([0-9])0s|([0-9])0s)\\b");
    static final Pattern DECADE_WORD = Pattern.compile("\\b(?:from |in |of )?(?:the )?(sixties|seventies|eighties|nineties|noughties|two thousands)\\b");
    static final Pattern RANGE = Pattern.compile("\\b(?:from |between )?((?:19|20)\\d\\d) (?:to|and|until|till) ((?:19|20)\\d\\d)\\b");
    static final Pattern BEFORE = Pattern.compile("\\b(?:before|until|up to|pre) ((?:19|20)\\d\\d)\\b");
    static final Pattern AFTER = Pattern.compile("\\b(?:after|since|post) ((?:19|20)\\d\\d)\\b");
    static final Pattern YEAR = Pattern.compile("\\b(?:from|in|released in) ((?:19|20)\\d\\d)\\b");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("ninety", 90));
    private static final Map<String, Integer> DECADES = Map.of("sixties", 1960, "seventies", 1970, "eighties", 1980,
            "nineties", 1990, "noughties", 2000, "two thousands", 2000);

    private Quantities() {}

    static double number(String s) {
        if (s.startsWith("half")) return 0.5;
        Integer w = WORDS.get(s);
        if (w != null) return w;
        return Double.parseDouble(s.replace(" point ", "."));
    }

    /** Milliseconds for a {@link #DURATION} match. */
    static long durationMs(Matcher m) {
        double n = number(m.group(1)) + (m.group(3) != null ? 0.5 : 0);
        boolean hours = m.group(2).startsWith("h");
        return Math.round(n * (hours ? 3_600_000 : 60_000));
    }

    /** The first year of a {@link #DECADE} or {@link #DECADE_WORD} match. */
    static int decadeStart(Matcher m) {
        if (m.groupCount() == 1) return DECADES.get(m.group(1));
        if (m.group(1) != null) return Integer.parseInt(m.group(1) + m.group(2) + "0");
        int d = Integer.parseInt(m.group(3));
        return d <= 2 ? 2000 + 10 * d : 1900 + 10 * d;   // "00s".."20s" are this century, "30s".."90s" the last
    }
}
