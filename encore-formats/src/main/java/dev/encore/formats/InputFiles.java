package dev.encore.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Turns the paths a user gave into the files to read: files as given, directories searched, natural order. */
public final class InputFiles {
    private InputFiles() {}

    /**
     * @param wanted     which files inside a directory belong to the format (files given directly are always read)
     * @param lookedFor  what {@code wanted} accepts, for the error when a directory has none, e.g. "*.csv files"
     */
    public static List<Path> expand(List<Path> paths, Predicate<Path> wanted, String lookedFor) {
        if (paths == null || paths.isEmpty()) {
            throw new ImportException(null, 0, "no input given; pass at least one file or directory");
        }
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = inDirectory(p, wanted);
                if (found.isEmpty()) throw new ImportException(p.toString(), 0, "no " + lookedFor + " found in this directory");
                for (Path f : found) if (seen.add(f.toAbsolutePath().normalize())) out.add(f);
            } else if (Files.isRegularFile(p)) {
                if (seen.add(p.toAbsolutePath().normalize())) out.add(p);
            } else {
                throw new ImportException(p.toString(), 0, "no such file or directory");
            }
        }
        return out;
    }

    private static List<Path> inDirectory(Path dir, Predicate<Path> wanted) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(wanted)
                    .sorted(Comparator.comparing(f -> dir.relativize(f).toString().replace('\\', '/'), InputFiles::natural))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(dir.toString(), 0, "cannot list directory: " + e.getMessage(), e);
        }
    }

    /** Compares with digit runs as numbers, so {@code 2.jsonl} sorts before {@code 10.jsonl}. */
    public static int natural(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i), cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i), ej = digitsEnd(b, j);
                String da = stripZeros(a.substring(i, ei)), db = stripZeros(b.substring(j, ej));
                int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (c != 0) return c;
                i = ei;
                j = ej;
            } else {
                if (ca != cb) return Character.compare(ca, cb);
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
        return k;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') k++;
        return digits.substring(k);
    }
}
