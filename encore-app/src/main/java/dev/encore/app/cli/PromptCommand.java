package dev.encore.app.cli;

import dev.encore.app.engine.Engine;
import dev.encore.ml.serving.ModelBundle;
import dev.encore.products.TasteModel;
import dev.encore.products.prompt.ChatRewriter;
import dev.encore.products.prompt.EmbeddingTagMapper;
import dev.encore.products.prompt.LexicalTagMapper;
import dev.encore.products.prompt.ModelTaste;
import dev.encore.products.prompt.PromptEngine;
import dev.encore.products.prompt.PromptIndex;
import dev.encore.products.prompt.PromptPlaylist;
import dev.encore.products.prompt.PromptTrack;
import dev.encore.server.products.StoreListeningHistory;
import dev.encore.server.prompt.StorePromptIndex;
import dev.encore.store.EncoreStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "prompt", mixinStandardHelpOptions = true,
        description = {"Make a playlist from a prompt: prints the interpreted constraints and a numbered playlist with reasons.",
                "Free text (\"chill indie for a rainy Sunday, nothing explicit, 2 hours\") or the structured language",
                "(artist:(Name), tag:(rock):3, #jazz, stats:user, recs:user, mode:easy|medium|hard); see docs/prompts.md."})
public final class PromptCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "encore-data", description = "data directory (default ${DEFAULT-VALUE})") Path data;
    @Option(names = "--user", description = "the listener to personalise for (their history and the current model)") String user;
    @Option(names = "--then", description = "a follow-up, applied in order (repeatable), e.g. --then \"more upbeat\" --then \"only 90s\"") List<String> followUps;
    @Option(names = "--no-embeddings", description = "map words to tags lexically only (skips loading the sentence-embedding model)") boolean lexical;
    @Parameters(index = "0", paramLabel = "TEXT", description = "the prompt") String prompt;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) throw new IllegalArgumentException("no data directory " + data + "; run 'encore demo --prepare-only --data " + data + "' or import data first");
        ModelBundle bundle = Engine.current(data).orElse(null);
        try (EncoreStore store = EncoreStore.open(data)) {
            PromptIndex index = StorePromptIndex.build(store);
            if (index.size() == 0) throw new IllegalArgumentException("the catalog in " + data + " has no tracks; import a catalog first (encore import …)");
            TasteModel taste = bundle == null ? null : TasteModel.of(bundle, null);
            ChatRewriter.Config llm = ChatRewriter.Config.fromEnv(System.getenv());
            PromptEngine engine = new PromptEngine(index, lexical ? new LexicalTagMapper() : EmbeddingTagMapper.miniLm(),
                    new ModelTaste(taste, new StoreListeningHistory(store), index.asCatalog()), llm == null ? null : new ChatRewriter(llm, index));
            try {
                PromptEngine.Turn t = engine.create(user, prompt);
                print(System.out, prompt, t.playlist());
                for (String f : followUps == null ? List.<String>of() : followUps) {
                    t = engine.refine(user, t.conversation(), f);
                    System.out.println();
                    print(System.out, f, t.playlist());
                }
            } catch (dev.encore.products.prompt.PromptSyntaxException e) {
                throw new IllegalArgumentException("cannot understand the prompt " + e.getMessage());
            }
        }
        return 0;
    }

    static void print(PrintStream out, String said, PromptPlaylist p) {
        out.println("prompt: " + said);
        out.println("interpreted: " + String.join(" · ", p.chips()));
        out.println("interpretation: " + p.path());
        out.println(p.title());
        out.println(p.description());
        int n = 1;
        for (PromptTrack t : p.tracks())
            out.printf(Locale.ROOT, "%2d. %s – %s (%s%d:%02d)  [%s]%n", n++, t.artistName(), t.title(), t.year() == 0 ? "" : t.year() + ", ",
                    t.durationMs() / 60_000, t.durationMs() / 1000 % 60, t.reason());
        for (String note : p.notes()) out.println("note: " + note);
    }
}
