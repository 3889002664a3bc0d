package dev.encore.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code encore} command. Each subcommand lives in its own class; see DESIGN.md for the contract. */
@Command(name = "encore", mixinStandardHelpOptions = true, version = "encore 0.1.0",
        description = "Encore: music personalization — listening events in; recommendations and playlists out.",
        subcommands = {
                CommandLine.HelpCommand.class,
                dev.encore.app.cli.DemoCommand.class,
                dev.encore.app.cli.ServeCommand.class,
                dev.encore.app.cli.ImportCommand.class,
                dev.encore.app.cli.StatsCommand.class,
                dev.encore.app.cli.GenerateCommand.class,
                dev.encore.app.cli.TrainCommand.class,
                dev.encore.app.cli.RecommendCommand.class,
                dev.encore.app.cli.PromptCommand.class,
                dev.encore.app.cli.ProductsCommand.class,
                dev.encore.app.cli.EvalCommand.class,
                dev.encore.app.cli.TuneCommand.class,
                dev.encore.app.cli.TokenCommand.class,
                dev.encore.app.cli.BenchCommand.class,
                dev.encore.app.cli.SimulateCommand.class,
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            // Expected failures (bad input, missing files) get one clear line; bugs keep their stack trace.
            if (ex instanceof dev.encore.formats.ImportException ie) {
                line.getErr().println("encore: " + ie.getMessage());
                line.getErr().print("imported before the stop (kept):\n" + ie.report().summary());
                return 2;
            }
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException || ex instanceof UserError) {
                line.getErr().println("encore: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
