package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListenCodecTest {
    private static final Instant T = Instant.parse("2026-01-05T10:00:00.123Z");

    private static List<ListenEvent> decode(byte[] data, String userId) {
        List<ListenEvent> out = new ArrayList<>();
        ListenCodec.decode(data, userId, out::add);
        return out;
    }

    private static ListenEvent full(String user, String item, Instant at) {
        return new ListenEvent(user, ItemKind.EPISODE, item, at, 0, "playlist", "pl:ü-1", "trackdone", "fwdbtn",
                true, false, true, "android", "test");
    }

    @Test
    void everyFieldSurvivesIncludingNullsUnknownPlayTimeAndNonAscii() {
        List<ListenEvent> listens = List.of(
                full("u1", "e1", T),
                ListenEvent.play("u2", "t🎵", T.minusSeconds(3600 * 24 * 365 * 60L), null),   // earlier: a negative delta
                new ListenEvent("u1", ItemKind.TRACK, "t2", Instant.ofEpochMilli(-5), 123_456_789_012L, null, null, null, null,
                        false, true, false, null, "spotify"),
                full("u1", "e1", T));                                                           // repeated: strings by index
        assertThat(decode(ListenCodec.encodeWithUsers(listens), null)).containsExactlyElementsOf(listens);
    }

    @Test
    void aOneUserBlockLeavesTheUserOutAndTakesItFromTheReader() {
        List<ListenEvent> listens = List.of(full("u9", "e1", T), ListenEvent.play("u9", "t1", T.plusMillis(1), "test"));
        byte[] block = ListenCodec.encodeOneUser(listens);
        assertThat(decode(block, "u9")).containsExactlyElementsOf(listens);
        assertThat(block.length).isLessThan(ListenCodec.encodeWithUsers(listens).length);
    }

    @Test
    void randomListensRoundTripAndRepeatedIdsStayCompact() {
        SplittableRandom r = new SplittableRandom(7);
        List<ListenEvent> listens = new ArrayList<>();
        Instant at = T;
        for (int i = 0; i < 5_000; i++) {
            at = at.plusMillis(r.nextInt(-1_000, 400_000));
            listens.add(new ListenEvent("u" + r.nextInt(50), r.nextBoolean() ? ItemKind.TRACK : ItemKind.EPISODE, "i" + r.nextInt(300),
                    at, r.nextInt(10) == 0 ? -1 : r.nextLong(0, 1L << 40), r.nextBoolean() ? null : "radio", null, null,
                    r.nextBoolean() ? "endplay" : null, r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), "web", "test"));
        }
        byte[] data = ListenCodec.encodeWithUsers(listens);
        assertThat(decode(data, null)).containsExactlyElementsOf(listens);
        assertThat(data.length).as("bytes for 5,000 listens").isLessThan(5_000 * 20);
    }

    @Test
    void aBatchSplitByUserIntoLooseBuffersDecodesToEachUsersListensInOrder() {
        SplittableRandom r = new SplittableRandom(11);
        List<ListenEvent> batch = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            ListenEvent e = full("u" + r.nextInt(40), "i" + r.nextInt(200), T.plusMillis(r.nextLong(-1_000_000, 1_000_000)));
            batch.add(i % 5 == 0 ? ListenEvent.play(e.userId(), e.itemId() + "é", e.listenedAt(), null) : e);
        }
        Map<String, ListenCodec.Loose> byUser = new HashMap<>();
        ListenCodec.splitByUser(ListenCodec.encodeWithUsers(batch), u -> byUser.computeIfAbsent(u, x -> new ListenCodec.Loose()));
        assertThat(byUser.keySet()).containsExactlyInAnyOrderElementsOf(batch.stream().map(ListenEvent::userId).distinct().toList());
        byUser.forEach((user, loose) -> assertThat(ListenCodec.decodeLoose(loose, user))
                .containsExactlyElementsOf(batch.stream().filter(e -> e.userId().equals(user)).toList()));
    }

    @Test
    void anUnknownFormatIsRefusedWithAHint() {
        assertThatThrownBy(() -> decode(new byte[]{9, 0}, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format 9").hasMessageContaining("newer Encore");
    }
}
