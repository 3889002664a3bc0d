package dev.encore.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WorldGeneratorDeterminismTest {
    @TempDir Path tmp;

    private static final WorldSpec SPEC = new WorldSpec(700, 1_500, 30_000, 7);

    @Test
    void sameSeedGivesByteIdenticalFilesWhateverTheThreadCount() throws Exception {
        WorldGenerator.generate(SPEC, tmp.resolve("a"), null, 1);
        WorldGenerator.generate(SPEC, tmp.resolve("b"), null, 4);
        Map<String, String> a = hashes(tmp.resolve("a"));
        Map<String, String> b = hashes(tmp.resolve("b"));
        assertThat(a).containsKeys("listens.csv", "tracks.jsonl", "users.jsonl", "follows.csv", "feedback.csv",
                "truth/user_tastes.csv", "truth/track_clusters.csv", "generator.json");
        assertThat(b).isEqualTo(a);
    }

    @Test
    void anotherSeedGivesAnotherWorld() throws Exception {
        WorldGenerator.generate(SPEC, tmp.resolve("a"), null, 2);
        WorldGenerator.generate(new WorldSpec(SPEC.users(), SPEC.tracks(), SPEC.events(), 8), tmp.resolve("c"), null, 2);
        Map<String, String> a = hashes(tmp.resolve("a"));
        Map<String, String> c = hashes(tmp.resolve("c"));
        assertThat(c.get("listens.csv")).isNotEqualTo(a.get("listens.csv"));
        assertThat(c.get("tracks.jsonl")).isNotEqualTo(a.get("tracks.jsonl"));
        assertThat(c.get("truth/user_tastes.csv")).isNotEqualTo(a.get("truth/user_tastes.csv"));
    }

    @Test
    void progressReportsListensWrittenUpToTheTotal() throws Exception {
        java.util.List<Long> seen = new java.util.ArrayList<>();
        WorldSummary summary = WorldGenerator.generate(SPEC, tmp.resolve("p"), seen::add, 2);
        assertThat(seen).isSorted().isNotEmpty();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(SPEC.events()).isEqualTo(summary.listens());
        assertThat(seen.size()).isEqualTo((SPEC.users() + 255) / 256); // one call per block of listeners
    }

    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(p -> out.put(dir.relativize(p).toString().replace('\\', '/'), sha256(p)));
        }
        return out;
    }

    private static String sha256(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
