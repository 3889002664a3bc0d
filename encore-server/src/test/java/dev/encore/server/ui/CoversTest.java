package dev.encore.server.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoversTest {
    @Test
    void sameGenreSharesItsFirstColourAndArtistsChangeTheSecond() {
        String a = Covers.gradient(List.of("jazz"), List.of("Blue Hour Trio"));
        String b = Covers.gradient(List.of("Jazz"), List.of("Nina Calloway"));
        String firstStop = "hsl(" + Covers.hue("jazz") + " 62% 34%)";
        assertThat(a).contains(firstStop);
        assertThat(b).contains(firstStop);
        assertThat(a).isNotEqualTo(b);
        assertThat(Covers.gradient(List.of("jazz"), List.of("Blue Hour Trio"))).isEqualTo(a);   // stable across calls
    }

    @Test
    void withoutTagsTheArtistPicksTheColour() {
        assertThat(Covers.gradient(List.of(), List.of("Neon Parade"))).contains("hsl(" + Covers.hue("Neon Parade") + " 62% 34%)");
    }

    @Test
    void initialsComeFromTheFirstArtist() {
        assertThat(Covers.initials(List.of("the velvet static", "Other"))).isEqualTo("TV");
        assertThat(Covers.initials(List.of("Björk"))).isEqualTo("B");
        assertThat(Covers.initials(List.of())).isEqualTo("♪");
        assertThat(Covers.initials(List.of("!!!"))).isEqualTo("♪");
    }
}
