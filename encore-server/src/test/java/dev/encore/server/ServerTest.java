package dev.encore.server;

import org.junit.jupiter.api.AfterAll;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Tests over one real server per class: the subclass's {@code @BeforeAll} starts it with {@link #serve} and it is
 * closed after the class's last test. Test classes run one after another, so the static server is the running class's.
 */
public abstract class ServerTest {
    /** The running class's server, its tokens and HTTP helpers. */
    protected static Harness h;

    protected static Harness serve(ServerConfig cfg) throws IOException {
        h = new Harness(cfg);
        return h;
    }

    /** Serving {@link TestWorld}'s model as version v1, from memory. */
    protected static ServerConfig testWorld(Path dir) {
        return ServerConfig.of(dir, new MemoryModelSource().add(TestWorld.model("v1")));
    }

    @AfterAll
    protected static void closeServer() throws IOException {
        try {
            if (h != null) h.close();
        } finally {
            h = null;
        }
    }
}
