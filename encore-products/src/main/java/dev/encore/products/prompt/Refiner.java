package dev.encore.products.prompt;

import dev.encore.core.domain.Track;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follow-ups: changes relative to the previous playlist ("less like the first three", "longer", "shorter",
 * "more jazz", "calmer", "more adventurous", "any decade") are handled here; the rest of the follow-up goes through
 * the normal interpretation on top of the previous constraints ("only 90s", "no more Coldplay", "more upbeat",
 * "nothing explicit"), so a later wish replaces an earlier one of the same kind and exclusions win over inclusions.
 */
public final class Refiner {
    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final Pattern LESS_LIKE = Pattern.compile("\\b(?:less|nothing|not|fewer)(?: songs)? like (?:the )?first (\\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?: songs| tracks)?\\b", I);
    private static final Pattern LONGER = Pattern.compile("\\b(?:make it |a bit |much )?longer\\b", I);
    private static final Pattern SHORTER = Pattern.compile("\\b(?:make it |a bit |much )?shorter\\b", I);
    private static final Pattern CALMER = Pattern.compile("\\b(?:calmer|less upbeat|less energy|less energetic|more chill|more relaxed|more mellow|quieter|softer)\\b", I);
    private static final Pattern SLOWER = Pattern.compile("\\b(?:slower|less fast)\\b", I);
    private static final Pattern ANY_ENERGY = Pattern.compile("\\b(?:any energy|any tempo|any speed)\\b", I);
    private static final Pattern BOLDER = Pattern.compile("\\b(?:more adventurous|less familiar|more obscure|harder|weirder|more new stuff|more discovery)\\b", I);
    private static final Pattern SAFER = Pattern.compile("\\b(?:more familiar|less adventurous|easier|more mainstream|more popular)\\b", I);
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(?:any (?:decade|era|year)s?|all (?:decades|eras|years))\\b", I);
    private static final Pattern EXPLICIT_OK = Pattern.compile("\\b(?:explicit is (?:fine|ok|okay)|allow explicit)\\b", I);
    private static final Pattern MORE_TAG = Pattern.compile("(?<!\\bno )(?<!\\bany )\\bmore ([\\p{L}0-9' -]+?)(?=$|[,.;!]| and | please)", I);
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    static final double LONGER_FACTOR = 1.5, SHORTER_FACTOR = 2.0 / 3;

    private final PromptIndex index;
    private final Interpreter interpreter;

    public Refiner(PromptIndex index, Interpreter interpreter) {
        this.index = index;
        this.interpreter = interpreter;
    }

    public Interpreter.Result refine(Conversation conv, String followUp, String userId) {
        if (followUp == null || followUp.isBlank())
            throw new PromptSyntaxException("the follow-up is empty", -1, "say what to change, e.g. \"more upbeat\" or \"only 90s\"");
        Constraints c = conv.constraints();
        StringBuilder rest = new StringBuilder(followUp);
        Matcher m = LESS_LIKE.matcher(rest);
        if (m.find()) {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int k = n.matches("\\d+") ? Integer.parseInt(n) : NUMBERS.indexOf(n) + 1;
            List<String> first = conv.trackIds().subList(0, Math.min(k, conv.trackIds().size()));
            List<String> avoid = new ArrayList<>(c.avoidTracks());
            avoid.addAll(first);
            List<String> exclude = new ArrayList<>(c.excludedArtists());
            for (String id : first) {
                int i = index.indexOf(id);
                Track t = i < 0 ? null : index.track(i);
                if (t != null && t.primaryArtistId() != null && !c.artists().containsKey(t.primaryArtistId())) exclude.add(t.primaryArtistId());
            }
            c = c.withAvoidTracks(avoid).withExcluded(exclude, c.excludedTags());
            cut(rest, m);
        }
        if (find(rest, LONGER)) c = scale(c, LONGER_FACTOR);
        if (find(rest, SHORTER)) c = scale(c, SHORTER_FACTOR);
        if (find(rest, CALMER)) c = c.withEnergy(Energy.CALM);
        if (find(rest, SLOWER)) c = c.withEnergy(Energy.SLOW);
        if (find(rest, ANY_ENERGY)) c = c.withEnergy(Energy.ANY);
        if (find(rest, BOLDER)) c = c.withMode(c.mode() == Mode.EASY ? Mode.MEDIUM : Mode.HARD);
        if (find(rest, SAFER)) c = c.withMode(c.mode() == Mode.HARD ? Mode.MEDIUM : Mode.EASY);
        if (find(rest, ANY_YEAR)) c = c.withYears(0, 0);
        if (find(rest, EXPLICIT_OK)) c = c.withClean(false);
        c = moreOfTags(rest, c);
        Interpreter.Result r = interpreter.interpret(rest.toString(), userId, c);
        Constraints out = r.constraints();
        Map<String, Double> artists = new LinkedHashMap<>(out.artists());
        out.excludedArtists().forEach(artists::remove);
        return new Interpreter.Result(out.withArtists(artists), r.path(), r.unmatched());
    }

    /** "more jazz" raises jazz's weight by one (adding it when new); "more upbeat" and "more like X" are left for the rules. */
    private Constraints moreOfTags(StringBuilder rest, Constraints c) {
        Matcher m = MORE_TAG.matcher(rest);
        while (m.find()) {
            List<String> tags = LexicalTagMapper.exact(Text.words(m.group(1)), index);
            if (tags.isEmpty() || m.group(1).trim().toLowerCase(java.util.Locale.ROOT).startsWith("like") || FreeTextRules.isEnergyWord(m.group(1))) continue;
            Map<String, Double> t = new LinkedHashMap<>(c.tags());
            t.merge(tags.get(0), 1.0, Double::sum);
            c = c.withTags(t);
            cut(rest, m);
            m = MORE_TAG.matcher(rest);
        }
        return c;
    }

    private static Constraints scale(Constraints c, double f) {
        if (c.count() > 0) return c.withLength(0, Math.max(1, Math.min(Quantities.MAX_COUNT, (int) Math.round(c.count() * f))));
        long base = c.durationMs() > 0 ? c.durationMs() : PlaylistBuilder.DEFAULT_COUNT * 4 * 60_000L;
        return c.withLength(Math.max(Quantities.MIN_MS, Math.min(Quantities.MAX_MS, Math.round(base * f))), 0);
    }

    private static boolean find(StringBuilder s, Pattern p) {
        Matcher m = p.matcher(s);
        if (!m.find()) return false;
        cut(s, m);
        return true;
    }

    private static void cut(StringBuilder s, Matcher m) {
        for (int k = m.start(); k < m.end(); k++) s.setCharAt(k, ' ');
    }
}
