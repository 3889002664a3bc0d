package dev.encore.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.app.engine.Engine;
import dev.encore.ml.Params;
import dev.encore.server.EncoreServer;
import dev.encore.server.ServerConfig;
import dev.encore.server.serving.DirectoryModelSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the HTTP API on an existing data directory.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "data directory") Path data;
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE})") int port;
    @Option(names = "--retrain-every", defaultValue = "0", description = "retrain in the background every N seconds (0 = only on POST /api/v1/admin/train)") long retrainEvery;
    @Option(names = "--rate-limit", defaultValue = "2000", description = "requests per second allowed per token, bursts of twice that (default ${DEFAULT-VALUE})") double rateLimit;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) throw new IllegalArgumentException("no data directory at " + data + "; run 'encore demo' or 'encore import' first");
        return serve(data, port, retrainEvery, rateLimit, false);
    }

    /**
     * Starts the server (training ALS on demand or on a schedule) and blocks until the process is stopped.
     * {@code demo} lets the web UI sign visitors in as sample listeners; never use it on a real service.
     */
    static int serve(Path data, int port, long retrainEverySeconds, double ratePerToken, boolean demo) throws Exception {
        ServerConfig cfg = ServerConfig.of(data, new DirectoryModelSource(data.resolve("models"),
                        DirectoryModelSource.bundles(Clock.systemUTC()), new ObjectMapper()))
                .withTrainer(store -> Engine.trainAndPublish(store, "als", Params.empty(), Engine.defaultKind(store)).version(),
                        retrainEverySeconds)
                .withRateLimit(ratePerToken, 2 * ratePerToken)
                .withDemo(demo); // demo mode: the sign-in page offers sample listeners
        EncoreServer server = EncoreServer.create(cfg).start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("encore: error while stopping: " + e.getMessage());
            }
            stopped.countDown();
        }));
        String base = "http://localhost:" + server.port();
        System.out.println("Encore is serving: web app " + base + "/ui  ·  API docs " + base + "/api/v1/docs  (Ctrl-C stops)");
        stopped.await();
        return 0;
    }
}
