package dev.encore.app.cli;

import dev.encore.ml.registry.Recommenders;
import dev.encore.ml.serving.ModelBundle;
import dev.encore.server.EncoreServer;
import dev.encore.server.serving.LoadedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the HTTP API on an existing data directory.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "data directory") Path data;
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE})") int port;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) throw new IllegalArgumentException("no data directory at " + data + "; run 'encore demo' or 'encore import' first");
        return serve(data, port);
    }

    /** Starts the server and blocks until the process is stopped (Ctrl-C stops it cleanly). */
    static int serve(Path data, int port) throws Exception {
        EncoreServer server = EncoreServer.start(data, port, (version, dir) -> {
            ModelBundle b = ModelBundle.load(dir, Recommenders::load);
            return new LoadedModel(version, b.interactions(), b.model(), b.info(), Instant.now());
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("encore: error while stopping: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("Encore is serving on http://localhost:" + port + "/  (API: /api/v1, docs: /api/v1/docs; Ctrl-C stops)");
        stopped.await();
        return 0;
    }
}
