package dev.encore.app.cli;

import dev.encore.app.ProgressBar;
import dev.encore.synth.WorldGenerator;
import dev.encore.synth.WorldSpec;
import dev.encore.synth.WorldSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic world (catalog, listeners, listens, follows, podcasts, planted tastes) in Encore's format.")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--users", description = "number of listeners") Integer users;
    @Option(names = "--tracks", description = "number of tracks") Integer tracks;
    @Option(names = "--events", description = "number of listen events") Long events;
    @Option(names = "--preset", description = "a named size instead of the three counts: S (1k×2k×50k) or M (100k×50k×5M)") String preset;
    @Option(names = "--seed", defaultValue = "42", description = "random seed; the same seed gives byte-identical files (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--out", required = true, description = "output directory") Path out;

    @Override
    public Integer call() throws Exception {
        WorldSpec spec;
        if (preset != null) {
            if (users != null || tracks != null || events != null)
                throw new IllegalArgumentException("give either --preset or --users/--tracks/--events, not both");
            spec = WorldSpec.preset(preset, seed);
        } else {
            if (users == null || tracks == null || events == null)
                throw new IllegalArgumentException("give --users, --tracks and --events (or --preset S|M)");
            spec = new WorldSpec(users, tracks, events, seed);
        }
        WorldSummary summary;
        try (ProgressBar bar = new ProgressBar("listens", spec.events())) {
            summary = WorldGenerator.generate(spec, out, bar::set);
        }
        System.out.println(summary);
        return 0;
    }
}
