package dev.encore.products.prompt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prompt-to-playlist latency and relevance on the demo catalog (not a unit test; run by hand, see docs/prompts.md):
 * {@code java -cp ... dev.encore.products.prompt.PromptBench lexical|embedding ROUNDS}. Runs the prompt set of
 * {@link PromptSetTest} (its prompts with "user" for a demo listener), three warm-up rounds, then ROUNDS timed
 * rounds of every prompt plus one follow-up ("more upbeat") each; prints wall-clock p50/p95/max per kind, the prompts'
 * thread CPU time (the figure that survives a shared, overloaded machine) and the relevance.
 */
public final class PromptBench {
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "lexical";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long t0 = System.nanoTime();
        DemoCatalog d = DemoCatalog.get();
        System.out.printf(Locale.ROOT, "demo catalog: %d tracks, %d artists, built in %.1f s%n", d.index.size(), d.artists.size(), (System.nanoTime() - t0) / 1e9);
        TagMapper mapper = mode.equals("embedding") ? EmbeddingTagMapper.miniLm() : new LexicalTagMapper();
        PromptEngine engine = new PromptEngine(d.index, mapper, new ModelTaste(null, d.listens, d.catalog), null);
        List<PromptSetTest.Case> cases = PromptSetTest.cases();
        long t1 = System.nanoTime();
        engine.create(null, "warm up: soothing rainy music");   // loads the model and embeds the vocabulary (embedding mode)
        System.out.printf(Locale.ROOT, "first prompt (incl. model load in embedding mode): %.1f s%n", (System.nanoTime() - t1) / 1e9);
        for (int w = 0; w < 3; w++) for (PromptSetTest.Case c : cases) run(engine, c);
        List<Double> create = new ArrayList<>(), refine = new ArrayList<>(), cpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int relevant = 0, counted = 0;
        String path = "";
        for (int r = 0; r < rounds; r++) {
            for (PromptSetTest.Case c : cases) {
                String user = c.expect().containsKey("user") ? PromptSetTest.USER : null;
                long s = System.nanoTime(), sc = threads.getCurrentThreadCpuTime();
                PromptEngine.Turn t = engine.create(user, c.prompt());
                create.add((System.nanoTime() - s) / 1e6);
                cpu.add((threads.getCurrentThreadCpuTime() - sc) / 1e6);
                s = System.nanoTime();
                engine.refine(user, t.conversation(), "more upbeat");
                refine.add((System.nanoTime() - s) / 1e6);
                path = t.playlist().path();
                if (r == 0 && c.expect().containsKey("tags")) {
                    List<String> intent = Arrays.stream(c.expect().get("tags").split(",")).map(Text::norm).toList();
                    relevant += (int) t.playlist().tracks().stream().filter(x -> x.tags().stream().anyMatch(intent::contains)).count();
                    counted += t.playlist().tracks().size();
                }
            }
        }
        System.out.printf(Locale.ROOT, "mapper %s (path of the last prompt: %s), %d prompts x %d rounds%n", mode, path, cases.size(), rounds);
        report("prompt -> playlist", create);
        report("follow-up -> playlist", refine);
        report("prompt -> playlist, CPU time of the thread", cpu);
        System.out.printf(Locale.ROOT, "load average while measuring: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "relevance: %.3f (%d of %d tracks carry an intent tag)%n", (double) relevant / counted, relevant, counted);
    }

    private static void run(PromptEngine engine, PromptSetTest.Case c) {
        engine.create(c.expect().containsKey("user") ? PromptSetTest.USER : null, c.prompt());
    }

    private static void report(String what, List<Double> ms) {
        double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)%n", what, v[v.length / 2],
                v[(int) Math.ceil(v.length * 0.95) - 1], v[v.length - 1], v.length);
    }
}
