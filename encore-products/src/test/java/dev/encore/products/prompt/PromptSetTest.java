package dev.encore.products.prompt;

import dev.encore.core.domain.Track;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prompt set (src/test/resources/prompt/prompts.txt, one prompt + expectations per line) on the demo catalog,
 * offline with the lexical tag mapping: every expectation must hold, and the overall relevance (share of tracks
 * carrying one of the prompt's intent tags) stays at or above 0.9.
 */
class PromptSetTest {
    static final String USER = DemoCatalog.HISTORY_USERS.get(0);

    record Case(String prompt, Map<String, String> expect, int line) {}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = PromptSetTest.class.getResourceAsStream("/prompt/prompts.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                String l = lines[n].strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] parts = l.split("\\|\\|");
                Map<String, String> e = new HashMap<>();
                // values may hold spaces ("activity=rainy sunday"): a token without '=' continues the previous value
                String key = null;
                for (String tok : parts[1].trim().split(" ")) {
                    int eq = tok.indexOf('=');
                    if (eq > 0) { key = tok.substring(0, eq); e.put(key, tok.substring(eq + 1)); }
                    else if (key != null && e.get(key) != null && !isFlag(tok)) e.put(key, e.get(key) + " " + tok);
                    else { key = null; e.put(tok, ""); }
                }
                out.add(new Case(parts[0].trim(), e, n + 1));
            }
        }
        return out;
    }

    private static boolean isFlag(String tok) {
        return tok.equals("clean") || tok.equals("user");
    }

    static PromptEngine engine() {
        DemoCatalog d = DemoCatalog.get();
        return new PromptEngine(d.index, new LexicalTagMapper(), new ModelTaste(null, d.listens, d.catalog), null);
    }

    @Test
    void everyPromptMeetsItsExpectations() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        PromptEngine engine = engine();
        PromptIndex index = engine.index();
        int relevant = 0, counted = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            PromptPlaylist p = engine.create(c.expect.containsKey("user") ? USER : null, c.prompt).playlist();
            List<String> problems = new ArrayList<>();
            Map<String, String> e = c.expect;
            if (p.tracks().size() < 5 && !e.containsKey("count")) problems.add("only " + p.tracks().size() + " tracks");
            if (e.containsKey("tags")) {
                List<String> intent = Arrays.stream(e.get("tags").split(",")).map(Text::norm).toList();
                if (intent.stream().noneMatch(p.constraints().tags()::containsKey)) problems.add("no intent tag in " + p.constraints().tags().keySet());
                long hits = p.tracks().stream().filter(t -> t.tags().stream().anyMatch(intent::contains)).count();
                relevant += hits;
                counted += p.tracks().size();
                if (hits < 0.8 * p.tracks().size()) problems.add("only " + hits + "/" + p.tracks().size() + " tracks carry " + intent);
            }
            if (e.containsKey("minutes")) {
                long want = Long.parseLong(e.get("minutes")) * 60_000;
                if (Math.abs(p.totalMs() - want) > 0.05 * want) problems.add("length " + p.totalMs() / 60_000.0 + " min, want " + e.get("minutes"));
                long sum = p.tracks().stream().mapToLong(PromptTrack::durationMs).sum();
                if (sum != p.totalMs()) problems.add("totalMs " + p.totalMs() + " differs from the tracks' sum " + sum);
            }
            if (e.containsKey("count") && p.tracks().size() != Integer.parseInt(e.get("count"))) problems.add(p.tracks().size() + " tracks, want " + e.get("count"));
            if (e.containsKey("years")) {
                String[] y = e.get("years").split("-");
                int from = Integer.parseInt(y[0]), to = Integer.parseInt(y[1]);
                for (PromptTrack t : p.tracks()) if ((from != 0 && t.year() < from) || (to != 0 && t.year() > to)) problems.add(t.trackId() + " from " + t.year());
            }
            if (e.containsKey("clean") && p.tracks().stream().anyMatch(PromptTrack::explicit)) problems.add("explicit track");
            if (e.containsKey("energy")) {
                Energy en = Energy.valueOf(e.get("energy").toUpperCase());
                if (p.constraints().energy() != en) problems.add("energy " + p.constraints().energy());
                for (PromptTrack t : p.tracks()) if (!en.accepts(track(index, t).audio())) problems.add(t.trackId() + " not " + en);
            }
            for (String a : list(e.get("include")))
                if (p.tracks().stream().noneMatch(t -> t.artistName().equals(a))) problems.add("no track by " + a);
            for (String a : list(e.get("exclude")))
                if (p.tracks().stream().anyMatch(t -> t.artistName().equals(a))) problems.add("a track by excluded " + a);
            if (e.containsKey("activity") && !e.get("activity").equals(p.constraints().activity())) problems.add("activity " + p.constraints().activity());
            if (e.containsKey("mode") && !e.get("mode").equals(p.constraints().mode().wire())) problems.add("mode " + p.constraints().mode());
            if (e.containsKey("refresh") && !e.get("refresh").equals(p.refresh().wire())) problems.add("refresh " + p.refresh());
            Map<String, Integer> perArtist = new HashMap<>();
            p.tracks().forEach(t -> perArtist.merge(t.artistId(), 1, Integer::sum));
            perArtist.forEach((a, n) -> { if (n > PlaylistBuilder.SEED_CAP) problems.add(n + " tracks by " + a); });
            if (p.tracks().stream().anyMatch(t -> t.reason() == null || t.reason().isBlank())) problems.add("a track without a reason");
            if (!problems.isEmpty()) failures.add("line " + c.line + " \"" + c.prompt + "\": " + problems + " " + p.chips());
        }
        double relevance = (double) relevant / counted;
        System.out.printf("prompt set: %d prompts, relevance %.3f (%d of %d tracks)%n", cases.size(), relevance, relevant, counted);
        assertThat(failures).isEmpty();
        assertThat(relevance).isGreaterThanOrEqualTo(0.9);
    }

    private static Track track(PromptIndex index, PromptTrack t) {
        return index.track(index.indexOf(t.trackId()));
    }

    private static List<String> list(String v) {
        return v == null || v.isBlank() ? List.of() : Arrays.asList(v.split(";"));
    }
}
