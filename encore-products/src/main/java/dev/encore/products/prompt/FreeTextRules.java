package dev.encore.products.prompt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule layer: hard constraints from free text. Works on the normalised prompt and blanks out what each rule
 * uses, so later rules and the tag mapping see only the rest. Artist names are matched against the catalog's
 * normalised names (longest first), never guessed: after "like / similar to / by / with" they are included, after
 * "no / without / except / no more" excluded (a tag there is excluded instead), and anywhere else only when written
 * with capitals ("... Daft Punk ...").
 */
public final class FreeTextRules {
    private static final Pattern CLEAN = Pattern.compile("\\b(?:nothing explicit|no explicit(?: lyrics| content| songs| tracks)?|not explicit|non explicit"
            + "|clean(?: versions?| lyrics| songs| tracks)?|family friendly|kid friendly|kids|for children|no swearing|no profanity|no cursing)\\b");
    private static final Pattern EXCLUDE = Pattern.compile("\\b(?:no more|nothing by|nothing from|none of|but not|no|without|not|except|excluding|exclude|minus|skip|avoid) ");
    private static final Pattern INCLUDE = Pattern.compile("\\b(?:sounds like|sound like|similar to|in the style of|such as|like|by|with|including|featuring|feat|plus|and also) ");
    private static final Pattern UPBEAT = Pattern.compile("\\b(?:more upbeat|upbeat|up beat|energetic|high energy|energizing|energising|pumped|pump up|hype|fast|faster|uptempo|up tempo|lively|bouncy|danceable|intense|powerful)\\b");
    private static final Pattern SLOW = Pattern.compile("\\b(?:slow|slower|slow tempo|slowed)\\b");
    private static final Pattern CALM = Pattern.compile("\\b(?:calm|calming|calmer|chill|chilled|chilly|mellow|relaxed|peaceful|soothing|quiet|soft|gentle|laid back|laidback|low energy|tranquil|serene)\\b");
    /** Calm words that also say something about style, so they stay for tag mapping. */
    private static final Set<String> KEEP = Set.of("chill", "chilled", "mellow");
    private static final Pattern DAILY = Pattern.compile("\\b(?:refresh(?:ed)? daily|updated? daily|update every day|daily|every day|each day)\\b");
    private static final Pattern WEEKLY = Pattern.compile("\\b(?:refresh(?:ed)? weekly|updated? weekly|update every week|weekly|every week|each week)\\b");
    private static final Pattern HARD = Pattern.compile("\\b(?:surprise me|something new|new to me|discover|discoveries|unfamiliar|deep cuts|hidden gems|obscure|adventurous|never heard|stuff i dont know)\\b");
    private static final Pattern EASY = Pattern.compile("\\b(?:familiar|comfort|stuff i know|songs i know)\\b");
    private static final Pattern STATS = Pattern.compile("\\b(?:my top artists|my favorites|my favourites|my favorite artists|my favourite artists|what i listen to|my taste|my usual)\\b");
    static final Set<String> STOP = new HashSet<>(Arrays.asList(("a an the for of some me my i id im want give make create playlist playlists music "
            + "songs song tracks track tunes please with and or to in on at from that is are be mix something stuff vibes vibe good great "
            + "best just only really very lots lot bit little kind sort type feel feeling mood moods style genre sounds sound "
            + "put together need would love like get play this these those it its into while during some any more less "
            + "but by as so all about around over time hours hour minutes minute listen listening also").split(" ")));
    private static final Set<String> JOINERS = Set.of("and", "the", "of", "a");

    private final PromptIndex index;

    public FreeTextRules(PromptIndex index) {
        this.index = index;
    }

    /** Whether {@code phrase} is a tempo or energy wish ("upbeat", "calm"), which the rules own even when it is also a tag. */
    static boolean isEnergyWord(String phrase) {
        String n = " " + Text.norm(phrase) + " ";
        return UPBEAT.matcher(n).find() || SLOW.matcher(n).find() || CALM.matcher(n).find();
    }

