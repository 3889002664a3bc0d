package dev.encore.app.cli;

import dev.encore.products.promotion.PromotionConfig;
import dev.encore.products.promotion.sim.PromotionSimulation;
import dev.encore.products.promotion.sim.SimResult;
import dev.encore.products.promotion.sim.SimSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code encore simulate promotion}: replays generated listeners against the promotion allocator. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Simulations of product behaviour on generated listeners.",
        subcommands = SimulateCommand.Promotion.class)
public final class SimulateCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("say what to simulate: encore simulate promotion --seed S");
    }

    @Command(name = "promotion", mixinStandardHelpOptions = true,
            description = "Replay generated listeners with planted tastes against the promotion allocator (small artists, a huge label, "
                    + "a campaign listeners hate); print a table per campaign, satisfaction with and without promotion, "
                    + "'violations: N' and the lift per campaign. Deterministic for a seed.")
    public static final class Promotion implements Callable<Integer> {
        @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})") long seed;
        @Option(names = "--listeners", defaultValue = "2000", description = "generated listeners (default ${DEFAULT-VALUE})") int listeners;
        @Option(names = "--days", defaultValue = "14", description = "simulated days (default ${DEFAULT-VALUE})") int days;
        @Option(names = "--holdout", defaultValue = "0.05", description = "share of listeners held out of promotion (default ${DEFAULT-VALUE})") double holdout;
        @Option(names = "--out", description = "also write the report (Markdown) to this file") Path out;

        @Override
        public Integer call() throws Exception {
            SimSpec standard = SimSpec.standard(seed);
            SimSpec spec = new SimSpec(seed, listeners, days, standard.sessionsPerDay(), standard.pagesPerSession(),
                    standard.slotsPerPage(), standard.catalogTracks(), standard.labelTracks(), standard.optOutShare());
            PromotionConfig config = PromotionConfig.defaults().withHoldout(holdout, seed);
            SimResult result = PromotionSimulation.run(spec, config);
            String report = result.render();
            System.out.print(report);
            if (out != null) {
                if (out.getParent() != null) Files.createDirectories(out.getParent());
                Files.writeString(out, "command: encore simulate promotion --seed " + seed + " --listeners " + listeners + " --days " + days
                        + " --holdout " + holdout + "\n\n" + report, StandardCharsets.UTF_8);
            }
            return result.violations().isEmpty() ? 0 : 1;
        }
    }
}
