package dev.encore.products.prompt;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made catalog for rule and parser tests: six artists with known tags, eight tracks each, released one per
 * year from their start year, every other track calm (energy 0.3, 90 BPM) or upbeat (0.8, 130 BPM), every fourth
 * explicit, 4 minutes long. Popularity falls with the artist's position.
 */
final class SmallCatalog {
    static final String[][] ARTISTS = {
            {"radiohead", "Radiohead", "alternative,rock,indie", "1993"},
            {"coldplay", "Coldplay", "pop rock,rock,indie", "2000"},
            {"daftpunk", "Daft Punk", "electronic,house,dance", "1995"},
            {"beatles", "The Beatles", "classic rock,rock,60s", "1963"},
            {"sigur", "Sigur Rós", "post-rock,ambient,chillout", "1997"},
            {"nas", "Nas", "hip-hop,rap", "1990"}};

    static PromptIndex index() {
        List<Artist> artists = new ArrayList<>();
        List<Track> tracks = new ArrayList<>();
        for (int a = 0; a < ARTISTS.length; a++) {
            String[] row = ARTISTS[a];
            List<String> tags = List.of(row[2].split(","));
            artists.add(new Artist(row[0], row[1], tags, null, "test"));
            for (int k = 0; k < 8; k++) {
                AudioFeatures audio = k % 2 == 0 ? new AudioFeatures(90, 0.3, 0.5, 0.5, 0.5, 0.1, -9) : new AudioFeatures(130, 0.8, 0.5, 0.5, 0.5, 0.1, -6);
                tracks.add(new Track(row[0] + "-" + k, row[1] + " song " + k, List.of(row[0]), null, 240_000,
                        LocalDate.of(Integer.parseInt(row[3]) + k, 1, 1), k % 4 == 3, null, tags, audio, "test"));
            }
        }
        return new PromptIndex(artists, tracks, id -> 100 - 10 * indexOfArtist(id.substring(0, id.indexOf('-'))) - Integer.parseInt(id.substring(id.indexOf('-') + 1)));
    }

    private static int indexOfArtist(String id) {
        for (int a = 0; a < ARTISTS.length; a++) if (ARTISTS[a][0].equals(id)) return a;
        return 0;
    }
}