    /** Applies the rules to {@code text} on top of {@code base}. */
    public RuleResult apply(String text, Constraints base) {
        Set<String> capitalised = capitalisedWords(text);
        String pre = text == null ? "" : text.replaceAll("(\\d)[.,](\\d)", "$1 point $2");
        StringBuilder s = new StringBuilder(" " + Text.norm(pre) + " ");
        Constraints[] c = {base};
        Map<String, Double> hints = new LinkedHashMap<>();

        consume(s, CLEAN, m -> c[0] = c[0].withClean(true));
        consume(s, Quantities.DURATION, m -> {
            long ms = Quantities.durationMs(m);
            if (ms < Quantities.MIN_MS || ms > Quantities.MAX_MS)
                throw new PromptSyntaxException("a playlist of '" + m.group().trim() + "' is out of range", -1, "ask for 5 minutes to 12 hours");
            c[0] = c[0].withLength(ms, 0);
        });
        consume(s, Quantities.COUNT, m -> {
            int n = (int) Math.round(Quantities.number(m.group(1)));
            if (n < 1 || n > Quantities.MAX_COUNT)
                throw new PromptSyntaxException("'" + m.group().trim() + "' is out of range", -1, "ask for 1 to " + Quantities.MAX_COUNT + " songs");
            c[0] = c[0].withLength(0, n);
        });
        consume(s, Quantities.RANGE, m -> c[0] = years(c[0], Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        consume(s, Quantities.BEFORE, m -> c[0] = c[0].withYears(c[0].fromYear(), Integer.parseInt(m.group(1)) - 1));
        consume(s, Quantities.AFTER, m -> c[0] = c[0].withYears(Integer.parseInt(m.group(1)), c[0].toYear()));
        consume(s, Quantities.DECADE, m -> c[0] = c[0].withYears(Quantities.decadeStart(m), Quantities.decadeStart(m) + 9));
        consume(s, Quantities.DECADE_WORD, m -> c[0] = c[0].withYears(Quantities.decadeStart(m), Quantities.decadeStart(m) + 9));
        consume(s, Quantities.YEAR, m -> c[0] = c[0].withYears(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(1))));
        consume(s, STATS, m -> c[0] = c[0].withSources(true, c[0].recsUser()));
        consume(s, HARD, m -> c[0] = c[0].withMode(Mode.HARD));
        consume(s, EASY, m -> c[0] = c[0].withMode(Mode.EASY));
        consume(s, DAILY, m -> c[0] = c[0].withRefresh(Refresh.DAILY));
        consume(s, WEEKLY, m -> c[0] = c[0].withRefresh(Refresh.WEEKLY));
        c[0] = artistsAfter(s, EXCLUDE, c[0], false);
        c[0] = artistsAfter(s, INCLUDE, c[0], true);
        for (Activities.Activity a : Activities.ALL) {
            Matcher m = a.words().matcher(s);
            if (!m.find()) continue;
            if (c[0].activity() == null) {
                c[0] = c[0].withActivity(a.name());
                if (a.energy() != Energy.ANY && c[0].energy() == Energy.ANY) c[0] = c[0].withEnergy(a.energy());
                for (String t : a.tags()) if (index.hasTag(t)) hints.putIfAbsent(t, 0.5);
            }
            consume(s, a.words(), x -> {});
        }
        consume(s, UPBEAT, m -> c[0] = c[0].withEnergy(Energy.UPBEAT));
        consume(s, SLOW, m -> c[0] = c[0].withEnergy(Energy.SLOW));
        Matcher calm = CALM.matcher(s);
        while (calm.find()) {
            c[0] = c[0].withEnergy(Energy.CALM);
            if (!KEEP.contains(calm.group())) blank(s, calm.start(), calm.end());
        }
        c[0] = bareArtists(s, capitalised, c[0]);
        List<String> words = new ArrayList<>();
        for (String w : s.toString().trim().split("\\s+")) if (!w.isEmpty() && !STOP.contains(w) && !w.matches("\\d+")) words.add(w);
        return new RuleResult(c[0], hints, words);
    }

    private static Constraints years(Constraints c, int from, int to) {
        if (from > to) throw new PromptSyntaxException("the years " + from + " to " + to + " run backwards", -1, "put the earlier year first, e.g. 1995 to 2005");
        return c.withYears(from, to);
    }

    /** Artist names (or, for exclusions, tags) right after a trigger word; lists go on over "and"/"or". */
    private Constraints artistsAfter(StringBuilder s, Pattern trigger, Constraints c, boolean include) {
        Matcher m = trigger.matcher(s);
        int from = 0;
        while (m.find(from)) {
            int at = m.end();
            boolean any = false;
            while (true) {
                Span span = longestArtist(s, at, true);
                if (span == null) {
                    if (!include && !any) {
                        Span tag = longestTag(s, at);
                        if (tag != null) {
                            List<String> ex = new ArrayList<>(c.excludedTags());
                            ex.add(tag.key);
                            c = c.withExcluded(c.excludedArtists(), ex);
                            blank(s, m.start(), tag.end);
                            any = true;
                        }
                    }
                    break;
                }
                String id = index.artistNamed(span.key).orElseThrow();
                if (include) {
                    Map<String, Double> a = new LinkedHashMap<>(c.artists());
                    a.putIfAbsent(id, 1.0);
                    c = c.withArtists(a);
                } else {
                    List<String> ex = new ArrayList<>(c.excludedArtists());
                    ex.add(id);
                    c = c.withExcluded(ex, c.excludedTags());
                }
                blank(s, any ? at : m.start(), span.end);
                any = true;
                at = span.end;
                Matcher joiner = Pattern.compile("\\G\\s*(?:and|or|nor)?\\s*").matcher(s);
                if (joiner.find(at)) at = joiner.end();
            }
            from = Math.min(s.length(), any ? m.start() + 1 : m.end());
        }
        return c;
    }

    private record Span(String key, int end) {}

    /**
     * An artist name starting at {@code at}. A one-word name that is also a common tag ("rock", "air") stays a tag,
     * unless a trigger word came first and the artist carries that tag itself (fans tag Beyoncé "beyonce").
     */
    private Span longestArtist(StringBuilder s, int at, boolean afterTrigger) {
        return longest(s, at, key -> index.isArtistName(key) && (key.indexOf(' ') >= 0 || index.tagCount(key) < 20
                || afterTrigger && ownTag(key)));
    }

    private boolean ownTag(String key) {
        var artist = index.artist(index.artistNamed(key).orElseThrow());
        return artist != null && artist.tags().stream().map(Text::norm).anyMatch(key::equals);
    }

    private Span longestTag(StringBuilder s, int at) {
        return longest(s, at, index::hasTag);
    }

    private static Span longest(StringBuilder s, int at, java.util.function.Predicate<String> known) {
        List<int[]> words = new ArrayList<>();
        int i = at;
        while (words.size() < 6) {
            while (i < s.length() && s.charAt(i) == ' ') i++;
            if (i >= s.length()) break;
            if (!words.isEmpty() && i > words.get(words.size() - 1)[1] + 1) break;   // a blanked gap ends the name
            int e = i;
            while (e < s.length() && s.charAt(e) != ' ') e++;
            words.add(new int[]{i, e});
            i = e;
        }
        if (words.isEmpty() || words.get(0)[0] > at + 1) return null;
        for (int n = words.size(); n >= 1; n--) {
            String key = s.substring(words.get(0)[0], words.get(n - 1)[1]);
            if (known.test(key)) return new Span(key, words.get(n - 1)[1]);
        }
        return null;
    }

    /** Capitalised runs that name an artist ("... some Daft Punk ..."); lower-case names need a trigger word. */
    private Constraints bareArtists(StringBuilder s, Set<String> capitalised, Constraints c) {
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && s.charAt(i) == ' ') i++;
            if (i >= s.length()) break;
            Span span = longestArtist(s, i, false);
            if (span != null && allCapitalised(span.key, capitalised)) {
                Map<String, Double> a = new LinkedHashMap<>(c.artists());
                a.putIfAbsent(index.artistNamed(span.key).orElseThrow(), 1.0);
                c = c.withArtists(a);
                blank(s, i, span.end);
                i = span.end;
            } else {
                while (i < s.length() && s.charAt(i) != ' ') i++;
            }
        }
        return c;
    }

    private static boolean allCapitalised(String key, Set<String> capitalised) {
        boolean any = false;
        for (String w : key.split(" ")) {
            if (JOINERS.contains(w)) continue;
            if (!capitalised.contains(w)) return false;
            any = true;
        }
        return any;
    }

    /** Normalised words written with a capital in the prompt, except its very first word. */
    private static Set<String> capitalisedWords(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        String[] raw = text.trim().split("\\s+");
        for (int k = 1; k < raw.length; k++) {
            String r = raw[k].replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (!r.isEmpty() && (Character.isUpperCase(r.charAt(0)) || Character.isDigit(r.charAt(0))))
                out.addAll(Text.words(r));
        }
        return out;
    }

    static void consume(StringBuilder s, Pattern p, Consumer<Matcher> onMatch) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            onMatch.accept(m);
            blank(s, m.start(), m.end());
            m = p.matcher(s);
        }
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int k = from; k < to; k++) s.setCharAt(k, ' ');
    }
}
