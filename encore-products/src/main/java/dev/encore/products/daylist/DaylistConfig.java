package dev.encore.products.daylist;

/**
 * Time-of-day mix settings: {@code size} tracks (25), of which about {@code newShare} (0.3) are unheard tracks
 * similar to the listener's tracks for this time; listens of the last {@code lookbackDays} (180) count when their
 * local hour falls in the daypart widened by {@code hourWindow} hours (1), weighted 1 on the same weekday,
 * {@code sameKindWeight} (0.5) on another weekday of the same kind (Mon-Fri or weekend) and {@code otherDayWeight}
 * (0.15) otherwise; at most {@code perArtist} (4) tracks per artist.
 */
public record DaylistConfig(int size, double newShare, int lookbackDays, int hourWindow, double sameKindWeight,
                            double otherDayWeight, int perArtist) {
    public DaylistConfig {
        if (size < 1) throw new IllegalArgumentException("size must be >= 1 track, got " + size);
        if (!(newShare >= 0 && newShare <= 1)) throw new IllegalArgumentException("newShare must be in [0, 1], got " + newShare);
        if (lookbackDays < 1) throw new IllegalArgumentException("lookbackDays must be >= 1, got " + lookbackDays);
        if (hourWindow < 0 || hourWindow > 6) throw new IllegalArgumentException("hourWindow must be 0..6 hours, got " + hourWindow);
        if (!(sameKindWeight >= 0 && otherDayWeight >= 0))
            throw new IllegalArgumentException("day weights must be >= 0, got " + sameKindWeight + " and " + otherDayWeight);
        if (perArtist < 1) throw new IllegalArgumentException("perArtist must be >= 1, got " + perArtist);
    }

    public static DaylistConfig defaults() {
        return new DaylistConfig(25, 0.3, 180, 1, 0.5, 0.15, 4);
    }
}
