package dev.encore.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code encore products} on a generated, imported and trained world, at a fixed moment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductsCommandTest {
    @TempDir
    static Path tmp;
    private Path data;
    private String user, other;

    @BeforeAll
    void world() throws Exception {
        Path world = tmp.resolve("world");
        data = tmp.resolve("data");
        assertThat(CommandLineRun.of("generate", "--users", "120", "--tracks", "300", "--events", "6000", "--seed", "5",
                "--out", world.toString()).exitCode()).isZero();
        assertThat(CommandLineRun.of("import", "encore", world.toString(), "--data", data.toString()).exitCode()).isZero();
        CommandLineRun train = CommandLineRun.of("train", "--data", data.toString(), "--algo", "als", "--params", "factors=16,iterations=5");
        assertThat(train.exitCode()).as(train.err()).isZero();
        String version = train.out().lines().filter(l -> l.startsWith("model version: ")).findFirst().orElseThrow().substring(15);
        List<String> users = Files.readAllLines(data.resolve("models").resolve(version).resolve("users.txt"));
        user = users.get(0);
        other = users.get(1);
    }

    private CommandLineRun products(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("products", "--data", data.toString(), "--user", user, "--at", "2026-11-23T09:00:00Z"));
        args.addAll(List.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    private static List<String> numbered(String out) {
        return out.lines().filter(l -> l.matches("\\s*\\d+\\. .*")).toList();
    }

    @Test
    void discoveryDaylistAndBlendPrintNumberedTracksEachWithAReason() {
        for (String product : List.of("discovery", "daylist")) {
            CommandLineRun r = products("--product", product);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(numbered(r.out())).as(r.out()).isNotEmpty().allMatch(l -> l.matches(".*\\[\\S.*]$"));
        }
        // the listener's own time zone decides day and daypart: 09:00 UTC is Monday there, or Sunday west of UTC-9
        assertThat(products("--product", "daylist").out()).containsPattern("== .* (Sunday|Monday) (late night|early morning|morning|afternoon|evening|night) \\(");
        CommandLineRun blend = products("--product", "blend", "--with", other);
        assertThat(blend.exitCode()).as(blend.err()).isZero();
        assertThat(blend.out()).containsPattern("Taste match: \\d+%");
        assertThat(numbered(blend.out())).hasSize(30).allMatch(l -> l.contains("favourites]") || l.contains("in the rotation of"));
    }

    @Test
    void homePrintsTheShelvesInOrder() {
        CommandLineRun r = products();
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> shelves = r.out().lines().filter(l -> l.startsWith("== ")).toList();
        assertThat(shelves).as(r.out()).anyMatch(l -> l.endsWith("[discovery-weekly]")).anyMatch(l -> l.endsWith("[radio]"));
        assertThat(numbered(r.out())).allMatch(l -> l.matches(".*\\[\\S.*]$"));
    }

    @Test
    void radioAndTheYearlyReviewPrintFromTheSameEngines() {
        CommandLineRun radio = products("--product", "radio");
        assertThat(radio.exitCode()).as(radio.err()).isZero();
        assertThat(numbered(radio.out())).as(radio.out()).hasSize(20).allMatch(l -> l.matches(".*\\[\\S.*]$"));
        CommandLineRun review = products("--product", "review", "--year", "2026");
        assertThat(review.exitCode()).as(review.err()).isZero();
        assertThat(review.out()).containsPattern("minutes listened \\(more than \\d+% of listeners\\)").contains("-- top artists");
    }

    @Test
    void aBlendWithoutOthersSaysWhatToAdd() {
        CommandLineRun r = products("--product", "blend");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--with");
    }
}
