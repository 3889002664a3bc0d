package dev.encore.server;

import dev.encore.server.auth.Role;
import dev.encore.server.serving.ModelSource;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link CrashRecoveryTest}: serves {@code args[0]} on a random port and writes
 * "port token" to {@code args[1]}, then runs until it is killed.
 */
public final class CrashChild {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        EncoreServer server = EncoreServer.create(ServerConfig.of(data, ModelSource.NONE).withRequireModel(false)
                .withRateLimit(1_000_000, 1_000_000)).start(0);
        String token = server.tokens().create(Role.ADMIN, null).token();
        Path tmp = Path.of(args[1] + ".tmp");
        Files.writeString(tmp, server.port() + " " + token);
        Files.move(tmp, Path.of(args[1]), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Thread.currentThread().join();
    }
}
