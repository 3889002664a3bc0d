package dev.encore.server;

import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durable ingest: a child JVM ingests batches from two concurrent clients and is killed with SIGKILL mid-stream;
 * after reopening the data directory every acknowledged event is present exactly once.
 */
class CrashRecoveryTest {
    @TempDir Path dir;

    @Test
    void everyAcknowledgedEventSurvivesKillMinus9ExactlyOnce() throws Exception {
        Path data = dir.resolve("data"), ready = dir.resolve("ready");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), data.toString(), ready.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (!Files.exists(ready) && System.currentTimeMillis() < deadline && child.isAlive()) Thread.sleep(50);
            assertThat(ready).as("child server started; see child.log").exists();
            String[] portToken = Files.readString(ready).split(" ");
            URI events = URI.create("http://localhost:" + portToken[0] + "/api/v1/events");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            List<String> acked = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean stop = new AtomicBoolean();
            java.util.concurrent.atomic.AtomicInteger cut = new java.util.concurrent.atomic.AtomicInteger();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                String user = "crash-" + c;
                Thread t = new Thread(() -> {
                    for (int batch = 0; !stop.get(); batch++) {
                        List<String> keys = new ArrayList<>();
                        StringJoiner body = new StringJoiner(",", "[", "]");
                        for (int i = 0; i < 200; i++) {
                            String item = "t" + (batch * 200 + i);
                            Instant at = Instant.ofEpochSecond(1_700_000_000L + batch * 200L + i);
                            keys.add(user + "|" + item + "|" + at);
                            body.add("{\"userId\":\"" + user + "\",\"itemId\":\"" + item + "\",\"at\":\"" + at + "\"}");
                        }
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(events).header("Authorization", "Bearer " + portToken[1])
                                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) acked.addAll(keys);
                        } catch (Exception e) {
                            cut.incrementAndGet();   // the server died under this request: the batch was never acknowledged
                            return;
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            long started = System.currentTimeMillis();
            while (acked.size() < 2_000 && System.currentTimeMillis() - started < 20_000) Thread.sleep(20);
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, no flush
            child.waitFor();
            stop.set(true);
            for (Thread t : clients) t.join();
            assertThat(acked).hasSizeGreaterThanOrEqualTo(2_000);
            assertThat(cut.get()).as("both clients were still sending when the server was killed").isEqualTo(2);

            Map<String, Integer> stored = new HashMap<>();
            try (EncoreStore store = EncoreStore.open(data)) {
                store.forEachListen(e -> stored.merge(e.userId() + "|" + e.itemId() + "|" + e.listenedAt(), 1, Integer::sum));
            }
            for (String key : acked) assertThat(stored.get(key)).as("acknowledged listen " + key).isEqualTo(1);
            assertThat(stored.values()).allMatch(n -> n == 1);
        } finally {
            child.destroyForcibly();
        }
    }
}
