package dev.encore.products.daylist;

/**
 * The six parts of a listener's local day a time-of-day mix is refreshed for; each covers
 * {@code [startHour, endHour)} in the listener's time zone.
 */
public enum Daypart {
    LATE_NIGHT(0, 5, "late night"), EARLY_MORNING(5, 8, "early morning"), MORNING(8, 12, "morning"),
    AFTERNOON(12, 17, "afternoon"), EVENING(17, 21, "evening"), NIGHT(21, 24, "night");

    public final int startHour, endHour;
    public final String label;

    Daypart(int startHour, int endHour, String label) {
        this.startHour = startHour;
        this.endHour = endHour;
        this.label = label;
    }

    public static Daypart of(int hour) {
        if (hour < 0 || hour > 23) throw new IllegalArgumentException("hour must be 0..23, got " + hour);
        for (Daypart d : values()) if (hour < d.endHour) return d;
        throw new AssertionError(hour);
    }

    /** The wire name, e.g. "early-morning". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** True when {@code hour} lies in this daypart widened by {@code window} hours each side (wrapping at midnight). */
    public boolean covers(int hour, int window) {
        for (int h = startHour - window; h < endHour + window; h++) if (Math.floorMod(h, 24) == hour) return true;
        return false;
    }
}
