package dev.encore.server.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {
    @Test
    void escapesEverythingThatCouldOpenMarkupOrLeaveAnAttribute() {
        assertThat(Html.esc("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(Html.esc(null)).isEmpty();
    }

    @Test
    void pathSegmentsKeepIdsWithColonsSlashesAndSpacesInOnePiece() {
        assertThat(Html.seg("spotify:track:1/2 x")).isEqualTo("spotify%3Atrack%3A1%2F2%20x");
        assertThat(Html.seg("a\"b")).isEqualTo("a%22b");
    }

    @Test
    void tilesEscapeCatalogNames() {
        Cards.Card evil = new Cards.Card("t<1>", "<img src=x onerror=alert(1)>", java.util.List.of("a1"), java.util.List.of("\"Bad\" & <Co>"), java.util.List.of());
        String tile = Tiles.tile(evil, "u\"1", "<p>ok</p>");
        assertThat(tile).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&quot;Bad&quot; &amp; &lt;Co&gt;").contains("/ui/u/u%221/play/t%3C1%3E").contains("<p>ok</p>");
    }
}
