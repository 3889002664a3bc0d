package dev.encore.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The researcher's loop through the command line: generate a world, import it, train, recommend. */
class GenerateTrainRecommendTest {
    @TempDir
    Path tmp;

    @Test
    void aGeneratedWorldCanBeImportedTrainedAndRecommendedFrom() throws Exception {
        Path world = tmp.resolve("world"), data = tmp.resolve("data");
        CommandLineRun gen = CommandLineRun.of("generate", "--users", "150", "--tracks", "400", "--events", "6000",
                "--seed", "7", "--out", world.toString());
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        assertThat(world.resolve("listens.csv")).exists();

        CommandLineRun imp = CommandLineRun.of("import", "encore", world.toString(), "--data", data.toString());
        assertThat(imp.exitCode()).as(imp.err()).isZero();
        String stats = CommandLineRun.of("stats", "--data", data.toString()).out();
        assertThat(stats).contains("users: 150").contains("tracks: 400");
        long listens = Long.parseLong(stats.lines().filter(l -> l.startsWith("listens: ")).findFirst().orElseThrow().substring(9));
        assertThat(listens).isBetween(5000L, 6000L); // exact duplicates (same user, track, second) are dropped

        CommandLineRun train = CommandLineRun.of("train", "--data", data.toString(), "--algo", "als", "--params", "factors=16,iterations=5");
        assertThat(train.exitCode()).as(train.err()).isZero();
        // Listeners whose only plays were skips or podcasts have no track row, so a few of the 150 may be missing.
        var shape = java.util.regex.Pattern.compile("trained als on (\\d+) users x (\\d+) tracks").matcher(train.out());
        assertThat(shape.find()).as(train.out()).isTrue();
        assertThat(Integer.parseInt(shape.group(1))).isBetween(120, 150);
        assertThat(train.out()).contains("model version: v");

        java.nio.file.Path version = data.resolve("models").resolve(train.out().lines()
                .filter(l -> l.startsWith("model version: ")).findFirst().orElseThrow().substring(15));
        String user = Files.readAllLines(version.resolve("users.txt")).get(0);
        // every version carries its holdout quality figures for the operator dashboard
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(version.resolve("manifest.json").toFile());
        assertThat(manifest.path("metrics").path("ndcg@10").isNumber()).as(manifest.toString()).isTrue();
        assertThat(manifest.path("metrics").path("recall@10").asDouble()).isBetween(0.0, 1.0);
        assertThat(manifest.path("metricsProtocol").asText()).contains("held out");
        CommandLineRun rec = CommandLineRun.of("recommend", "--data", data.toString(), "--user", user, "--k", "5");
        assertThat(rec.exitCode()).as(rec.err()).isZero();
        String[] lines = rec.out().lines().filter(l -> l.matches("\\s*\\d+\\. .*")).toArray(String[]::new);
        assertThat(lines).as(rec.out()).hasSize(5);
        assertThat(Arrays.stream(lines)).allMatch(l -> l.contains("because you played") && l.contains("[als "));
    }

    @Test
    void recommendingForAnUnknownListenerNamesTheProblem() {
        Path data = tmp.resolve("empty");
        CommandLineRun r = CommandLineRun.of("recommend", "--data", data.toString(), "--user", "nobody");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no trained model").contains("encore train");
    }
}
