package dev.encore.core.domain;

import java.util.Locale;

/** What the owner asked for: deliver ({@code ACTIVE}), hold ({@code PAUSED}) or stop for good ({@code ENDED}). */
public enum CampaignStatus {
    ACTIVE, PAUSED, ENDED;

    /** The lower-case name used in JSON and SQL. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CampaignStatus parse(String text) {
        for (CampaignStatus s : values()) if (s.wire().equalsIgnoreCase(text == null ? "" : text.strip())) return s;
        throw new IllegalArgumentException("campaign status '" + text + "' is unknown; use active, paused or ended");
    }
}
