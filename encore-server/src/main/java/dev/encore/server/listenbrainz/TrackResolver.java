package dev.encore.server.listenbrainz;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;
import dev.encore.formats.listenbrainz.ListenBrainzIds;
import dev.encore.store.EncoreStore;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the track id for listen metadata, creating a catalog track (and artist) when unknown. Matching order:
 * recording MBID, ISRC, normalised artist + title. Every key of a resolved track is remembered, so a later listen
 * naming the same track differently (only artist + title, say) maps to the same id. The index is seeded from the
 * store's catalog at start-up, so imported tracks are matched too. New ids follow {@link ListenBrainzIds}, the
 * scheme the ListenBrainz importer uses, so a live scrobble and an imported dump of the same track agree.
 */
public final class TrackResolver {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private final Map<String, String> trackByKey = new HashMap<>();
    private final Map<String, String> artistByName = new HashMap<>();

    /** What a resolution produced: the track id, and the catalog records to create when it is new. */
    public record Resolved(String trackId, Track newTrack, Artist newArtist) {}

    /** An index over the store's catalog (all artists and tracks, read once). */
    public static TrackResolver fromCatalog(EncoreStore store) {
        TrackResolver r = new TrackResolver();
        Map<String, String> names = new HashMap<>();
        store.catalog().forEachArtist(a -> {
            names.put(a.id(), a.name());
            r.artistByName.putIfAbsent(normalise(a.name()), a.id());
        });
        store.catalog().forEachTrack(t -> {
            String artist = t.primaryArtistId() == null ? "" : names.getOrDefault(t.primaryArtistId(), "");
            r.remember(t.id(), UUID.matcher(t.id()).matches() ? "mbid:" + t.id() : null,
                    t.isrc() == null ? null : isrcKey(t.isrc()), nameKey(artist, t.title()));
        });
        return r;
    }

    public synchronized Resolved resolve(String artist, String title, String recordingMbid, String isrc) {
        String mbidKey = recordingMbid == null ? null : "mbid:" + recordingMbid.trim().toLowerCase(Locale.ROOT);
        String isrcKey = isrc == null ? null : isrcKey(isrc);
        String nameKey = nameKey(artist, title);
        for (String k : new String[]{mbidKey, isrcKey, nameKey}) {
            String id = k == null ? null : trackByKey.get(k);
            if (id != null) {
                remember(id, mbidKey, isrcKey, nameKey);
                return new Resolved(id, null, null);
            }
        }
        String id = ListenBrainzIds.trackId(artist, title, recordingMbid == null ? null : recordingMbid.trim().toLowerCase(Locale.ROOT), isrc);
        remember(id, mbidKey, isrcKey, nameKey);
        Artist newArtist = null;
        String artistId = artistByName.get(normalise(artist));
        if (artistId == null) {
            artistId = ListenBrainzIds.artistId(artist);
            artistByName.put(normalise(artist), artistId);
            newArtist = new Artist(artistId, artist.trim(), List.of(), null, "listenbrainz");
        }
        Track t = new Track(id, title.trim(), List.of(artistId), null, 0, null, false,
                isrc == null ? null : isrc.trim(), List.of(), null, "listenbrainz");
        return new Resolved(id, t, newArtist);
    }

    private void remember(String id, String... keys) {
        for (String k : keys) if (k != null) trackByKey.putIfAbsent(k, id);
    }

    private static String isrcKey(String isrc) {
        return "isrc:" + isrc.trim().toUpperCase(Locale.ROOT).replace("-", "");
    }

    private static String nameKey(String artist, String title) {
        return "name:" + normalise(artist) + "\u0000" + normalise(title);
    }

    /** Lower case, accents and punctuation removed, whitespace collapsed (the importer's normalisation). */
    static String normalise(String s) {
        return ListenBrainzIds.normalise(s);
    }
}
