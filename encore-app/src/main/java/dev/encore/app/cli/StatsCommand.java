package dev.encore.app.cli;

import dev.encore.store.EncoreStore;
import dev.encore.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts per entity and the time span of listen events, one 'name: value' per line.")
public final class StatsCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "encore-data", description = "data directory (default ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() {
        if (!Files.isDirectory(data))
            throw new IllegalArgumentException("no data directory at " + data + "; create one with 'encore import' or 'encore demo'");
        try (EncoreStore store = EncoreStore.open(data)) {
            StoreStats s = store.stats();
            s.counts().forEach((name, n) -> System.out.println(name + ": " + n));
            System.out.println("first_listen: " + (s.firstListen() == null ? "none" : s.firstListen()));
            System.out.println("last_listen: " + (s.lastListen() == null ? "none" : s.lastListen()));
        }
        return 0;
    }
}
