package dev.encore.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Acknowledged means committed: kill -9 a writer mid-stream and find every acknowledged listen after reopening. */
class CrashDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedListenSurvivesKillMinus9() throws Exception {
        Path data = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                data.toString()).redirectErrorStream(true).start();
        long acked = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; acked < 20_000 && (line = out.readLine()) != null; ) {
                if (line.startsWith("acked ")) acked = Long.parseLong(line.substring(6));
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, no final merge
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acked).as("child acknowledged writes before it was killed").isGreaterThanOrEqualTo(20_000);

        try (EncoreStore store = EncoreStore.open(data)) {
            StoreStats stats = store.stats();
            // Everything acknowledged is there, and what is there is a gap-free prefix of what was sent.
            assertThat(stats.listens()).isGreaterThanOrEqualTo(acked);
            assertThat(stats.firstListen()).isEqualTo(CrashChild.BASE);
            assertThat(stats.lastListen()).isEqualTo(CrashChild.BASE.plusMillis(stats.listens() - 1));
        }
    }
}
