package dev.encore.formats.rss;

import dev.encore.formats.BadRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedValuesTest {
    @ParameterizedTest
    @CsvSource({"01:02:03, 3723000", "1:02:03, 3723000", "45:30, 2730000", "90:00, 5400000", "1800, 1800000",
            "' 61 ', 61000", "12.25, 12250", "0, 0", "00:00:01.5, 1500"})
    void durationsInEveryForm(String text, int ms) {
        assertThat(FeedDurations.parseMs(text)).isEqualTo(ms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1:2:3:4", "1:60", "1::3", "-5", "1h30m", "3600000000"})
    void badDurationsSayWhatIsExpected(String text) {
        assertThatThrownBy(() -> FeedDurations.parseMs(text)).isInstanceOf(BadRecord.class).hasMessageContaining("itunes:duration");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tue, 03 Jun 2025 09:00:00 +0000|2025-06-03T09:00:00Z",
            "Mon, 03 Jun 2025 09:00:00 +0000|2025-06-03T09:00:00Z", // wrong weekday: the date decides
            "3 Jun 2025 09:00 GMT|2025-06-03T09:00:00Z",
            "Thu, 05 JUN 2025 08:00:00 -0500|2025-06-05T13:00:00Z",
            "2025-06-03T09:00:00+02:00|2025-06-03T07:00:00Z"})
    void pubDatesInRealWorldVariants(String text, String instant) {
        assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse(instant));
    }

    @Test
    void badPubDateNamesTheValue() {
        assertThatThrownBy(() -> FeedDates.parse("soon")).hasMessageStartingWith("pubDate 'soon' is not an RFC 822 date");
    }

    @Test
    void urlsSurviveBeingPassedAsPathsAndLinksResolve() {
        FeedSource s = FeedSource.parse(Path.of("https://example.org/a/feed.xml?x=1").toString());
        assertThat(s.remote()).isTrue();
        assertThat(s.uri()).isEqualTo(URI.create("https://example.org/a/feed.xml?x=1"));
        assertThat(s.resolve("other.xml").uri()).isEqualTo(URI.create("https://example.org/a/other.xml"));
        FeedSource f = FeedSource.parse("dir/list.opml");
        assertThat(f.remote()).isFalse();
        assertThat(f.resolve("feed.xml").file()).isEqualTo(Path.of("dir/feed.xml").toAbsolutePath());
        assertThat(f.resolve("http://h/x").remote()).isTrue();
    }

    @Test
    void plainTextDropsMarkupAndDecodesEntities() {
        assertThat(PlainText.of("<p>A &amp; B&nbsp;<i>c</i></p>")).isEqualTo("A & B c");
        assertThat(PlainText.of("<br/>")).isNull();
    }
}
