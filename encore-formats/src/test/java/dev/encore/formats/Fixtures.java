package dev.encore.formats;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of test resources. */
public final class Fixtures {
    private Fixtures() {}

    public static Path path(String resource) {
        URL url = Fixtures.class.getResource("/" + resource);
        if (url == null) throw new IllegalStateException("missing test resource " + resource);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
