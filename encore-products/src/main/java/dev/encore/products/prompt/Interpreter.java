package dev.encore.products.prompt;

import dev.encore.core.domain.Artist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prompt text → {@link Constraints}: the structured terms first (each artist and tag must exist in the catalog,
 * else a {@link PromptSyntaxException} naming the closest ones), then the rule layer on the free text, then tag
 * mapping of the words left. Asked artists also bring their own top tags at low weight, so "like X" reaches
 * artists that sound like X, not only X.
 */
public final class Interpreter {
    static final double ARTIST_TAG_WEIGHT = 0.4, HINT_NEXT_TO_NAMED = 0.15;
    private final PromptIndex index;
    private final FreeTextRules rules;
    private final TagMapper mapper;

    public Interpreter(PromptIndex index, TagMapper mapper) {
        this.index = index;
        this.rules = new FreeTextRules(index);
        this.mapper = mapper;
    }

    public record Result(Constraints constraints, String path, List<String> unmatched) {}

    /** @param userId the listener the prompt is for (null when anonymous: {@code stats:}/{@code recs:} then fail) */
    public Result interpret(String prompt, String userId, Constraints base) {
        Structured s = PromptParser.parse(prompt);
        Constraints c = base;
        Map<String, Double> tags = new LinkedHashMap<>(c.tags());
        Map<String, Double> artists = new LinkedHashMap<>(c.artists());
        for (Structured.Term t : s.terms()) {
            switch (t.kind()) {
                case ARTIST -> artists.merge(resolveArtist(t), t.weight(), Math::max);
                case TAG -> tags.merge(resolveTag(t), t.weight(), Math::max);
                case STATS, RECS -> {
                    requireSelf(t, userId);
                    c = t.kind() == Structured.Kind.STATS ? c.withSources(true, c.recsUser()) : c.withSources(c.statsUser(), true);
                }
            }
        }
        if (s.mode() != null) c = c.withMode(s.mode());
        c = c.withTags(tags).withArtists(artists);
        RuleResult r = rules.apply(s.freeText(), c);
        c = r.constraints();
        if ((c.statsUser() || c.recsUser()) && userId == null)
            throw new PromptSyntaxException("'my favourites' and stats:/recs: need a listener", -1, "sign in or pass --user ID, or describe the music instead");
        TagMapper.Mapping m = mapper.map(r.words(), index);
        Map<String, Double> all = new LinkedHashMap<>(c.tags());
        m.tags().forEach((k, v) -> all.merge(k, v, Math::max));
        // activity tags steer a prompt that names no music; next to named tags or artists they only nudge
        boolean named = !all.isEmpty() || !c.artists().isEmpty();
        r.hintTags().forEach((t, w) -> all.putIfAbsent(t, named ? HINT_NEXT_TO_NAMED : w));
        for (String a : c.artists().keySet()) {
            Artist artist = index.artist(a);
            if (artist == null) continue;
            artist.tags().stream().limit(3).map(Text::norm).filter(index::hasTag).forEach(t -> all.putIfAbsent(t, ARTIST_TAG_WEIGHT));
        }
        c.excludedTags().forEach(all::remove);
        return new Result(c.withTags(all), m.path(), m.unmatched());
    }

    private String resolveArtist(Structured.Term t) {
        return index.artistNamed(t.value()).orElseThrow(() -> new PromptSyntaxException("no artist named '" + t.value() + "' in the catalog",
                t.position(), suggest("check the spelling", index.similarArtistNames(t.value(), 3))));
    }

    private String resolveTag(Structured.Term t) {
        String n = Text.norm(t.value());
        if (!index.hasTag(n)) {
            List<String> exact = LexicalTagMapper.exact(Text.words(t.value()), index);
            if (!exact.isEmpty()) return exact.get(0);
            throw new PromptSyntaxException("no track carries the tag '" + t.value() + "'", t.position(),
                    suggest("use a catalog tag", index.similarTags(t.value(), 3)));
        }
        return n;
    }

    private static void requireSelf(Structured.Term t, String userId) {
        String who = t.kind() == Structured.Kind.STATS ? "stats:" : "recs:";
        if (userId == null)
            throw new PromptSyntaxException(who + t.value() + " needs a listener", t.position(), "sign in or pass --user ID");
        String v = t.value().trim();
        if (!(v.equalsIgnoreCase("user") || v.equalsIgnoreCase("me") || v.equals(userId)))
            throw new PromptSyntaxException(who + v + " names another listener", t.position(), "write " + who + "user for your own");
    }

    private static String suggest(String fix, List<String> options) {
        List<String> quoted = new ArrayList<>();
        for (String o : options) quoted.add("'" + o + "'");
        return options.isEmpty() ? fix : fix + " (closest: " + String.join(", ", quoted) + ")";
    }
}
