package dev.encore.server.products;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.products.TasteControls;
import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Playlist and context exclusions decoded from the store and resolved against the listener's listens. */
class StoreTasteControlsTest {
    private static final Instant AT = Instant.parse("2026-11-20T21:00:00Z");
    @TempDir Path dir;
    private EncoreStore store;

    @BeforeEach
    void open() {
        store = EncoreStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ListenEvent play(String track, int minute, String contextType, String contextId) {
        return new ListenEvent("u1", ItemKind.TRACK, track, AT.plusSeconds(60L * minute), -1, contextType, contextId,
                null, null, false, false, false, null, "test");
    }

    @Test
    void tracksPlayedOnlyInExcludedPlaylistsOrContextsLeaveTheTasteAndWithdrawingBringsThemBack() {
        store.ingest(List.of(
                play("lullaby", 1, "playlist", "bedtime"),        // only from the excluded playlist
                play("rain", 2, "sleep", null),                   // only in the excluded context (by type)
                play("waves", 3, "playlist", "Sleep"),            // only in the excluded context (by id, any case)
                play("anthem", 4, "playlist", "bedtime"),         // also played elsewhere: still taste
                play("anthem", 5, null, null),
                play("single", 6, null, null)), List.of(
                new Feedback("u1", ItemKind.PLAYLIST, "bedtime", FeedbackType.EXCLUDE, AT, true),
                new Feedback("u1", ItemKind.PLAYLIST, StoreTasteControls.CONTEXT_PREFIX + "sleep", FeedbackType.EXCLUDE, AT, true)));
        store.settle();
        TasteControls c = new StoreTasteControls(store).of("u1");
        assertThat(c.excludedPlaylists()).containsExactly("bedtime");
        assertThat(c.excludedContexts()).containsExactly("sleep");
        assertThat(c.excludedFromTaste()).containsExactlyInAnyOrder("lullaby", "rain", "waves");

        store.ingest(List.of(), List.of(new Feedback("u1", ItemKind.PLAYLIST, "bedtime", FeedbackType.EXCLUDE, AT.plusSeconds(3600), false)));
        TasteControls after = new StoreTasteControls(store).of("u1");
        assertThat(after.excludedPlaylists()).isEmpty();
        assertThat(after.excludedFromTaste()).containsExactlyInAnyOrder("rain", "waves");
    }
}
