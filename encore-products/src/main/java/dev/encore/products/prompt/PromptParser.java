package dev.encore.products.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The structured prompt language, in the spirit of ListenBrainz's LB Radio:
 * <pre>
 *   artist:(Name)      an artist (parentheses needed for names with spaces); artist:Name for one word
 *   tag:(rock)         a tag; tag:(rock, indie) several; #rock the short form (no spaces)
 *   term:N             a weight after any term, e.g. tag:(rock):3 or #jazz:2 (default 1, at most 100)
 *   stats:user         the listener's own top artists (stats:me, or their own user id, also work)
 *   recs:user          the listener's recommendations
 *   mode:easy|medium|hard   how far from the familiar the playlist strays
 * </pre>
 * Anything else is free text, left for the rule layer. Errors say where and how to fix ({@link PromptSyntaxException}).
 */
public final class PromptParser {
    private static final List<String> PREFIXES = List.of("artist", "tag", "stats", "recs", "mode");
    private static final String HELP = "use artist:(Name), tag:(name), #tag, stats:user, recs:user or mode:easy|medium|hard";

    private PromptParser() {}

    public static Structured parse(String prompt) {
        if (prompt == null) throw new PromptSyntaxException("the prompt is missing", -1, "describe the playlist, e.g. \"chill indie, 2 hours\"");
        List<Structured.Term> terms = new ArrayList<>();
        StringBuilder free = new StringBuilder(prompt);
        Mode mode = null;
        int i = 0, n = prompt.length();
        while (i < n) {
            if (Character.isWhitespace(prompt.charAt(i))) { i++; continue; }
            int start = i;
            int end = wordEnd(prompt, i);
            String word = prompt.substring(i, end);
            int colon = word.indexOf(':');
            if (word.startsWith("#")) {
                Value v = value(prompt, start + 1, "#", "write a tag right after #, e.g. #rock (use tag:(hip hop) for tags with spaces)");
                terms.add(new Structured.Term(Structured.Kind.TAG, v.text, v.weight, start));
                blank(free, start, v.end);
                i = v.end;
            } else if (colon > 0 && isName(word.substring(0, colon))) {
                String prefix = word.substring(0, colon).toLowerCase(Locale.ROOT);
                boolean paren = colon + 1 < word.length() && word.charAt(colon + 1) == '(';
                if (!PREFIXES.contains(prefix)) {
                    if (paren) throw new PromptSyntaxException("unknown term '" + word.substring(0, colon + 1) + "'", start, HELP);
                    i = end;   // "note: ..." is ordinary text
                    continue;
                }
                Value v = value(prompt, start + colon + 1, prefix + ":", "give a value, e.g. " + example(prefix));
                switch (prefix) {
                    case "artist" -> terms.add(new Structured.Term(Structured.Kind.ARTIST, v.text, v.weight, start));
                    case "tag" -> {
                        for (String t : v.text.split(",")) {
                            if (t.isBlank()) throw new PromptSyntaxException("empty tag in '" + v.text + "'", start, "separate tags with commas, e.g. tag:(rock, indie)");
                            terms.add(new Structured.Term(Structured.Kind.TAG, t.trim(), v.weight, start));
                        }
                    }
                    case "stats" -> terms.add(new Structured.Term(Structured.Kind.STATS, v.text, v.weight, start));
                    case "recs" -> terms.add(new Structured.Term(Structured.Kind.RECS, v.text, v.weight, start));
                    default -> {
                        Mode m = Mode.parse(v.text);
                        if (m == null) throw new PromptSyntaxException("unknown mode '" + v.text + "'", start + colon + 1, "use mode:easy, mode:medium or mode:hard");
                        if (mode != null && mode != m) throw new PromptSyntaxException("two different modes", start, "keep one mode: term");
                        mode = m;
                    }
                }
                blank(free, start, v.end);
                i = v.end;
            } else {
                i = end;
            }
        }
        return new Structured(terms, mode, free.toString());
    }

    private static String example(String prefix) {
        return switch (prefix) {
            case "artist" -> "artist:(Daft Punk)";
            case "tag" -> "tag:(rock) or tag:(rock, indie)";
            case "mode" -> "mode:easy";
            default -> prefix + ":user";
        };
    }

    private record Value(String text, double weight, int end) {}

    /** Reads "(text)" or a bare word from {@code at}, then an optional ":weight". */
    private static Value value(String s, int at, String what, String fix) {
        String text;
        int end;
        if (at < s.length() && s.charAt(at) == '(') {
            int close = s.indexOf(')', at + 1);
            if (close < 0) throw new PromptSyntaxException("'" + what + "(' is never closed", at, "close it with ')', e.g. " + what + "(name)");
            text = s.substring(at + 1, close).trim();
            end = close + 1;
        } else {
            end = at;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != ':' && s.charAt(end) != ',') end++;
            text = s.substring(at, end);
            // a trailing comma or period belongs to the sentence, not the value
            while (!text.isEmpty() && ".;!?".indexOf(text.charAt(text.length() - 1)) >= 0) text = text.substring(0, text.length() - 1);
        }
        if (text.isBlank()) throw new PromptSyntaxException("'" + what + "' has no value", at, fix);
        double weight = 1;
        if (end < s.length() && s.charAt(end) == ':') {
            int w = end + 1;
            int wEnd = w;
            while (wEnd < s.length() && (Character.isDigit(s.charAt(wEnd)) || s.charAt(wEnd) == '.')) wEnd++;
            String num = s.substring(w, wEnd);
            try {
                weight = Double.parseDouble(num);
            } catch (NumberFormatException e) {
                throw new PromptSyntaxException("the weight after '" + what + "' is not a number", w, "write a number from 1 to 100, e.g. " + what + "(rock):3");
            }
            if (!(weight > 0 && weight <= 100))
                throw new PromptSyntaxException("weight " + num + " is out of range", w, "use a weight above 0 and at most 100");
            end = wEnd;
        }
        if (end < s.length() && s.charAt(end) == ',') end++;   // "#rock, #jazz"
        return new Value(text, weight, end);
    }

    private static boolean isName(String s) {
        for (int k = 0; k < s.length(); k++) if (!Character.isLetter(s.charAt(k))) return false;
        return !s.isEmpty();
    }

    private static int wordEnd(String s, int i) {
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            if (c == ')') depth = Math.max(0, depth - 1);
            if (Character.isWhitespace(c) && depth == 0) break;
            i++;
        }
        return i;
    }

    private static void blank(StringBuilder b, int from, int to) {
        for (int k = from; k < to && k < b.length(); k++) b.setCharAt(k, ' ');
    }
}
