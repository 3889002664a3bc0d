package dev.encore.server.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.server.ServerConfig;
import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** "Why this?", the taste controls on recommended tracks, and playlist exports from the home page, in headless Chromium. */
class TasteBrowserTest extends BrowserPageTest {
    @TempDir static Path dir;
    static String ana, ben, chloe, dev;

    @BeforeAll
    static void start() throws Exception {
        UiWorld.Models models = UiWorld.build(dir, 7);
        try (EncoreStore store = EncoreStore.open(dir)) {   // a stored weekly edition for ana, as Discover stores it
            store.playlists().save(new Playlist("dw-ana-2026-W48", "ana", "Discover Weekly", "New for you", PlaylistKind.GENERATED, "2026-W48",
                    List.of(new PlaylistItem(ItemKind.TRACK, UiWorld.trackId(1, 0), "because you played Harbor Lights"),
                            new PlaylistItem(ItemKind.TRACK, UiWorld.trackId(1, 1), "fans of The Velvet Static play it")), "test"));
        }
        serve(ServerConfig.of(dir, models).withModelPollSeconds(0));
        ana = h.listener("ana");
        ben = h.listener("ben");
        chloe = h.listener("chloe");
        dev = h.listener("dev");
    }

    Page signedIn(String token, int width) {
        Page page = signedIn(token, width, 900);
        assertThat(page.locator("#recommended .tile").first()).isVisible();
        return page;
    }

    static Optional<Feedback> feedback(String user, String item, FeedbackType type) {
        return h.store().signals().feedbackOf(user).stream().filter(f -> f.itemId().equals(item) && f.type() == type).findFirst();
    }

    static String trackOf(Locator tile) {
        return tile.locator("a.title").getAttribute("href").substring("/ui/track/".length());
    }

    @Test
    void hideATrackThenUndo() {
        Page page = signedIn(ben, 1280);
        Locator tile = page.locator("#recommended .tile").first();
        String track = trackOf(tile);
        tile.locator("details.why summary").click();
        tile.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hide track")).click();
        assertThat(page.locator("#recommended .taste-note")).containsText("Hidden:");
        assertThat(feedback("ben", track, FeedbackType.HIDE).orElseThrow().active()).isTrue();

        page.reload();   // the hidden track is gone from the shelf
        assertThat(page.locator("#recommended .tile").first()).isVisible();
        assertThat(page.locator("#recommended a.title[href='/ui/track/" + track + "']")).hasCount(0);

        Locator first = page.locator("#recommended .tile").first();
        String next = trackOf(first);
        first.locator("details.why summary").click();
        first.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hide track")).click();
        Locator note = page.locator("#recommended .taste-note");
        assertThat(note).isInViewport();   // the row must not scroll the note (and its Undo) out of sight
        note.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Undo")).click();
        assertThat(page.locator("#recommended .taste-note")).containsText("is back in play");
        assertThat(feedback("ben", next, FeedbackType.HIDE).orElseThrow().active()).isFalse();
    }

    @Test
    void hideAnArtistRemovesAllTheirTracks() {
        Page page = signedIn(chloe, 1280);
        Locator tile = page.locator("#recommended .tile").first();
        String artistHref = tile.locator(".artists a").first().getAttribute("href");
        String artist = artistHref.substring("/ui/artist/".length());
        tile.locator("details.why summary").click();
        tile.locator(".taste button", new Locator.LocatorOptions().setHasText("Hide artist")).first().click();
        assertThat(page.locator("#recommended .taste-note")).containsText("Hidden every track by");
        assertThat(feedback("chloe", artist, FeedbackType.HIDE).orElseThrow().itemKind()).isEqualTo(ItemKind.ARTIST);
        page.reload();
        assertThat(page.locator("#recommended .tile").first()).isVisible();
        assertThat(page.locator("#recommended .artists a[href='" + artistHref + "']")).hasCount(0);
    }

    @Test
    void whyThisNamesThePlayedTracksAndOneCanBeKeptOutOfTheTaste() {
        Page page = signedIn(dev, 1280);
        Locator why = page.locator("#recommended .tile").first().locator("details.why");
        why.locator("summary").click();
        assertThat(why).containsText("Because you played");
        assertThat(why).containsText("source:");
        Locator seed = why.locator("ul li").first();
        String seedTrack = seed.locator("a").first().getAttribute("href").substring("/ui/track/".length());
        assertThat(h.store().history().recent("dev", 100)).anyMatch(e -> e.itemId().equals(seedTrack));   // really played
        seed.locator("button", new Locator.LocatorOptions().setHasText("Don't use for my taste")).click();
        assertThat(why.locator(".taste-note")).containsText("no longer shapes your recommendations");
        assertThat(feedback("dev", seedTrack, FeedbackType.EXCLUDE).orElseThrow().active()).isTrue();
        // the "more like" and similar shelves explain themselves too
        page.reload();
        Locator more = page.locator("#morelike .tile").first().locator("details.why");
        more.locator("summary").click();
        assertThat(more).containsText("also play this");
    }

    @Test
    void playlistsOnTheHomePageExportInEachFormatToTheirOwnerOnly() throws Exception {
        Page page = signedIn(ana, 1280);
        Locator playlist = page.locator("#playlists .playlist").first();
        assertThat(playlist).containsText("Discover Weekly");
        assertThat(playlist.locator(".exports a")).hasCount(3);
        com.microsoft.playwright.Download download = page.waitForDownload(() -> playlist.locator(".exports a", new Locator.LocatorOptions().setHasText("JSPF")).click());
        assertThat(download.suggestedFilename()).isEqualTo("dw-ana-2026-W48.jspf");
        JsonNode jspf = new ObjectMapper().readTree(java.nio.file.Files.readString(download.path()));
        assertThat(jspf.at("/playlist/track")).hasSize(2);
        APIResponse m3u = page.request().get(url("/ui/u/ana/playlists/dw-ana-2026-W48.m3u8"));
        assertThat(m3u.status()).isEqualTo(200);
        assertThat(m3u.text()).startsWith("#EXTM3U");
        assertThat(page.request().get(url("/ui/u/ana/playlists/dw-ana-2026-W48.xspf")).text()).contains("<playlist");
        assertThat(page.request().get(url("/ui/u/ana/playlists/dw-ana-2026-W48.mp3")).status()).isEqualTo(404);
        A11y.check(page);
        context.close();
        Page other = signedIn(ben, 1280);   // ben may not fetch ana's playlist, nor hide tracks for her
        assertThat(other.request().get(url("/ui/u/ana/playlists/dw-ana-2026-W48.jspf")).status()).isEqualTo(403);
        assertThat(other.request().post(url("/ui/u/ana/taste/hide-track/" + UiWorld.trackId(0, 0))).status()).isEqualTo(403);
        assertThat(other.request().get(url("/ui/u/ben/playlists/dw-ana-2026-W48.jspf")).status()).isEqualTo(404);
        assertThat(other.request().post(url("/ui/u/ben/taste/like-it/" + UiWorld.trackId(0, 0))).status()).isEqualTo(400);
    }

    @Test
    void homeWithOpenDisclosuresFitsA375PixelPhone() {
        Page page = signedIn(ana, 375);
        page.locator("#recommended details.why summary").first().click();
        page.locator("#morelike details.why summary").first().click();
        A11y.check(page);
    }
}
