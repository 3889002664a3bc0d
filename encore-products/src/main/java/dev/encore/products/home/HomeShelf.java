package dev.encore.products.home;

import java.util.Optional;

/**
 * A source of one home shelf. {@link Home} asks every registered source and orders the shelves by
 * {@link #position()}; new kinds of shelves (editorial, podcasts) are added by registering a source with
 * {@link Home#add}, without editing {@code Home}. The positions below are the standard slots.
 */
public interface HomeShelf {
    int RECENTLY_PLAYED = 10, DAYLIST = 20, DAILY_MIXES = 30, DISCOVERY = 40, EDITORIAL = 50, RELEASE_RADAR = 60,
            RADIO = 70, PODCASTS = 80;

    /** A stable id, unique on a home ("recently-played", "editorial", ...). */
    String id();

    /** Where the shelf goes: lower first (see the standard slots). */
    int position();

    /** The shelf for this request, or empty when there is nothing to show (e.g. no listens yet). */
    Optional<Shelf> build(HomeRequest request);
}
