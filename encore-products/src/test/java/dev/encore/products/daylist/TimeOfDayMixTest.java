package dev.encore.products.daylist;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.products.InMemoryListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.TestWorld;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Listener "day0" plays jazz on weekday mornings, techno late at night and folk only from the "sleep" context. */
class TimeOfDayMixTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private final TestWorld w = TestWorld.get();
    private final List<ListenEvent> listens = new ArrayList<>(w.listens);

    TimeOfDayMixTest() {
        Random r = new Random(3);
        for (int d = 1; d <= 60; d++) {
            LocalDate day = TUESDAY.minusDays(d);
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            for (int i = 0; i < 3; i++) {
                if (weekday) listens.add(play(TestWorld.trackId(1, r.nextInt(6), r.nextInt(9)), day, 8 + r.nextInt(3)));
                listens.add(play(TestWorld.trackId(2, r.nextInt(6), r.nextInt(9)), day, 22 + r.nextInt(2)));
                listens.add(new ListenEvent("day0", ItemKind.TRACK, TestWorld.trackId(3, r.nextInt(6), r.nextInt(9)),
                        day.atTime(23, 30).atZone(BERLIN).toInstant(), -1, "playlist", "sleep", null, null, false, false, false, null, "test"));
            }
        }
    }

    private static ListenEvent play(String track, LocalDate day, int hour) {
        return ListenEvent.play("day0", track, day.atTime(hour, 15).atZone(BERLIN).toInstant(), "test");
    }

    private TimeOfDayMix mix(TasteControls c) {
        return new TimeOfDayMix(w.taste, w.catalog, new InMemoryListeningHistory(listens), u -> c, DaylistConfig.defaults());
    }

    private static Instant at(int hour, int minute) {
        return TUESDAY.atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    private static long ofGenre(Playlist p, int g) {
        return p.items().stream().filter(i -> TestWorld.genreOf(i.itemId()) == g).count();
    }

    @Test
    void morningMixIsTheMorningTasteNamedByTagAndDaypartWithNewTracksExplained() {
        Playlist p = mix(TasteControls.NONE).generate("day0", BERLIN, at(9, 5));
        assertThat(p.items()).hasSize(25);
        assertThat(p.title()).startsWith("jazz").endsWith("Tuesday morning");
        assertThat(p.period()).isEqualTo("2026-11-24/morning");
        assertThat(ofGenre(p, 1)).isGreaterThanOrEqualTo(20);
        Set<String> heard = new InMemoryListeningHistory(listens).heardTracks("day0");
        List<PlaylistItem> fresh = p.items().stream().filter(i -> !heard.contains(i.itemId())).toList();
        assertThat(fresh.size()).isBetween(5, 10);
        assertThat(fresh).allSatisfy(i -> assertThat(i.reason()).startsWith("sounds like "));
        assertThat(p.items()).filteredOn(i -> heard.contains(i.itemId()))
                .allSatisfy(i -> assertThat(i.reason()).isEqualTo("you often play this on Tuesday mornings"));
        assertThat(p.items().get(0).itemId()).isIn(heard);
    }

    @Test
    void nightMixFollowsTheNightTasteAndSleepContextCanBeExcluded() {
        Playlist withSleep = mix(TasteControls.NONE).generate("day0", BERLIN, at(22, 40));
        assertThat(withSleep.title()).endsWith("Tuesday night");
        assertThat(ofGenre(withSleep, 3)).isPositive();           // the folk played to fall asleep leaks in
        TasteControls noSleep = new TasteControls(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("sleep"));
        Playlist night = mix(noSleep).generate("day0", BERLIN, at(22, 40));
        assertThat(night.title()).startsWith("techno").endsWith("Tuesday night");
        assertThat(ofGenre(night, 3)).isZero();
        assertThat(ofGenre(night, 2)).isGreaterThanOrEqualTo(20);
    }

    @Test
    void stableWithinADaypartAndRefreshedInTheNext() {
        TimeOfDayMix m = mix(TasteControls.NONE);
        Playlist early = m.generate("day0", BERLIN, at(8, 1));
        assertThat(m.generate("day0", BERLIN, at(11, 59))).isEqualTo(early);
        Playlist afternoon = m.generate("day0", BERLIN, at(12, 0));
        assertThat(afternoon.period()).isEqualTo("2026-11-24/afternoon");
        assertThat(afternoon.title()).endsWith("Tuesday afternoon");
        Playlist tomorrow = m.generate("day0", BERLIN, at(9, 0).plusSeconds(86400));
        assertThat(tomorrow.title()).endsWith("Wednesday morning");
        assertThat(tomorrow.items()).isNotEqualTo(early.items());
    }

    @Test
    void hiddenArtistsNeverAppear() {
        Set<String> hidden = Set.of("a1-0", "a1-1", "a1-2");
        Playlist p = mix(new TasteControls(Set.of(), hidden, Set.of())).generate("day0", BERLIN, at(9, 5));
        assertThat(p.items()).isNotEmpty().allSatisfy(i -> assertThat(hidden).doesNotContain(TestWorld.artistOf(i.itemId())));
    }

    @Test
    void sixDaypartsCoverTheDay() {
        for (int h = 0; h < 24; h++) assertThat(Daypart.of(h).covers(h, 0)).isTrue();
        assertThat(Daypart.of(23)).isEqualTo(Daypart.NIGHT);
        assertThat(Daypart.LATE_NIGHT.covers(23, 1)).isTrue();
        assertThat(Daypart.values()).hasSize(6);
    }
}
