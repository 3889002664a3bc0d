package dev.encore.eval.report;

import dev.encore.eval.run.EvaluationResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a full report into a directory: report.md, report.json and the PNG charts. */
public final class Report {
    private Report() {}

    /** Returns every file written. */
    public static List<Path> write(EvaluationResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        Path md = dir.resolve("report.md");
        Files.writeString(md, MarkdownReport.render(r), StandardCharsets.UTF_8);
        files.add(md);
        Path json = dir.resolve("report.json");
        JsonReport.write(r, json);
        files.add(json);
        files.addAll(Charts.write(r, dir));
        return files;
    }
}
