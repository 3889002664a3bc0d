package dev.encore.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The bundled demo data set (HetRec 2011 Last.fm 2K), shipped inside the jar under {@code /demo/}. */
public final class DemoData {
    public static final String FOLDER = "hetrec2011-lastfm-2k";
    static final List<String> FILES = List.of("artists.dat", "tags.dat", "user_artists.dat", "user_friends.dat",
            "user_taggedartists.dat", "readme.txt", "SOURCE.md", "NOTICE");

    private DemoData() {}

    /** Copies the bundled files into {@code dir/hetrec2011-lastfm-2k/} (skipping ones already there) and returns that folder. */
    public static Path extract(Path dir) throws IOException {
        Path target = dir.resolve(FOLDER);
        Files.createDirectories(target);
        for (String name : FILES) {
            Path out = target.resolve(name);
            if (Files.exists(out)) continue;
            try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + FOLDER + "/" + name)) {
                if (in == null) throw new IOException("bundled demo file " + name + " is missing from the jar; rebuild with ./encore");
                Path tmp = Files.createTempFile(target, name, ".part");
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return target;
    }

    /** The licence notice printed when the demo starts. */
    public static String notice() {
        return "Demo data: HetRec 2011 Last.fm 2K (Universidad Autónoma de Madrid, from Last.fm, http://www.last.fm) —\n"
                + "for NON-COMMERCIAL use only, not covered by Encore's licence (see data/demo/" + FOLDER + "/NOTICE).\n"
                + "Tracks, albums, audio features, podcasts and timestamped listens are generated (source = \"generated\").";
    }
}
