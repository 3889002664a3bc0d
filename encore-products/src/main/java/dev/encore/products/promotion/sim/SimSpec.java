package dev.encore.products.promotion.sim;

/**
 * Size of a promotion simulation. Every draw comes from {@code seed}, so a spec gives the same result every run.
 *
 * @param optOutShare fraction of listeners who opted out of promotion
 */
public record SimSpec(long seed, int listeners, int days, int sessionsPerDay, int pagesPerSession, int slotsPerPage,
                      int catalogTracks, int labelTracks, double optOutShare) {
    public SimSpec {
        if (listeners < 10 || days < 1 || sessionsPerDay < 1 || pagesPerSession < 1 || slotsPerPage < 2 || catalogTracks < 100 || labelTracks < 1)
            throw new IllegalArgumentException("simulation too small: need >= 10 listeners, >= 1 day, session and page, "
                    + ">= 2 slots per page, >= 100 catalog tracks and >= 1 label track");
        if (!(optOutShare >= 0 && optOutShare < 1)) throw new IllegalArgumentException("optOutShare must be in [0, 1), got " + optOutShare);
    }

    public static SimSpec standard(long seed) {
        return new SimSpec(seed, 2000, 14, 2, 2, 15, 4000, 2000, 0.02);
    }

    public static SimSpec small(long seed) {
        return new SimSpec(seed, 300, 7, 2, 2, 12, 600, 300, 0.03);
    }
}
