package dev.encore.app.cli;

import dev.encore.ml.bench.AlsBench;
import dev.encore.ml.bench.AnnBench;
import dev.encore.ml.bench.TopKBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks that print JSON lines, a Markdown table and a one-line median:",
                "  als  [--dataset S|M] [--factors 64] [--iterations 10] [--threads 2] [--runs 3]",
                "  topk [--items 1000000] [--factors 64] [--k 50] [--queries 500]",
                "  ann  [--items 200000] [--factors 64] [--vectors als|gaussian] [--m 16] [--ef-construction 100]"})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "als, topk or ann") String what;
    @Unmatched List<String> options = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        String[] args = options.toArray(String[]::new);
        switch (what) {
            case "als" -> AlsBench.main(args);
            case "topk" -> TopKBench.main(args);
            case "ann" -> AnnBench.main(args);
            default -> throw new IllegalArgumentException("unknown benchmark '" + what + "'; expected als, topk or ann");
        }
        return 0;
    }
}
