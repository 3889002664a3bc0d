package dev.encore.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TuneCommandTest {
    @TempDir Path dir;

    /** 80 users in 4 taste groups of 10 items each; each user plays 6 random items of their group. */
    private void writeSplit(Path train, Path test) throws IOException {
        Random r = new Random(3);
        StringBuilder tr = new StringBuilder("user,item\n"), te = new StringBuilder("user,item\n");
        for (int u = 0; u < 80; u++) {
            int group = u % 4;
            List<Integer> items = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) items.add(group * 10 + i);
            java.util.Collections.shuffle(items, r);
            for (int n = 0; n < 6; n++) (n < 5 ? tr : te).append("u").append(u).append(",i").append(items.get(n)).append('\n');
        }
        Files.writeString(train, tr);
        Files.writeString(test, te);
    }

    @Test
    void searchesOnValidationThenTestsTheWinnerAndWritesTheTrialsAndTheCurve() throws IOException {
        Path train = dir.resolve("train.csv"), test = dir.resolve("test.csv"), out = dir.resolve("out");
        writeSplit(train, test);
        CommandLineRun r = CommandLineRun.of("tune", "--model", "itemknn", "--space", "neighbours=1..30", "--trials", "4",
                "--format", "csv", "--train", train.toString(), "--test", test.toString(), "--k", "5", "--seed", "7",
                "--threads", "1", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("tuning.csv"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).startsWith("trial,validation_ndcg_10,seconds,params");
        double best = rows.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).max().orElseThrow();
        String bestLine = r.out().lines().filter(l -> l.contains("(best)")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(bestLine.split("\\|")[2].trim())).isCloseTo(best, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(r.out()).containsPattern("(?m)^best: neighbours=\\d+$").containsPattern("(?m)^test ndcg@10 with the best params: 0\\.\\d{4}$");
        assertThat(Files.size(out.resolve("tuning_curve.png"))).isPositive();
        assertThat(out.resolve("report.md")).exists();
    }

    @Test
    void aMissingTestFileIsRefusedWithTheFix() {
        CommandLineRun r = CommandLineRun.of("tune", "--model", "als", "--space", "factors=8..16", "--format", "csv",
                "--train", dir.resolve("train.csv").toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("give both --train and --test");
    }
}
