package dev.encore.server.products;

import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.products.discovery.EditionHistory;
import dev.encore.store.EncoreStore;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Editions of periodic products kept as the listener's GENERATED playlists in the store, one per period, under the
 * id {@code "<product>:<user>:<period>"} (the form the products use), so an edition is found by id and other generated
 * playlists of the listener never count as editions.
 */
public final class StoreEditionHistory implements EditionHistory {
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final int LOOK_BACK_WEEKS = 53;
    private final EncoreStore store;

    public StoreEditionHistory(EncoreStore store) {
        this.store = store;
    }

    @Override
    public List<Playlist> before(String userId, String product, String period, int n) {
        if (n <= 0) return List.of();
        Matcher week = ISO_WEEK.matcher(period);
        if (!week.matches()) {
            return editions(userId, product).stream()
                    .filter(p -> p.period().compareTo(period) < 0)
                    .limit(n).toList();   // the store lists newest period first
        }
        // Weekly editions: look their ids up week by week (a listener's daily mixes pile up as GENERATED playlists
        // too, so listing them all would grow slower every day); weeks without an edition are skipped, up to a year.
        List<Playlist> out = new ArrayList<>(n);
        LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2))).with(DayOfWeek.MONDAY);
        for (int back = 1; back <= LOOK_BACK_WEEKS && out.size() < n; back++) {
            LocalDate d = monday.minusWeeks(back);
            Playlist p = find(userId, product, String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            if (p != null) out.add(p);
        }
        return out;
    }

    @Override
    public Playlist find(String userId, String product, String period) {
        return store.playlists().playlist(prefix(userId, product) + period)
                .filter(p -> userId.equals(p.ownerId()) && period.equals(p.period())).orElse(null);
    }

    @Override
    public void record(String userId, String product, Playlist edition) {
        Objects.requireNonNull(edition, "edition");
        if (edition.kind() != PlaylistKind.GENERATED || edition.period() == null)
            throw new IllegalArgumentException("edition " + edition.id() + " must be a GENERATED playlist with a period to be recorded");
        if (!userId.equals(edition.ownerId()) || !edition.id().equals(prefix(userId, product) + edition.period()))
            throw new IllegalArgumentException("edition " + edition.id() + " is not a " + product + " edition of user " + userId
                    + ": its id must be '" + prefix(userId, product) + edition.period() + "' and its owner the user");
        store.playlists().save(edition);
    }

    private List<Playlist> editions(String userId, String product) {
        String prefix = prefix(userId, product);
        return store.playlists().byOwner(userId, PlaylistKind.GENERATED).stream()
                .filter(p -> p.period() != null && p.id().startsWith(prefix)).toList();
    }

    static String prefix(String userId, String product) {
        return product + ":" + userId + ":";
    }
}
