package dev.encore.products.promotion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The hard exposure caps, kept per listener: the promoted share of a session (checked on every prefix, so it
 * also holds for a session cut short), the spacing between promoted slots (across page boundaries of the same
 * session) and the 7-day frequency cap per listener and track. Not thread-safe; the service serialises calls.
 */
final class ExposureCaps {
    private static final Duration WEEK = Duration.ofDays(7);
    private final PromotionConfig config;
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, ArrayDeque<Instant>> exposures = new HashMap<>();

    ExposureCaps(PromotionConfig config) {
        this.config = config;
    }

    /** The listener's current session, or a fresh one when the last request is older than the session gap. */
    Session session(String listenerId, Instant now) {
        Session s = sessions.get(listenerId);
        if (s == null || Duration.between(s.lastSeen, now).compareTo(config.sessionGap()) > 0) {
            s = new Session();
            sessions.put(listenerId, s);
        }
        s.lastSeen = now;
        return s;
    }

    boolean underFrequencyCap(String listenerId, String trackId, Instant now) {
        ArrayDeque<Instant> seen = exposures.get(key(listenerId, trackId));
        if (seen == null) return config.weeklyFrequencyCap() > 0;
        prune(seen, now);
        return seen.size() < config.weeklyFrequencyCap();
    }

    void recordExposure(String listenerId, String trackId, Instant now) {
        exposures.computeIfAbsent(key(listenerId, trackId), k -> new ArrayDeque<>()).addLast(now);
    }

    /** Drops exposures older than a week and sessions long idle (call now and then to bound memory). */
    void forgetOlderThanWeek(Instant now) {
        sessions.values().removeIf(s -> Duration.between(s.lastSeen, now).compareTo(config.sessionGap()) > 0);
        for (Iterator<ArrayDeque<Instant>> it = exposures.values().iterator(); it.hasNext(); ) {
            ArrayDeque<Instant> q = it.next();
            prune(q, now);
            if (q.isEmpty()) it.remove();
        }
    }

    private static void prune(ArrayDeque<Instant> seen, Instant now) {
        Instant from = now.minus(WEEK);
        while (!seen.isEmpty() && !seen.peekFirst().isAfter(from)) seen.pollFirst();
    }

    private static String key(String listenerId, String trackId) {
        return listenerId + '\u0000' + trackId;
    }

    /** Slots served so far in one listening session. */
    final class Session {
        private Instant lastSeen;
        private int slots;
        private int promoted;
        private int sinceLastPromoted = Integer.MAX_VALUE;

        /** Whether the next slot may be promoted without breaking the share or spacing cap. */
        boolean mayPromoteNext() {
            boolean share = promoted + 1 <= Math.floor(config.maxSessionShare() * (slots + 1) + 1e-9);
            boolean spacing = sinceLastPromoted >= config.minSpacing() - 1;
            return share && spacing;
        }

        void advance(boolean wasPromoted) {
            slots++;
            if (wasPromoted) {
                promoted++;
                sinceLastPromoted = 0;
            } else if (sinceLastPromoted != Integer.MAX_VALUE) {
                sinceLastPromoted++;
            }
        }
    }
}
