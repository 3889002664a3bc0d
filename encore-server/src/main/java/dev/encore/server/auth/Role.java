package dev.encore.server.auth;

import java.util.Locale;

/** What a token may do: a listener reads and writes only its own user's data; artist and admin are wider. */
public enum Role {
    LISTENER, ARTIST, ADMIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWire(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + s + "'; expected listener, artist or admin");
        }
    }
}
