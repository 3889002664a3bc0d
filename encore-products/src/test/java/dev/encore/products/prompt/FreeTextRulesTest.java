package dev.encore.products.prompt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreeTextRulesTest {
    private final FreeTextRules rules = new FreeTextRules(SmallCatalog.index());

    private RuleResult apply(String text) {
        return rules.apply(text, Constraints.none());
    }

    @Test
    void extractsTheHardConstraints() {
        RuleResult r = apply("chill indie for a rainy Sunday, nothing explicit, 2 hours");
        Constraints c = r.constraints();
        assertThat(c.durationMs()).isEqualTo(7_200_000L);
        assertThat(c.clean()).isTrue();
        assertThat(c.energy()).isEqualTo(Energy.CALM);
        assertThat(c.activity()).isEqualTo("rainy sunday");
        assertThat(r.words()).containsExactly("chill", "indie");
        assertThat(r.hintTags()).containsKeys("indie", "chillout");
    }

    @Test
    void decadesYearsAndLengths() {
        assertThat(apply("songs from the 80s").constraints()).extracting(Constraints::fromYear, Constraints::toYear).containsExactly(1980, 1989);
        assertThat(apply("90's rock").constraints().fromYear()).isEqualTo(1990);
        assertThat(apply("the nineties").constraints().toYear()).isEqualTo(1999);
        assertThat(apply("2000s pop").constraints().fromYear()).isEqualTo(2000);
        assertThat(apply("before 2000").constraints()).extracting(Constraints::fromYear, Constraints::toYear).containsExactly(0, 1999);
        assertThat(apply("since 2010").constraints().fromYear()).isEqualTo(2010);
        assertThat(apply("1995 to 2005").constraints()).extracting(Constraints::fromYear, Constraints::toYear).containsExactly(1995, 2005);
        assertThat(apply("45 minutes of jazz").constraints().durationMs()).isEqualTo(45 * 60_000L);
        assertThat(apply("an hour and a half").constraints().durationMs()).isEqualTo(90 * 60_000L);
        assertThat(apply("1.5 hours").constraints().durationMs()).isEqualTo(90 * 60_000L);
        assertThat(apply("half an hour").constraints().durationMs()).isEqualTo(30 * 60_000L);
        assertThat(apply("20 songs").constraints().count()).isEqualTo(20);
        assertThat(apply("twenty tracks").constraints().count()).isEqualTo(20);
        assertThatThrownBy(() -> apply("30 hours")).hasMessageContaining("out of range").hasMessageContaining("5 minutes to 12 hours");
        assertThatThrownBy(() -> apply("500 songs")).hasMessageContaining("1 to 200 songs");
        assertThatThrownBy(() -> apply("2005 to 1995")).hasMessageContaining("earlier year first");
    }

    @Test
    void artistsAreMatchedAgainstTheCatalogNotGuessed() {
        Constraints c = apply("something like radiohead and daft punk, no coldplay").constraints();
        assertThat(c.artists()).containsOnlyKeys("radiohead", "daftpunk");
        assertThat(c.excludedArtists()).containsExactly("coldplay");
        // a name the catalog lacks is not invented; lower-case words without a trigger are not artists
        assertThat(apply("like Portishead").constraints().artists()).isEmpty();
        assertThat(apply("nas").constraints().artists()).isEmpty();
        // capitalised names are found anywhere; accents and case do not matter
        assertThat(apply("mix of The Beatles and Sigur Ros").constraints().artists()).containsOnlyKeys("beatles", "sigur");
        // after "no", a tag is excluded when no artist matches
        assertThat(apply("rock but no classic rock").constraints().excludedTags()).containsExactly("classic rock");
    }

    @Test
    void tempoActivityModeAndRefresh() {
        assertThat(apply("upbeat").constraints().energy()).isEqualTo(Energy.UPBEAT);
        assertThat(apply("slow songs").constraints().energy()).isEqualTo(Energy.SLOW);
        assertThat(apply("workout").constraints()).extracting(Constraints::activity, Constraints::energy).containsExactly("workout", Energy.UPBEAT);
        assertThat(apply("music to focus").constraints().activity()).isEqualTo("focus");
        assertThat(apply("for sleep").constraints().energy()).isEqualTo(Energy.CALM);
        assertThat(apply("surprise me").constraints().mode()).isEqualTo(Mode.HARD);
        assertThat(apply("update it weekly").constraints().refresh()).isEqualTo(Refresh.WEEKLY);
        assertThat(apply("a daily mix").constraints().refresh()).isEqualTo(Refresh.DAILY);
        assertThat(apply("clean versions only").constraints().clean()).isTrue();
    }
}
